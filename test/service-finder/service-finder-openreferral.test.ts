import { expect, fixture } from '@open-wc/testing';
import '../../src/entries/service-finder.js';
import '../../src/entries/provider.js';
import type { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { resetDocumentCache, watchDocument } from '../../src/data/feed-client.js';
import { openReferralToFeed } from '../../src/formats/openreferral/convert.js';
import { convertOpenReferral } from '../../src/formats/openreferral/document.js';
import { MAX_PAGES } from '../../src/formats/openreferral/paging.js';
import { openReferralService } from '../fixtures/index.js';
import { captureConsole, feedUrl, shadowText, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';
import { loadWithoutBackoff } from '../support/load-without-backoff.js';
import { enGB } from '../support/strings.js';

const OR = 'test/fixtures/open-referral-uk';

async function json(path: string): Promise<unknown> {
  return (await fetch(`/${path}`)).json();
}

async function finder(src: string, attrs = ''): Promise<PcServiceFinder> {
  // The finder is the fixture root, so open-wc waits for Lit's update rather than a frame.
  const el = await fixture<PcServiceFinder>(`<pc-service-finder src="${src}" ${attrs}></pc-service-finder>`);
  await waitForShadow(el, '.results, .state--empty, .state--error', 'finder settled');
  return el;
}

function countText(el: Element): string {
  return el.shadowRoot!.querySelector('#count')?.textContent?.trim() ?? '';
}

function names(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('.card__open')].map((b) => b.textContent!.trim());
}

/** A fetch that answers `/services?page=N` of a fake API from `pages`, and records every URL. */
function fakeApi(pages: (page: number) => unknown): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fake = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    urls.push(url.href);
    const body = pages(Number(url.searchParams.get('page')));
    if (body instanceof Error) return new Response('{}', { status: 503 });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: fake, urls };
}

describe('<pc-service-finder> with Open Referral UK', function () {
  // Interaction tests with axe checks; a background test page in Firefox runs timers slowly.
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  it('detects and shows a service list page (format="auto")', async () => {
    // The API test mock lists one service 128 times under the same id: it is shown once.
    const el = await finder(feedUrl(`${OR}/api-mocks/test/service_list.json`));
    expect(countText(el)).to.equal('1 service found');
    expect(names(el)).to.deep.equal(['Community Counselling']);
    await expect(el).to.be.accessible();
  });

  it('reads a single full service with format="openreferral"', async () => {
    const el = await finder(feedUrl(`${OR}/spec-examples/service_full.json`), 'format="openreferral"');
    expect(names(el)).to.have.length.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  for (const mock of ['warn', 'fail']) {
    for (const file of ['service_list.json', 'service_full.json']) {
      it(`shows what it can of the ${mock} mock ${file}, without an error`, async () => {
        const data = await json(`${OR}/api-mocks/${mock}/${file}`);
        const expected = openReferralToFeed(data).feed.services.length;
        let el!: PcServiceFinder;
        await captureConsole('warn', async () => {
          await captureConsole('groupCollapsed', async () => {
            el = await finder(feedUrl(`${OR}/api-mocks/${mock}/${file}`));
          });
        });
        expect(el.shadowRoot!.querySelector('.state--error')).to.equal(null);
        if (expected > 0) expect(countText(el)).to.equal(`${expected} ${expected === 1 ? 'service' : 'services'} found`);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('hides inactive and defunct services and drops a javascript: website', async () => {
    const el = await finder(feedUrl('test/fixtures/finder/or-inactive.json'));
    expect(names(el)).to.deep.equal(['Bumps and Babies']);
    expect(shadowText(el)).not.to.contain('Closed Playgroup');
    expect(shadowText(el)).not.to.contain('Old Toy Library');
    const hrefs = [...el.shadowRoot!.querySelectorAll('[part~="result-card"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['mailto:hub@example.gov.uk']);
    expect(shadowText(el)).to.contain('Wednesdays 10:00–11:30');
  });

  it('refuses an Open Referral document when format="native" is asked for', async () => {
    const el = await finder(feedUrl('test/fixtures/finder/or-inactive.json'), 'format="native"');
    expect(el.shadowRoot!.querySelector('.state--error')!.textContent).to.contain('not in a format we can show');
  });

  it('tries a document no format claims as Open Referral UK, and says why it cannot read it', async () => {
    const src = feedUrl('test/fixtures/feeds/not-a-feed.json');
    let el!: PcServiceFinder;
    const errors = await captureConsole('error', async () => {
      el = await finder(src);
    });
    expect(el.shadowRoot!.querySelector('.state--error')!.textContent).to.contain('not in a format we can show');
    expect(errors.join('\n')).to.contain('is neither Open Referral UK service data nor a native feed (an object with "version" and "programme")');
    // What it found at the top level, and what it expected, so the data team can see the mismatch.
    expect(errors.join('\n')).to.contain('Found: an object with keys "hello", "items".');
    expect(errors.join('\n')).to.contain('Expected a native feed, Open Referral UK services');
    await expect(el).to.be.accessible();
  });

  it('shows an ORUK v1 (Spring Data) page of a council API, saying the list may be incomplete when it has more pages, without asking to try again', async () => {
    const page = await (await fetch('/test/fixtures/finder/oruk-v1-page.json')).json();
    const firstOfThree = { ...page, totalElements: 120, totalPages: 3, last: false };
    const src = `/mock/text/${uniqueKey()}?body=${encodeURIComponent(JSON.stringify(firstOfThree))}`;
    let el!: PcServiceFinder;
    const warnings = await captureConsole('warn', async (calls) => {
      el = await finder(src);
      await waitUntil(() => calls.some((text) => text.includes('totalPages')), 'the console report');
    });
    expect(names(el)).to.have.members(['Stay and Play at Castlegate', 'Baby Massage']);
    // A page saved away from its API's /services address is all this source will ever give: trying again cannot help.
    const notice = el.shadowRoot!.querySelector('[part="incomplete-notice"]');
    expect(notice?.textContent?.trim()).to.equal('Some services could not be loaded, so this list may be incomplete.');
    expect(warnings.join('\n')).to.contain('totalPages: is 3, but');
    expect(warnings.join('\n')).to.contain('is not an API /services URL: only this page is shown');
    await expect(el).to.be.accessible();
  });

  for (const { publisher, firstNumber, flags } of [
    { publisher: 'an ORUK v1 council API (Spring Data: pages from 0)', firstNumber: 0, flags: true },
    { publisher: 'Outpost (pages from 1, no first/last flags)', firstNumber: 1, flags: false },
  ]) {
    it(`pages through ${publisher} from its /services URL, naming items by their page`, async () => {
      const template = ((await (await fetch('/test/fixtures/finder/oruk-v1-page.json')).json()) as { content: Record<string, unknown>[] }).content[0];
      const all = Array.from({ length: 5 }, (_, i) => ({ ...template, id: `v1-${i + 1}`, name: `Group ${i + 1}` }));
      const pages = [all.slice(0, 2), all.slice(2, 4), [...all.slice(4), { ...template, id: 'v1-bad', name: 42 }]];
      const key = uniqueKey('v1');
      const urls: string[] = [];
      const realFetch = window.fetch;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(String(input instanceof Request ? input.url : input), location.href);
        if (!url.pathname.endsWith(`/${key}/services`)) return realFetch(input, init);
        urls.push(url.href);
        const number = url.searchParams.has('page') ? Number(url.searchParams.get('page')) : firstNumber;
        const index = number - firstNumber;
        const body = {
          content: pages[index] ?? [],
          totalElements: 6,
          totalPages: 3,
          number,
          size: 2,
          ...(flags ? { first: index === 0, last: index === 2 } : {}),
        };
        return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
      }) as typeof fetch;
      try {
        let el!: PcServiceFinder;
        const warnings = await captureConsole('warn', async (calls) => {
          el = await finder(`/api/${key}/services`);
          await waitUntil(() => countText(el) === '5 services found', 'all three pages merged');
          // By the publisher's own list key: Spring and Outpost pages call it `content`.
          await waitUntil(() => calls.some((text) => text.includes('page 3, content[1]')), 'the left-out item named by its page');
        });
        expect(names(el)).to.have.members(all.map((s) => s.name));
        expect(el.shadowRoot!.querySelector('[part="incomplete-notice"]')).to.equal(null);
        expect(warnings.join('\n')).not.to.contain('only this page is shown');
        // The first page as given, then the others counted the publisher's way.
        expect(urls.map((u) => new URL(u).searchParams.get('page'))).to.deep.equal([null, String(firstNumber + 1), String(firstNumber + 2)]);
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
    });
  }

  it('pages through a live API from its base URL and merges the services', async () => {
    const template = ((await json(`${OR}/api-mocks/test/service_list.json`)) as { contents: Record<string, unknown>[] }).contents[0];
    const list = {
      contents: Array.from({ length: 24 }, (_, i) => ({ ...template, id: `svc-${i + 1}`, name: `Counselling group ${i + 1}` })),
    };
    const half = Math.ceil(list.contents.length / 2);
    // The last item of page 2 cannot be shown: the console names it by its page.
    const pages = [list.contents.slice(0, half), [...list.contents.slice(half), { ...template, id: 'svc-bad', name: 42 }]];
    const realFetch = window.fetch;
    const api = fakeApi((page) => ({ total_items: list.contents.length + 1, total_pages: 2, page_number: page, contents: pages[page - 1] }));
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input).includes('/services?') ? api.fetch(input, init) : realFetch(input, init)) as typeof fetch;
    try {
      const base = feedUrl(`${OR}/api-mocks/test/api_details.json`);
      let el!: PcServiceFinder;
      const expected = openReferralToFeed(list).feed.services.length;
      expect(expected).to.equal(24);
      const warnings = await captureConsole('warn', async (calls) => {
        el = await finder(base);
        await waitUntil(() => countText(el) === `${expected} services found`, 'both pages merged');
        await waitUntil(() => calls.some((text) => text.includes('page 2, contents[12]')), 'the left-out item named by its page');
      });
      expect(warnings.join('\n')).to.not.contain('contents[24]');
      expect(api.urls).to.have.length(2);
      for (const [i, url] of api.urls.entries()) {
        const parsed = new URL(url);
        expect(parsed.origin).to.equal(location.origin);
        expect(parsed.pathname).to.match(/\/services$/);
        expect(parsed.searchParams.get('page')).to.equal(String(i + 1));
      }
    } finally {
      window.fetch = realFetch;
    }
  });

  for (const { where, credentials } of [
    { where: 'under a provider', credentials: 'include' },
    { where: 'with its own src', credentials: 'same-origin' },
  ]) {
    it(`pages a live API behind a login ${where} with credentials="${credentials}" on every page, not only the first`, async () => {
      const template = ((await json(`${OR}/api-mocks/test/service_list.json`)) as { contents: Record<string, unknown>[] }).contents[0];
      const page = (n: number) => Array.from({ length: 2 }, (_, i) => ({ ...template, id: `svc-${n}-${i}`, name: `Counselling group ${n}.${i}` }));
      // Page 1 is the feed itself (loaded by the data client), page 2 is fetched by the pager.
      const sent: { page: string | null; credentials: RequestCredentials | undefined }[] = [];
      const realFetch = window.fetch;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(String(input instanceof Request ? input.url : input), location.href);
        if (!url.pathname.endsWith('/login-api/services')) return realFetch(input, init);
        const n = Number(url.searchParams.get('page'));
        sent.push({ page: url.searchParams.get('page'), credentials: init?.credentials });
        const body = { total_items: 4, total_pages: 2, page_number: n, contents: page(n) };
        return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
      }) as typeof fetch;
      try {
        const src = `/login-api/services?page=1&per_page=2&key=${uniqueKey(credentials)}`;
        let el: PcServiceFinder;
        if (where === 'under a provider') {
          const provider = await fixture(`<pc-provider src="${src}" credentials="${credentials}"><pc-service-finder></pc-service-finder></pc-provider>`);
          el = provider.querySelector('pc-service-finder')!;
          await waitForShadow(el, '.results, .state--empty, .state--error', 'finder settled');
        } else {
          el = await finder(src, `credentials="${credentials}"`);
        }
        const expected = openReferralToFeed({ contents: [...page(1), ...page(2)] }).feed.services.length;
        await waitUntil(() => countText(el) === `${expected} services found`, 'both pages merged');
        expect(names(el)).to.include('Counselling group 2.0');
        expect(sent.map((request) => request.page)).to.deep.equal(['1', '2']);
        expect(sent.map((request) => request.credentials)).to.deep.equal([credentials, credentials]);
      } finally {
        window.fetch = realFetch;
      }
    });
  }

  it('a live API that goes offline after a first load shows the saved services, with the stale notice', async () => {
    const template = ((await json(`${OR}/api-mocks/test/service_list.json`)) as { contents: Record<string, unknown>[] }).contents[0];
    const page = (n: number) => Array.from({ length: 3 }, (_, i) => ({ ...template, id: `svc-${n}-${i}`, name: `Counselling group ${n}.${i}` }));
    const realFetch = window.fetch;
    const api = fakeApi((n) => ({ total_items: 6, total_pages: 2, page_number: n, contents: page(n) }));
    let offline = false;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (offline) return Promise.reject(new TypeError('Failed to fetch'));
      return String(input instanceof Request ? input.url : input).includes('/services?') ? api.fetch(input, init) : realFetch(input, init);
    }) as typeof fetch;
    try {
      const src = feedUrl(`${OR}/api-mocks/test/api_details.json`);
      const first = await finder(src);
      await waitUntil(() => countText(first) === '6 services found', 'both pages merged');
      first.remove();
      // The next visit: nothing in memory, and no network at all (root and pages fail).
      resetDocumentCache();
      offline = true;
      // The finder joins a refresh with no pause between its attempts: the test waits on no backoff timer.
      const stopWatching = loadWithoutBackoff(src);
      const later = await finder(src);
      stopWatching();
      expect(countText(later)).to.equal('6 services found');
      expect(names(later)).to.include('Counselling group 1.0').and.include('Counselling group 2.2');
      const notice = await waitForShadow(later, '[part="stale-notice"]', 'stale notice after the refresh failed');
      expect(notice.textContent).to.contain('We could not get the latest information.');
      expect(later.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      await expect(later).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows the pages that arrived, with a notice, once a later page of a live API hangs past its timeout', async () => {
    const template = ((await json(`${OR}/api-mocks/test/service_list.json`)) as { contents: Record<string, unknown>[] }).contents[0];
    const page = (n: number) =>
      Array.from({ length: 3 }, (_, i) => ({ ...template, id: `svc-${n}-${i}`, name: `Counselling group ${n}.${i}` }));
    // Page 2 is never answered (its fetch settles only when the pager gives it up); the others
    // answer at once. The page timeout is what ends the wait for page 2, and the test waits for
    // what follows from it, so nothing here races a clock.
    const realFetch = window.fetch;
    const api = fakeApi((n) => ({ total_items: 12, total_pages: 4, page_number: n, contents: page(n) }));
    const hung = { requests: 0, aborted: 0 };
    // The API's root is answered in the page too, so only page 2's wait can reach the timeout,
    // however busy the machine is.
    const root = JSON.stringify(await json(`${OR}/api-mocks/test/api_details.json`));
    const src = `/hung-page-api/v3?key=${uniqueKey('hung')}`;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/hung-page-api/v3?')) return Promise.resolve(new Response(root, { status: 200 }));
      // Only this directory's pages: a request another test's load still makes goes on as it would.
      if (!url.includes('/hung-page-api/v3/services?')) return realFetch(input, init);
      if (new URL(url, location.href).searchParams.get('page') !== '2') return api.fetch(input, init);
      api.urls.push(url);
      hung.requests++;
      // Like a real fetch whose server never answers: it rejects only when aborted.
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => {
          hung.aborted++;
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        });
      });
    }) as typeof fetch;
    // The directory is paged inside the data client's load, with its timeout: a first subscriber
    // starts that load with a short one (later subscribers join it), as a site's options would.
    const unwatch = watchDocument(src, () => undefined, { timeoutMs: 3000, retries: 0 });
    let el!: PcServiceFinder;
    try {
      const warnings = await captureConsole('warn', async (calls) => {
        el = await finder(src);
        await waitUntil(() => countText(el) !== '', 'the services that arrived are shown');
        await waitUntil(() => calls.some((text) => text.includes('page 2')), 'the console report');
      });
      const expected = openReferralToFeed({ contents: [...page(1), ...page(3)] }).feed.services.length;
      expect(countText(el)).to.equal(`${expected} services found`);
      expect(names(el)).to.include('Counselling group 1.0').and.include('Counselling group 3.0');
      const notice = el.shadowRoot!.querySelector('[part="incomplete-notice"]');
      expect(notice?.textContent?.trim()).to.equal(enGB.finderIncomplete);
      expect(notice?.getAttribute('role')).to.equal('status');
      // The hanging page was asked for once, not retried, and its request was given up (aborted).
      expect(hung.requests).to.equal(1);
      expect(hung.aborted).to.equal(1);
      // Once a page is overdue no more are started: page 4 was never requested.
      expect(api.urls.map((url) => new URL(url).searchParams.get('page'))).to.have.members(['1', '2', '3']);
      const report = warnings.join('\n');
      expect(report).to.contain('page 2').and.contain('no answer within 3000 ms');
      expect(report).to.contain('page 4').and.contain('not requested');
    } finally {
      unwatch();
      window.fetch = realFetch;
    }
  });
});

describe('convertOpenReferral (paging)', () => {
  const root = { version: 'HSDS-UK-3.0', profile: 'https://example.org/profile' };
  const service = (n: number) => openReferralService(`s${n}`, `Service ${n}`);

  it(`reads at most ${MAX_PAGES} pages, and says so`, async () => {
    const api = fakeApi((page) => ({ total_items: 1000, total_pages: 500, page_number: page, contents: [service(page)] }));
    const { feed, diagnostics } = await convertOpenReferral(root, 'https://api.example.org/v3', { fetch: api.fetch });
    expect(api.urls).to.have.length(MAX_PAGES);
    expect(api.urls.every((url) => url.startsWith('https://api.example.org/v3/services?'))).to.equal(true);
    expect(feed.services).to.have.length(MAX_PAGES);
    // Reading again would stop at the same limit: widgets do not ask parents to try again later.
    expect(diagnostics.filter((d) => d.incomplete).map((d) => `${d.path} ${d.action} ${d.lasting}`)).to.deep.equal(['total_pages warning true']);
  });

  it(`says how to read more than ${MAX_PAGES} pages of an Outpost directory, whose API gives 50 services a page unless asked`, async () => {
    const outpost = (page: number) => ({ content: [service(page)], totalElements: 2805, totalPages: 57, number: page, first: page === 1 });
    const api = fakeApi(outpost);
    const { diagnostics } = await convertOpenReferral(outpost(1), 'https://outpost.example.org/api/v1/services', { fetch: api.fetch });
    expect(diagnostics.filter((d) => d.action === 'warning').map((d) => `${d.path}: ${d.message}`)).to.deep.equal([
      `totalPages: is 57; only the first ${MAX_PAGES} pages were read (ask for larger pages in the feed address: per_page=100 on Outpost, size=100 on a Spring API)`,
    ]);
    // Asked for by size already: nothing more to suggest.
    const sized = await convertOpenReferral(outpost(1), 'https://outpost.example.org/api/v1/services?per_page=50', { fetch: fakeApi(outpost).fetch });
    expect(sized.diagnostics.find((d) => d.path === 'totalPages')!.message).to.equal(`is 57; only the first ${MAX_PAGES} pages were read`);
  });

  it('sends every page with the credentials the feed was loaded with, and none by default', async () => {
    for (const credentials of [undefined, 'same-origin', 'include'] as const) {
      const sent: (RequestCredentials | undefined)[] = [];
      const api = fakeApi((page) => ({ total_pages: 3, page_number: page, contents: [service(page)] }));
      const recording = ((input: RequestInfo | URL, init?: RequestInit) => (sent.push(init?.credentials), api.fetch(input, init))) as typeof fetch;
      const { feed } = await convertOpenReferral(root, 'https://api.example.org/v3', { fetch: recording, credentials });
      expect(feed.services).to.have.length(3);
      expect(sent).to.deep.equal(Array(3).fill(credentials ?? 'omit'));
    }
  });

  it('keeps the pages that loaded when a later one fails', async () => {
    const api = fakeApi((page) => (page === 2 ? new Error('down') : { total_pages: 3, page_number: page, contents: [service(page)] }));
    const { feed, diagnostics } = await convertOpenReferral(root, 'https://api.example.org/v3', { fetch: api.fetch, retryDelayMs: 1 });
    expect(feed.services.map((s) => s.id)).to.deep.equal(['s1', 's3']);
    expect(diagnostics.find((d) => d.path === 'page 2')?.message).to.contain('503');
    // …and the finder will say its list may be incomplete.
    expect(diagnostics.find((d) => d.path === 'page 2')?.incomplete).to.equal(true);
    // Page 2 was tried three times (two retries) before it was given up.
    expect(api.urls.filter((url) => new URL(url).searchParams.get('page') === '2')).to.have.length(3);
  });

  it('says once for a run of pages that failed alike, naming the first one’s address, and apart for a page that failed otherwise', async () => {
    // Pages 3–6 answer 503 (a directory that starts refusing), page 8 is not there (404), pages 2 and 7 load.
    const failing = (page: number) => (page >= 3 && page <= 6 ? 503 : page === 8 ? 404 : 200);
    const fetchPage = (async (input: RequestInfo | URL) => {
      const page = Number(new URL(String(input)).searchParams.get('page'));
      const status = failing(page);
      const body = status === 200 ? { total_pages: 8, page_number: page, contents: [service(page)] } : {};
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    const { feed, diagnostics } = await convertOpenReferral(root, 'https://api.example.org/v3', { fetch: fetchPage, retries: 0 });
    expect(feed.services.map((s) => s.id)).to.deep.equal(['s1', 's2', 's7']);
    const pageUrl = (page: number) => `https://api.example.org/v3/services?page=${page}&per_page=100`;
    expect(diagnostics.filter((d) => d.path.startsWith('page')).map((d) => `${d.path}: ${d.message}`)).to.deep.equal([
      `pages 3–6: could not be loaded: ${pageUrl(3)} answered HTTP 503, and so did the 3 pages after it`,
      `page 8: could not be loaded: ${pageUrl(8)} answered HTTP 404`,
    ]);
    expect(diagnostics.filter((d) => d.path.startsWith('page')).every((d) => d.incomplete)).to.equal(true);
  });

  it('retries a page that fails for a moment (5xx, then fine) and keeps it', async () => {
    let failures = 0;
    const api = fakeApi((page) =>
      page === 2 && failures++ < 1 ? new Error('blip') : { total_pages: 2, page_number: page, contents: [service(page)] },
    );
    const { feed, diagnostics } = await convertOpenReferral(root, 'https://api.example.org/v3', { fetch: api.fetch, retryDelayMs: 1 });
    expect(feed.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(diagnostics.filter((d) => d.path.startsWith('page'))).to.deep.equal([]);
    expect(api.urls).to.have.length(3);
  });

  it('does not retry an answer that will not change (404)', async () => {
    const urls: string[] = [];
    const notFound = (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response('{}', { status: 404 });
    }) as typeof fetch;
    let error: unknown;
    try {
      await convertOpenReferral(root, 'https://api.example.org/v3', { fetch: notFound, retryDelayMs: 1 });
    } catch (e) {
      error = e;
    }
    expect((error as { kind?: string; status?: number }).status).to.equal(404);
    expect(urls).to.have.length(1);
  });

  it('fails when the first page cannot be had', async () => {
    const api = fakeApi(() => new Error('down'));
    let error: unknown;
    try {
      await convertOpenReferral(root, 'https://api.example.org/v3', { fetch: api.fetch, retryDelayMs: 1 });
    } catch (e) {
      error = e;
    }
    expect((error as { kind?: string }).kind).to.equal('http');
    expect(api.urls, 'first page tried three times').to.have.length(3);
  });

  it('gives up on a page that never answers', async () => {
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    let error: unknown;
    try {
      await convertOpenReferral(root, 'https://api.example.org/v3', { fetch: hanging, timeoutMs: 50, retries: 0 });
    } catch (e) {
      error = e;
    }
    expect((error as { kind?: string }).kind).to.equal('timeout');
  });

  it('fetches the rest of a paged /services list, but not of a static file', async () => {
    const api = fakeApi((page) => ({ total_pages: 2, page_number: page, contents: [service(page)] }));
    const first = { total_pages: 2, page_number: 1, contents: [service(1)] };
    const live = await convertOpenReferral(first, 'https://api.example.org/v3/services?per_page=1', { fetch: api.fetch });
    expect(live.feed.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(api.urls).to.deep.equal(['https://api.example.org/v3/services?per_page=1&page=2']);
    const file = await convertOpenReferral(first, 'https://example.org/directory.json', { fetch: api.fetch });
    expect(file.feed.services).to.have.length(1);
    expect(api.urls).to.have.length(1);
    expect(file.diagnostics.some((d) => d.path === 'total_pages')).to.equal(true);
  });
});
