// A small build plugin: collapses the indentation inside Lit `css` and `html` tagged
// templates, which minifiers leave alone. Only whitespace and CSS comments change, so
// rendering is identical (no <pre> or white-space: pre content lives in templates).
const TEMPLATE = /\b(css|html)`((?:\\.|\$\{(?:[^{}]|\{[^{}]*\})*\}|[^`\\$]|\$(?!\{))*)`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Splits a template body into literal parts and `${…}` expressions, minifying only the literals. */
function transformBody(body, minify) {
  const parts = body.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/g);
  return parts.map((part, i) => (i % 2 === 1 ? part : minify(part))).join('');
}

export function minifyTemplateLiterals() {
  return {
    name: 'pc-minify-template-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      if (!code.includes('css`') && !code.includes('html`')) return null;
      const out = code.replace(TEMPLATE, (whole, tag, body) =>
        `${tag}\`${transformBody(body, tag === 'css' ? minifyCss : minifyHtml)}\``,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}
