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
} as const;

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
      default:
        return realFetch(input, init);
    }
  };
}
