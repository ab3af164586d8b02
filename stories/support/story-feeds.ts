/**
 * Feeds for stories that a static Storybook cannot serve: a request that never answers
 * (loading), a server error, a document that is not a feed. Only URLs under
 * `/story-feeds/` are intercepted; everything else goes to the real `fetch`. The documents come
 * from the fixtures the tests use (`test/fixtures/index.ts`), so a story shows what a test checks.
 */
import {
  FIXTURE_FILES,
  busyDailyFeed,
  feedbackSummary,
  feedbackSummaryFeed,
  openReferralApiRoot,
  openReferralPage,
  openReferralService,
  personOrganisedEvents,
} from '../../test/fixtures/index.js';
import rpdeFirstPage from '../../test/fixtures/calendar/rpde/broken-1.json';

const realFetch = window.fetch.bind(window);
let installed = false;

export const STORY_FEEDS = {
  sample: FIXTURE_FILES.sample,
  loading: '/story-feeds/never-answers.json',
  serverError: '/story-feeds/server-error.json',
  notAFeed: '/story-feeds/not-a-feed.json',
  offline: '/story-feeds/offline.json',
  /** 5,000 events on every day from 1 November 2026 (issue 18): 140,000 sessions in the list's four weeks. */
  busyDaily: '/story-feeds/busy-daily.json',
  /** Issue 18: a body that is only `null`; a feed behind a login (401); a server that is busy (429). */
  bareNull: '/story-feeds/bare-null.json',
  notPublic: '/story-feeds/not-public.json',
  busyServer: '/story-feeds/busy-server.json',
  /** An Open Referral UK live API whose second page fails: the first page's services show, with a notice. */
  partialApi: '/story-feeds/oruk-api',
  /** An OpenActive RPDE feed whose second page fails: the first page's sessions show, with a notice. */
  partialRpde: '/story-feeds/rpde',
  /** Issue 20: schema.org events organised by a person: no programme name to show. */
  unnamedProgramme: '/story-feeds/unnamed-programme.json',
  /** Issue 23: a feedback summary (Riverside 12 responses, Rhyme Time exactly 5) and four "you said, we did" notes. */
  feedbackSummary: '/story-feeds/feedback-summary.json',
  /** The same feed whose summary lists no service yet (only notes). */
  feedbackSummaryNoCounts: '/story-feeds/feedback-summary-no-counts.json',
  /** The same services, no summary at all. */
  feedbackSummaryNone: '/story-feeds/feedback-summary-none.json',
  /** A summary whose entry for Bumps and Babies carries a parent's words: refused, never shown. */
  feedbackSummaryRawComments: '/story-feeds/feedback-summary-raw-comments.json',
} as const;

/** One page of the partial API: two services, or a server error for page 2. */
function partialApiPage(page: number): Response {
  if (page !== 1) return new Response('{"error":"down"}', { status: 503 });
  const services = [openReferralService('api-1', 'Bumps and Babies'), openReferralService('api-2', 'Toddler Music Time')];
  return json(openReferralPage(1, services, { totalPages: 2, totalItems: 4 }));
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

export function installStoryFeeds(): void {
  if (installed) return;
  installed = true;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    switch (url.pathname) {
      case STORY_FEEDS.loading:
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
        );
      case STORY_FEEDS.serverError:
        return Promise.resolve(new Response('{"error":"down"}', { status: 503 }));
      case STORY_FEEDS.notAFeed:
        return Promise.resolve(new Response('{"hello":"world"}', { status: 200 }));
      case STORY_FEEDS.offline:
        return Promise.reject(new TypeError('Failed to fetch'));
      case STORY_FEEDS.bareNull:
        return Promise.resolve(new Response('null', { status: 200 }));
      case STORY_FEEDS.notPublic:
        return Promise.resolve(new Response('{}', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="staff"' } }));
      case STORY_FEEDS.busyServer:
        return Promise.resolve(new Response('{}', { status: 429 }));
      case STORY_FEEDS.partialApi:
        return Promise.resolve(json(openReferralApiRoot));
      case `${STORY_FEEDS.partialApi}/services`:
        return Promise.resolve(partialApiPage(Number(url.searchParams.get('page'))));
      case STORY_FEEDS.partialRpde:
        // The test fixture's first page, whose `next` (relative) is not published: a 404.
        return Promise.resolve(json(rpdeFirstPage));
      case '/story-feeds/not-published.json':
        return Promise.resolve(new Response('Not found', { status: 404 }));
      case STORY_FEEDS.unnamedProgramme:
        return Promise.resolve(json(personOrganisedEvents()));
      case STORY_FEEDS.feedbackSummary:
        return Promise.resolve(json(feedbackSummaryFeed()));
      case STORY_FEEDS.feedbackSummaryNoCounts:
        return Promise.resolve(json(feedbackSummaryFeed(feedbackSummary({ services: [] }))));
      case STORY_FEEDS.feedbackSummaryNone:
        return Promise.resolve(json(feedbackSummaryFeed(null)));
      case STORY_FEEDS.feedbackSummaryRawComments:
        return Promise.resolve(
          json(
            feedbackSummaryFeed(
              feedbackSummary({
                services: [
                  { serviceId: 'riverside', responses: 12, ratings: [0, 1, 1, 3, 7] },
                  { serviceId: 'bumps', responses: 9, ratings: [0, 0, 0, 2, 7], wentWell: 'The leader, Sam, was lovely' },
                ],
              }),
            ),
          ),
        );
      case STORY_FEEDS.busyDaily:
        return Promise.resolve(json(busyDailyFeed()));
      default:
        return realFetch(input, init);
    }
  };
}
