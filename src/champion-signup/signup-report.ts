/**
 * What the sign-up says in the console about how a site set it up: a chunk of its own, fetched
 * only when there is something to say (as the words for feed problems are), so the form's entry
 * carries only what parents need. Each is said once per page.
 */
import { isNewReport } from '../data/report-once.js';
import type { ActionCheck } from '../forms/action.js';
import { actionMessage, unknownFieldsMessage } from '../forms/action-report.js';
import { LOG_PREFIX } from '../internal/log-prefix.js';

const PREFIX = `${LOG_PREFIX} <pc-champion-signup>`;

/** The built-in consent wording is a placeholder a scheme must replace (docs/forms.md). */
export function reportBuiltInConsent(who: string): void {
  if (!isNewReport('pc-champion-signup', 'built-in consent', 'signup-consent')) return;
  console.warn(
    `${PREFIX} uses the built-in consent wording, which names only "${who}". Write your own in the feed's forms.signup.consentText: who uses the details, why, for how long and how to withdraw (see docs/forms.md, "Consent: what a scheme must write").`,
  );
}

/** The form has nowhere safe to send: said once per action. */
export function reportAction(check: Extract<ActionCheck, { ok: false }>): void {
  const message = actionMessage(check);
  if (isNewReport(check.given, message, 'signup-action')) console.error(`${PREFIX} ${message}`);
}

/** A 422 named answers the form does not ask (or a field like `submissionId`): a receiver out of step with the form. */
export function reportUnknownFields(fields: readonly string[]): void {
  console.warn(`${PREFIX} ${unknownFieldsMessage(fields)}`);
}
