/** The console's words for a form's action that cannot be used (see action.ts), for a webmaster. */
import type { ActionCheck } from './action.js';

export function actionMessage(check: Extract<ActionCheck, { ok: false }>): string {
  switch (check.problem) {
    case 'missing':
      return 'has no "action" (and the feed gives no forms endpoint): nothing can be sent';
    case 'insecure':
      return `"action" ${check.given} is http:, which would send parents' details unencrypted: use https:`;
    case 'invalid':
      return `"action" must be an https: URL (got "${check.given}")`;
  }
}
