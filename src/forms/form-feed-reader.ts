/**
 * The forms' feed reader, a chunk of its own: fetching a form's own `src` and checking the
 * feed's `programme` and `forms`. A form needs neither to send (its `action` is enough), so the
 * sign-up entry stays small, and what sending needs offline never waits for this.
 */
import type { Forms, Programme } from '../data/feed-schema.js';
import { logDiagnostics, validateFeedSections } from '../data/feed-report.js';
import { isNativeFeedShape } from '../data/validate.js';
import { formsSection } from '../data/validate-forms.js';
import { LOG_PREFIX } from '../internal/log-prefix.js';

export { watchDocument } from '../data/feed-client.js';

export type FormsRead = { forms: Forms; programme: Programme } | undefined;

/** Documents already read, shared by every form on the page (one report per feed). */
const read = new WeakMap<object, FormsRead>();

/** A native feed's `forms` and `programme`, checked item by item (problems to the console); undefined for any other document. */
export function readForms(data: unknown, src: string): FormsRead {
  if (!isNativeFeedShape(data)) return undefined;
  if (read.has(data as object)) return read.get(data as object);
  let found: FormsRead;
  try {
    const { feed, diagnostics } = validateFeedSections(data, { forms: formsSection });
    logDiagnostics(diagnostics, src);
    found = { forms: feed.forms, programme: feed.programme };
  } catch (error) {
    console.error(`${LOG_PREFIX} The form could not read the feed ${src}: it asks its built-in questions.`, error);
  }
  read.set(data as object, found);
  return found;
}
