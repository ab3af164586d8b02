// A small build plugin: collapses the indentation inside Lit `css` and `html` tagged
// templates, which minifiers leave alone. Only whitespace and comments (CSS comments, and HTML
// comments written for the code's reader) change, so rendering is identical (no <pre> or
// white-space: pre content lives in templates; Lit's own markers are added at run time).
// Templates are found with the TypeScript parser, so those nested in another's `${…}`
// are minified too; a regular expression cannot match nested template literals.
import ts from 'typescript';

/** `inner`: the text borders a `${…}`, so its edges keep one space rather than none. */
export function minifyCss(text, inner = false) {
  const out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // After a colon (declarations, media features): a selector never has a space there.
    // Not around + or -, which calc() needs spaced.
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}');
  return inner ? out.replace(/^\s+/, ' ').replace(/\s+$/, ' ') : out.trim();
}

export function minifyHtml(text) {
  // A comment split by a `${…}` is left whole (Lit does not allow a binding in one anyway). Text that
  // must show "<!--" (in a <textarea>, a <title> or an attribute) is written `&lt;!--` in a template.
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
}

/** The source with every `html`/`css` template's literal text minified; `null` when nothing changes. */
export function minifyTemplates(code, fileName = 'module.ts') {
  if (!code.includes('css`') && !code.includes('html`')) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const literal = (node, minify) => {
    // The raw text sits between the opening delimiter (` or }) and the closing one (` or ${).
    const start = node.getStart(source) + 1;
    const end = node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1);
    const raw = code.slice(start, end);
    const out = minify(raw);
    if (out !== raw) edits.push({ start, end, text: out });
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) literal(template, (text) => minify(text));
      else {
        literal(template.head, (text) => minify(text, true));
        for (const span of template.templateSpans) literal(span.literal, (text) => minify(text, true));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export function minifyTemplateLiterals() {
  return {
    name: 'pc-minify-template-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplates(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
