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
 * The last text found to be a web URL (at first an object no caller has). A converter checks
 * a link and the native schema then checks the same text again; parsing a URL is the dearest
 * step of converting a service.
 */
let lastWebUrl: unknown = {};

/** True for absolute http(s) URLs only (websites, endpoints). */
export function isWebUrl(value: unknown): boolean {
  if (value !== lastWebUrl) {
    const url = parse(value);
    if (!url || !WEB_SCHEMES.has(url.protocol)) return false;
    lastWebUrl = value;
  }
  return true;
}

/** The link as a normalised string when safe to render, else `undefined`. */
export function safeLink(value: unknown): string | undefined {
  const url = parse(value);
  return url && LINK_SCHEMES.has(url.protocol) ? url.href : undefined;
}

/** A `tel:` link from a display phone number ("01632 960 123" → "tel:01632960123"). */
export function telLink(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.length >= 6 ? `tel:${digits}` : undefined;
}

/** A `mailto:` link from an address, or `undefined` when it does not look like one. */
export function mailtoLink(email: string): string | undefined {
  const address = email.trim();
  // No address is longer (RFC 5321); the cap also keeps the pattern's backtracking short.
  return address.length <= 254 && /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/.test(address) ? `mailto:${address}` : undefined;
}
