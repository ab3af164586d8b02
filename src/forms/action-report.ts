/** The console's words for a webmaster about a form's setup: an action that cannot be used (see action.ts), a receiver out of step. */
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

/** A 422 named answers the form does not ask (or a field like `submissionId`): a receiver out of step with the form. */
export function unknownFieldsMessage(fields: readonly string[]): string {
  return `the receiver refused answers the form does not ask: ${fields.join(', ')}. The parent was asked to check their answers.`;
}
