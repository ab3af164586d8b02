/**
 * Link safety. Feed text is untrusted: a `javascript:` or `data:` URL in a council's
 * export must never become a clickable link, so only these schemes are rendered.
 */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_SCHEMES = new Set(['http:', 'https:']);

function parse(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // Control characters and whitespace inside a scheme are how `java\tscript:` sneaks past naive checks.
  if (!trimmed || /[\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
  try {
    return new URL(trimmed);
  } catch {
    return undefined;
  }
}

/** True for absolute http(s), mailto: and tel: links. */
export function isSafeLink(value: unknown): boolean {
  const url = parse(value);
  return !!url && LINK_SCHEMES.has(url.protocol);
}

/**
 * A web URL of the plainest shape, which every browser's URL parser reads as http(s): a dotted
 * host of letters, digits and hyphens whose last label starts with a letter (never an IPv4
 * address), no punycode (`xn--`, whose decoding can fail), a port of up to four digits, then
 * printable ASCII only. Nearly every website in a directory is one, and this test is about ten
 * times cheaper than parsing (5,000 parses: 35–60 ms in Chromium here); anything else is parsed.
 */
export const PLAIN_WEB_URL = /^https?:\/\/(?!\S*xn--)[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z][a-z\d-]*(?::\d{1,4})?(?:[/?#][!-~]*)?$/i;

/** True for absolute http(s) URLs only (websites, endpoints). */
export function isWebUrl(value: unknown): boolean {
  if (typeof value === 'string' && PLAIN_WEB_URL.test(value)) return true;
  const url = parse(value);
  return !!url && WEB_SCHEMES.has(url.protocol);
}

/** The link as a normalised string when safe to render, else `undefined`. */
export function safeLink(value: unknown): string | undefined {
  const url = parse(value);
  return url && LINK_SCHEMES.has(url.protocol) ? url.href : undefined;
}
