/**
 * Where a form may send: its `action` (or the feed's endpoint), checked before anything is
 * typed into it. A form with no action, or one that would send a parent's details unencrypted
 * (`http:` anywhere but this machine), says so in the console and on screen and sends nothing;
 * what the parent types is still kept in the draft.
 */

export type ActionCheck =
  | { ok: true; url: string }
  | { ok: false; problem: 'missing' | 'insecure' | 'invalid'; message: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Checks an action against the page's address (`base`), resolving a relative one. */
export function checkAction(action: string | null | undefined, base: string): ActionCheck {
  const given = action?.trim();
  if (!given) {
    return { ok: false, problem: 'missing', message: 'has no "action" (and the feed gives no forms endpoint): nothing can be sent' };
  }
  let url: URL;
  try {
    url = new URL(given, base);
  } catch {
    return { ok: false, problem: 'invalid', message: `"action" is not a URL (got "${given.slice(0, 200)}")` };
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return { ok: true, url: url.href };
  if (url.protocol === 'http:') {
    return { ok: false, problem: 'insecure', message: `"action" ${url.href} is http:, which would send parents' details unencrypted: use https:` };
  }
  return { ok: false, problem: 'invalid', message: `"action" must be an https: URL (got "${given.slice(0, 200)}")` };
}
