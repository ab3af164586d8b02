/**
 * Plain text from feed text that may contain HTML (CMS exports in Open Referral and schema.org
 * descriptions): tags removed, entities decoded, control characters dropped, spaces tidied.
 * One left-to-right pass with bounded look-ahead, so its time is linear in the input whatever
 * the input is: regular expressions such as `/<[^>]*>/g` take quadratic time on `"<a"` × 100,000
 * and froze the page for seconds. The output is shown as text, never parsed as HTML, so this
 * only has to be readable, not a sanitiser. Pure: no DOM, works in every bundle.
 */

import { balanceBidi, hasVisibleText, shortenClean } from './feed-text.js';

/** Named character references feeds use; a Map, so `&constructor;` is not a name it knows. */
const NAMED = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['pound', '£'],
  ['euro', '€'],
  ['copy', '©'],
  ['bull', '•'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['middot', '·'],
]);

/** The longest reference read (`&#x10FFFF;` is 10): look-ahead stays bounded. */
const MAX_REFERENCE = 12;

/**
 * The text of one character reference (`amp`, `#39`, `#x1F600`; no `&` or `;`), or
 * `undefined` when it is not one: the caller then keeps it as written. Code points that are
 * not characters (0, surrogates, beyond U+10FFFF) decode to nothing.
 */
export function decodeReference(name: string): string | undefined {
  if (name[0] !== '#') return NAMED.get(name) ?? NAMED.get(name.toLowerCase());
  const hex = name[1] === 'x' || name[1] === 'X';
  const digits = name.slice(hex ? 2 : 1);
  if (!digits || !(hex ? /^[\da-f]+$/i : /^\d+$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
}

/** Tags that end a line (or, in one-line text, separate words). Others (`b`, `a`, `span`) add nothing. */
const BLOCKS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul'.split(' '),
);
const CELLS = new Set(['td', 'th']);
/** Elements whose content is not text: skipped up to their end tag. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * A "read more" link closing a WordPress excerpt, by its class: `more-link` (WordPress's own),
 * `read-more`, or one ending so (The Events Calendar's `excerpt-read-more`). It goes with its words:
 * the widget links the item's own page, and "… Read more »" as text promises a link that is not there.
 * (`attributes`: what follows the tag's name, up to its `>`; read in one pass.)
 */
function isReadMoreLink(attributes: string): boolean {
  const value = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/i.exec(attributes);
  const classes = (value?.[1] ?? value?.[2] ?? value?.[3] ?? '').toLowerCase().split(/\s+/);
  return classes.some((name) => name === 'more-link' || name.endsWith('read-more'));
}

export interface PlainTextOptions {
  /** Stop once the text is longer than this many UTF-16 units (`more` is then true). */
  limit: number;
  /** Keep line breaks (at most one blank line in a row); otherwise every break becomes a space. */
  multiline?: boolean;
}

export interface PlainText {
  /** The text, trimmed; at most `limit` + 1 units long. */
  text: string;
  /** True when the input had more text than `limit`: the caller shortens and reports it. */
  more: boolean;
}

const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57);
const isSpace = (code: number) => code === 32 || code === 9 || code === 12 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x1680;
const isBreak = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85 || code === 11;
/** C0 and C1 controls other than the spaces and breaks above, DEL, and U+FEFF (a byte order mark, which `trim()` also removes). */
const isControl = (code: number) => code < 32 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff;

/**
 * What the pass below would change: markup and references, controls and line breaks, spaces
 * other than U+0020, and any U+0020 that is not alone between two other characters. Text
 * without any (most names, places and descriptions) is already plain and is returned as it is.
 */
const NOT_PLAIN = /[<&\x00-\x1f\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^ | $|  /;

/**
 * Plain text from `input` in one linear pass. See the file comment; `limit` bounds the output
 * (and so everything the caller does with it afterwards).
 */
export function plainTextOf(input: string, options: PlainTextOptions): PlainText {
  const { limit, multiline = false } = options;
  if (input.length <= limit && !NOT_PLAIN.test(input)) return { text: input, more: false };
  let out = '';
  /** Whitespace seen since the last character written: 0 none, 1 space, 2 line break, 3 blank line. */
  let pending = 0;
  let more = false;
  /** Where the next `>` is, found once and reused, so `"<a"` × n stays linear. */
  let nextClose = -2;

  const gap = (kind: number) => {
    pending = Math.max(pending, multiline ? kind : Math.min(kind, 1));
  };
  const write = (text: string): boolean => {
    if (pending && out) out += pending === 1 ? ' ' : pending === 2 ? '\n' : '\n\n';
    pending = 0;
    out += text;
    if (out.length > limit) {
      out = out.slice(0, limit + 1);
      more = true;
      return false;
    }
    return true;
  };
  /** One character (or a decoded reference) into the output; whitespace is held as `pending`. */
  const put = (text: string): boolean => {
    let start = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      const space = isSpace(code);
      const lineBreak = !space && isBreak(code);
      if (!space && !lineBreak && !isControl(code)) continue;
      if (k > start && !write(text.slice(start, k))) return false;
      start = k + 1;
      if (space) gap(1);
      // "\r\n" is one break; two breaks in a row a blank line.
      else if (lineBreak && !(code === 10 && text.charCodeAt(k - 1) === 13)) gap(pending >= 2 ? 3 : 2);
    }
    return start < text.length ? write(text.slice(start)) : true;
  };

  let i = 0;
  let run = 0;
  const flush = (to: number): boolean => {
    const ok = to > run ? put(input.slice(run, to)) : true;
    run = to;
    return ok;
  };
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (code === 38 /* & */) {
      let end = i + 1;
      while (end < input.length && end - i <= MAX_REFERENCE && (isNameChar(input.charCodeAt(end)) || (end === i + 1 && input[end] === '#'))) end++;
      if (input[end] === ';' && end > i + 1) {
        const decoded = decodeReference(input.slice(i + 1, end));
        if (decoded !== undefined) {
          if (!flush(i) || !put(decoded)) break;
          i = run = end + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (code !== 60 /* < */) {
      i++;
      continue;
    }
    const next = input.charCodeAt(i + 1);
    const closing = next === 47; /* / */
    const isTag = isLetter(closing ? input.charCodeAt(i + 2) : next) || next === 33 /* ! */ || next === 63; /* ? */
    if (!isTag) {
      i++;
      continue;
    }
    if (!flush(i)) break;
    if (input.startsWith('<!--', i)) {
      const end = input.indexOf('-->', i + 4);
      i = run = end < 0 ? input.length : end + 3;
      continue;
    }
    if (nextClose !== -1 && nextClose < i) nextClose = input.indexOf('>', i);
    if (nextClose === -1) {
      // No `>` anywhere after this: the rest is text, as written.
      i++;
      continue;
    }
    let nameEnd = i + (closing ? 2 : 1);
    while (nameEnd < nextClose && nameEnd - i < 12 && isNameChar(input.charCodeAt(nameEnd))) nameEnd++;
    const name = input.slice(i + (closing ? 2 : 1), nameEnd).toLowerCase();
    if (!closing && name === 'a' && isReadMoreLink(input.slice(nameEnd, nextClose))) {
      i = run = findEndTag(input, 'a', nextClose + 1);
      continue;
    }
    i = run = nextClose + 1;
    if (name === 'br') gap(pending >= 2 ? 3 : 2);
    else if (BLOCKS.has(name)) gap(2);
    else if (CELLS.has(name)) gap(1);
    if (!closing && HIDDEN.has(name) && input[nextClose - 1] !== '/') {
      // Skip to `</name` (any case); without one the rest is not text.
      const end = findEndTag(input, name, i);
      i = run = end;
    }
  }
  if (!more) flush(i);
  return { text: out, more };
}

/** Index just past `</name …>` from `from`, or the input's end; linear. */
function findEndTag(input: string, name: string, from: number): number {
  let at = input.indexOf('</', from);
  while (at >= 0) {
    if (input.slice(at + 2, at + 2 + name.length).toLowerCase() === name && !isNameChar(input.charCodeAt(at + 2 + name.length))) {
      const close = input.indexOf('>', at);
      return close < 0 ? input.length : close + 1;
    }
    at = input.indexOf('</', at + 2);
  }
  return input.length;
}

export interface FeedText {
  /** The text to show; undefined when nothing visible is left. */
  text: string | undefined;
  /** Direction controls were removed (see `balanceBidi`). */
  bidi: boolean;
  /** The text was longer than `max` and was shortened: how long it was… */
  cut?: number;
  /** …or at least (the reading stopped there). */
  more?: boolean;
}

/**
 * Converter text, ready for the native feed: markup removed (linear, bounded by `max`), direction
 * controls balanced, blank text read as missing, and cut to `max` UTF-16 units with "…".
 * The caller reports `bidi` and `cut`.
 */
export function feedText(raw: string, max: number, multiline = false): FeedText {
  // Read a little past `max`, so text a bit too long can say how long it was.
  const { text: plain, more } = plainTextOf(raw, { limit: max * 4, multiline });
  const balanced = balanceBidi(plain);
  const bidi = balanced !== plain;
  const text = bidi ? balanced.trim() : balanced;
  if (!hasVisibleText(text)) return { text: undefined, bidi };
  if (!more && text.length <= max) return { text, bidi };
  return more ? { text: shortenClean(text, max), bidi, cut: max * 4, more } : { text: shortenClean(text, max), bidi, cut: text.length };
}
