/**
 * `tel:` and `mailto:` links built from a phone number or an email address as a feed or a scheme
 * writes them. Apart from safe-url.ts (which checks links a feed gives) so that a form, which
 * shows the scheme's phone and email when sending fails, carries these few lines and not the
 * URL checks its feed's reading brings in a chunk.
 */
import { EMAIL_PATTERN } from './feed-patterns.js';

/** A `tel:` link from a display phone number ("01632 960 123" → "tel:01632960123"). */
export function telLink(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.length >= 6 ? `tel:${digits}` : undefined;
}

/**
 * A `mailto:` link from an address, or `undefined` when it is not one the feed's contract accepts:
 * never a link that adds recipients or a subject (`?cc=`, `&bcc=`) to the parent's email.
 */
export function mailtoLink(email: string): string | undefined {
  const address = email.trim();
  // No address is longer (RFC 5321); the cap also keeps the pattern's backtracking short.
  return address.length <= 254 && EMAIL_PATTERN.test(address) ? `mailto:${address}` : undefined;
}
