/**
 * The published summary of parents' feedback (`feedbackSummary`), part of the native feed contract
 * (feed-schema.ts): counts only, never a comment. A module of its own so that only a bundle that
 * shows the summary carries it (the all-in-one fetches it with `<pc-feedback-summary>`'s chunk).
 * Its lists are validated item by item by validate-feedback-summary.ts.
 */
import { kept, list, number, object, optional, string, type Output } from './schema-kit.js';
import { FEED_DATE_PATTERN, FeedDate, FeedId, feedText } from './feed-schema.js';

/**
 * What parents wrote in a feedback card (`wentWell`, `couldBeBetter`), or an export of whole
 * responses (`answers`, `comments`, `text`…): never part of a published summary, which holds
 * counts only. An object in `feedbackSummary` carrying any of these is refused, not shown.
 */
export const RAW_COMMENT_KEYS = ['answers', 'comment', 'comments', 'couldBeBetter', 'feedback', 'text', 'wentWell'] as const;

/** The raw-comment keys `value` carries; `responses` as a list (whole responses, not a count) is one too. */
export function rawCommentKeys(value: Readonly<Record<string, unknown>>): string[] {
  const found: string[] = RAW_COMMENT_KEYS.filter((key) => value[key] !== undefined);
  if (Array.isArray(value.responses)) found.push('responses');
  return found;
}

/** A published summary's part carries no raw comment. Named so the JSON Schema generator can translate it. */
export const holdsNoComments = (value: Readonly<Record<string, unknown>>): boolean => rawCommentKeys(value).length === 0;

/** The five ratings, very poor to very good, as many as there were responses. */
const RATING_COUNT = 5;
/**
 * A service's published counts: no raw comment, and one count for each of the five ratings, adding
 * up to the responses. Named so the JSON Schema generator can translate it (the sum it describes).
 */
export const isPublishableCount = (entry: { responses: number; ratings: number[] } & Record<string, unknown>): boolean =>
  holdsNoComments(entry) && entry.ratings.length === RATING_COUNT && entry.ratings.reduce((sum, n) => sum + n, 0) === entry.responses;

const Count = number({ integer: true, min: 0 });

/** One service's feedback, as published: how many responses, and how many gave each rating. */
export const FeedbackSummaryServiceSchema = object(
  { serviceId: FeedId, responses: Count, ratings: list(Count, { keepItems: true }) },
  { check: isPublishableCount, reason: 'ratings' },
);

/** A "you said, we did" note: what parents said, in the scheme's words, and what changed. */
export const YouSaidWeDidSchema = object(
  {
    id: FeedId,
    // Kept: a note about one service must never be shown as about the whole scheme.
    serviceId: kept(optional(FeedId)),
    date: FeedDate,
    youSaid: feedText(1000),
    weDid: feedText(1000),
  },
  { check: holdsNoComments, reason: 'raw-comments' },
);

/**
 * The published feedback summary (the receiver's `GET /summary` answer as it is, or written by
 * hand): counts only, for services with at least `minimumResponses`, and "you said, we did" notes.
 * Its lists are validated item by item (see `validate.ts`). A bad minimum fails the whole section:
 * defaulting it could publish a service the scheme meant to keep back.
 */
export const FeedbackSummarySchema = object(
  {
    generatedAt: optional(string({ trim: true, pattern: FEED_DATE_PATTERN, reason: 'last-updated' })),
    minimumResponses: kept(optional(number({ integer: true, min: 1 }), 5)),
    services: optional(list(FeedbackSummaryServiceSchema), []),
    youSaidWeDid: optional(list(YouSaidWeDidSchema), []),
  },
  { check: holdsNoComments, reason: 'raw-comments' },
);

export type FeedbackSummary = Output<typeof FeedbackSummarySchema>;
export type FeedbackSummaryService = Output<typeof FeedbackSummaryServiceSchema>;
export type YouSaidWeDid = Output<typeof YouSaidWeDidSchema>;
