/**
 * What `<pc-feedback-summary>` shows, worked out from the feed without a DOM: the counts of one
 * service (`service-id`) or of every named service with enough responses, and the "you said, we
 * did" notes, newest first.
 *
 * The native feed's validator has already left out counts below the minimum and anything that
 * carries raw comments. A feed from another adapter (a site's own, registered with
 * `registerAdapter`) is not validated that way, so each part is read again here with the same
 * schemas and only the fields shown are copied: a comment in the feed can never reach the page.
 */
import type { Feed } from '../data/feed-schema.js';
import {
  FeedbackSummaryServiceSchema,
  YouSaidWeDidSchema,
  type FeedbackSummaryService,
  type YouSaidWeDid,
} from '../data/feedback-summary-schema.js';
import { isJsonObject } from '../data/json-object.js';
import { read, type Schema } from '../data/schema-kit.js';

/** The contract's default minimum, used when a feed from elsewhere gives none that can be used. */
export const DEFAULT_MINIMUM = 5;

/** One service's counts, as shown. */
export interface Tally {
  serviceId: string;
  /** The service's name from the feed's services (absent when it lists no such service). */
  name?: string;
  responses: number;
  /** How many gave each rating: index 0 = very poor … 4 = very good. */
  ratings: readonly number[];
}

/** One "you said, we did" note, as shown. */
export interface Note {
  id: string;
  date: string;
  youSaid: string;
  weDid: string;
  /** The name of the service it is about, when it is about one the feed lists (shown without `service-id`). */
  serviceName?: string;
}

export type SummaryView =
  /** The feed publishes no summary. */
  | { kind: 'none' }
  | {
      kind: 'summary';
      /** The scheme's minimum, said when there is nothing to show yet. */
      minimum: number;
      /** For one service (`service-id`), or every named service with enough responses, by name. */
      single: boolean;
      tallies: Tally[];
      notes: Note[];
    };

/** `value` as `schema` reads it, or undefined: the same rules the validator applies. */
function readAs<T>(schema: Schema<T>, value: unknown): T | undefined {
  return isJsonObject(value) ? read(schema, value).value : undefined;
}

const isMinimum = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;

/**
 * The summary to show for `serviceId` (or every service), names sorted with `compare` (the
 * locale's collation). Reads only counts and notes; anything else in the section is never copied.
 */
export function summaryView(feed: Feed, serviceId: string | undefined, compare: (a: string, b: string) => number): SummaryView {
  const section: unknown = feed.feedbackSummary;
  if (!isJsonObject(section)) return { kind: 'none' };
  const minimum = isMinimum(section.minimumResponses) ? section.minimumResponses : DEFAULT_MINIMUM;
  const names = new Map(feed.services.map((service) => [service.id, service.name]));
  const wanted = (id: string | undefined) => (serviceId ? id === serviceId : true);

  const tallies: Tally[] = [];
  const seen = new Set<string>();
  for (const entry of Array.isArray(section.services) ? section.services : []) {
    const counts: FeedbackSummaryService | undefined = readAs(FeedbackSummaryServiceSchema, entry);
    if (!counts || counts.responses < minimum || !wanted(counts.serviceId) || seen.has(counts.serviceId)) continue;
    const name = names.get(counts.serviceId);
    // Without `service-id` a service is shown by its name: one the feed does not list has none.
    if (!serviceId && name === undefined) continue;
    seen.add(counts.serviceId);
    tallies.push({ serviceId: counts.serviceId, name, responses: counts.responses, ratings: [...counts.ratings] });
  }
  if (!serviceId) tallies.sort((a, b) => compare(a.name!, b.name!));

  const notes: Note[] = [];
  for (const entry of Array.isArray(section.youSaidWeDid) ? section.youSaidWeDid : []) {
    const note: YouSaidWeDid | undefined = readAs(YouSaidWeDidSchema, entry);
    // With `service-id`, that service's notes; without, every note.
    if (!note || (serviceId && note.serviceId !== serviceId)) continue;
    const serviceName = serviceId || note.serviceId === undefined ? undefined : names.get(note.serviceId);
    notes.push({ id: note.id, date: note.date, youSaid: note.youSaid, weDid: note.weDid, ...(serviceName === undefined ? {} : { serviceName }) });
  }
  // Newest first (ISO dates sort as text); the feed's order among notes of the same day.
  notes.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  return { kind: 'summary', minimum, single: Boolean(serviceId), tallies, notes };
}

/** The ratings in the order a parent reads them: very good first. */
export const RATINGS_SHOWN = [5, 4, 3, 2, 1] as const;

/** A rating's share of the responses, as a percentage of the bar (0–100, whole). */
export function share(count: number, responses: number): number {
  return responses > 0 ? Math.round((count / responses) * 100) : 0;
}
