/**
 * Feeds for stories that a static Storybook cannot serve: a request that never answers
 * (loading), a server error, a document that is not a feed. Only URLs under
 * `/story-feeds/` are intercepted; everything else goes to the real `fetch`.
 */
const realFetch = window.fetch.bind(window);
let installed = false;

export const STORY_FEEDS = {
  sample: 'demo/sample-feed.json',
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
} as const;

/** One page of the partial API: two services, or a server error for page 2. */
function partialApiPage(page: number): Response {
  if (page !== 1) return new Response('{"error":"down"}', { status: 503 });
  const service = (n: number, name: string) => ({
    id: `api-${n}`,
    name,
    status: 'active',
    description: 'A weekly group for parents and carers with children under 5.',
  });
  const body = { total_items: 4, total_pages: 2, page_number: 1, contents: [service(1, 'Bumps and Babies'), service(2, 'Toddler Music Time')] };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

function busyDailyFeed(): string {
  return JSON.stringify({
    version: '1.0',
    programme: { name: 'Busy programme', timezone: 'Europe/London' },
    services: [],
    events: Array.from({ length: 5000 }, (_, i) => ({
      id: `daily-${i}`,
      title: `Daily session ${i + 1}`,
      start: `2026-11-01T${String(8 + (i % 10)).padStart(2, '0')}:00`,
      end: `2026-11-01T${String(9 + (i % 10)).padStart(2, '0')}:00`,
      recurrence: { frequency: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
    })),
  });
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
        return Promise.resolve(new Response(JSON.stringify({ version: 'HSDS-UK-3.0' }), { status: 200 }));
      case `${STORY_FEEDS.partialApi}/services`:
        return Promise.resolve(partialApiPage(Number(url.searchParams.get('page'))));
      case STORY_FEEDS.busyDaily:
        return Promise.resolve(new Response(busyDailyFeed(), { status: 200, headers: { 'content-type': 'application/json' } }));
      default:
        return realFetch(input, init);
    }
  };
}
