/**
 * Reads the feed's published feedback summary (`feedbackSummary`, feedback-summary-schema.ts) as
 * validate.ts reads every section: its lists item by item, each decision recorded as a `Draft`
 * for feed-report.ts to word. Counts below the scheme's minimum are left out; anything carrying
 * raw comments is refused with the keys it carried (never their words), before it is read: the
 * whole section when they are at its top level. Apart from validate.ts so that only a bundle
 * showing the summary carries it.
 */
import { isJsonObject } from './json-object.js';
import {
  FeedbackSummarySchema,
  FeedbackSummaryServiceSchema,
  YouSaidWeDidSchema,
  rawCommentKeys,
  type FeedbackSummary,
} from './feedback-summary-schema.js';
import type { Schema } from './schema-kit.js';
import { validateItem, type Draft, type DraftReason, type FeedRefs, type FeedSection } from './validate.js';

/** The published feedback summary, for `readFeedSections({ feedbackSummary: feedbackSummarySection })`. */
export const feedbackSummarySection: FeedSection<FeedbackSummary | undefined> = (raw, refs, out) => {
  const at = 'feedbackSummary';
  if (raw === undefined) return undefined;
  if (!isJsonObject(raw)) {
    out.push({ at, notObject: raw, action: 'skipped' });
    return undefined;
  }
  const carried = rawCommentKeys(raw);
  if (carried.length) {
    out.push({ at, rawComments: carried, action: 'skipped' });
    return undefined;
  }
  // The lists are validated item by item, like every other list.
  const { services, youSaidWeDid, ...header } = raw;
  const summary = validateItem(FeedbackSummarySchema, header, at, undefined, out);
  if (!summary) return undefined;
  const minimum = summary.minimumResponses;
  summary.services = summaryList(services, `${at}.services`, FeedbackSummaryServiceSchema, 'serviceId', refs, out, ({ responses }) =>
    responses < minimum ? { field: 'responses', belowMinimum: { responses, minimum } } : undefined,
  );
  summary.youSaidWeDid = summaryList(youSaidWeDid, `${at}.youSaidWeDid`, YouSaidWeDidSchema, 'id', refs, out);
  return summary;
};

/**
 * One of the summary's lists, read as validate.ts reads a list (an item that throws costs only
 * itself; a repeated `key` keeps the first), with its own rules: an item carrying raw comments is
 * refused before it is read, `reject` leaves out an otherwise valid one, and a `serviceId` the
 * feed's services do not list is a warning. Its own loop so that no other bundle carries these rules.
 */
function summaryList<T extends { serviceId?: string }>(
  raw: unknown,
  path: string,
  schema: Schema<T>,
  key: 'id' | 'serviceId',
  refs: FeedRefs,
  out: Draft[],
  reject?: (value: T) => ({ field: string } & DraftReason) | undefined,
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    out.push({ at: path, notList: raw, action: 'skipped' });
    return [];
  }
  const kept: T[] = [];
  const firstIndexById = new Map<string, number>();
  raw.forEach((input: unknown, index) => {
    const at = `${path}[${index}]`;
    const mark = out.length;
    let item: string | undefined;
    try {
      if (!isJsonObject(input)) return void validateItem(schema, input, at, undefined, out);
      const label = input[key];
      item = typeof label === 'string' && label.trim() ? label.trim().slice(0, 80) : undefined;
      const carried = rawCommentKeys(input);
      if (carried.length) return void out.push({ at, rawComments: carried, action: 'skipped', item });
      const value = validateItem(schema, input, at, item, out);
      if (value === undefined) return;
      const rejection = reject?.(value);
      if (rejection) return void out.push({ ...rejection, at: `${at}.${rejection.field}`, action: 'skipped', item });
      // The schema made the key a required id: it is text.
      const id = (value as Record<string, unknown>)[key] as string;
      const first = firstIndexById.get(id);
      if (first !== undefined) {
        // The item it clashes with, for the words to name it (feed-report.ts).
        return void out.push({ at: `${at}.${key}`, repeats: { list: path, first, id, firstItem: raw[first] }, action: 'skipped', item });
      }
      const { serviceId } = value;
      if (serviceId !== undefined && refs.serviceIds && !refs.serviceIds.has(serviceId)) {
        out.push({ at: `${at}.serviceId`, unknown: { kind: 'service', id: serviceId }, action: 'warning', item });
      }
      firstIndexById.set(id, index);
      kept.push(value);
    } catch (error) {
      // One item no reader expected (a bug, or script-made data) must not cost the others.
      out.length = mark;
      out.push({ at, threw: error, action: 'skipped', item });
    }
  });
  return kept;
}
