/** A submission's id, made when the parent first presses Send: apart from the sending, which is a chunk of its own (form-sender.ts). */

/**
 * A UUID for a new submission: `crypto.randomUUID` where the page is a secure context, else (an
 * `http:` page) the same version 4 layout from `getRandomValues`, which every browser that runs
 * this library has in any context.
 */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  // 8-4-4-4-12 hex digits.
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
