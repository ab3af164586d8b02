/**
 * The whole native feed document: its header and every section, the root of the published JSON
 * Schema (feed-json-schema.ts) and of the `Feed` type. Apart from the sections' own schemas
 * (feed-schema.ts, feedback-summary-schema.ts) because it names them all, and no bundle validates
 * a whole document: each reads only the sections its widgets show (`readFeedSections`), so a
 * bundle must not be made to carry the rest. Item lists are validated one item at a time
 * (see validate.ts).
 */
import { list, object, optional, string, type Output } from './schema-kit.js';
import { EventSchema, ProgrammeSchema, ServiceSchema, VERSION_PATTERN } from './feed-schema.js';
import { FormsSchema } from './forms-schema.js';
import { FeedbackSummarySchema } from './feedback-summary-schema.js';

export const FeedSchema = object({
  $schema: optional(string()),
  version: string({ pattern: VERSION_PATTERN, reason: 'version' }),
  programme: ProgrammeSchema,
  services: optional(list(ServiceSchema), []),
  events: optional(list(EventSchema), []),
  forms: optional(FormsSchema, {}),
  feedbackSummary: optional(FeedbackSummarySchema),
});

/**
 * The native model the widgets hold: the document's sections as validated, and what validation
 * noted of a section no widget on the page reads. The note is not the document's: it is never in
 * the published schema (feed-json-schema.ts writes `FeedSchema`), and a document cannot claim it.
 */
export type Feed = Output<typeof FeedSchema> & {
  /**
   * The native document has a feedback form (`forms.feedback` is an object), whether or not the
   * `forms` section was read: the finder and the calendar then offer "Tell us what you think".
   * `<pc-feedback-card>` checks the form itself when it loads. Never set by another format.
   */
  takesFeedback?: true;
};
