/**
 * Where a form may send: its `action` (or the feed's endpoint), checked before anything is
 * typed into it. A form with no action, or one that would send a parent's details unencrypted
 * (`http:` anywhere but this machine), says so on screen and sends nothing; what the parent types
 * is still kept in the draft. The console's words for each problem are in action-report.ts (fetched
 * with the form's report chunk: a parent never needs them).
 */

export type ActionProblem = 'missing' | 'insecure' | 'invalid';

export type ActionCheck =
  | { ok: true; url: string }
  /** `given`: the action as set (shortened), or the resolved URL of an insecure one. */
  | { ok: false; problem: ActionProblem; given: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Checks an action against the page's address (`base`), resolving a relative one. */
export function checkAction(action: string | null | undefined, base: string): ActionCheck {
  const given = action?.trim() ?? '';
  if (!given) return { ok: false, problem: 'missing', given };
  let url: URL;
  try {
    url = new URL(given, base);
  } catch {
    return { ok: false, problem: 'invalid', given: given.slice(0, 200) };
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return { ok: true, url: url.href };
  if (url.protocol === 'http:') return { ok: false, problem: 'insecure', given: url.href };
  return { ok: false, problem: 'invalid', given: given.slice(0, 200) };
}
