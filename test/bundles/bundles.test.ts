/**
 * The shipped files: each built bundle in dist/ on a strict-CSP host page, used as a parent
 * would (first results, a typed search, opening a session), so what the minifiers and the
 * chunk split produce is tested, not only the sources. `scripts/test.sh` builds dist/ first.
 */
import { expect } from '@open-wc/testing';
import { pagedDirectory, uniqueKey, waitUntil } from '../support/helpers.js';

const FEED = 'test/fixtures/feeds/small.json';

interface ProbeWindow extends Window {
  cspViolations: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
}

/** How the host page differs: only the main files of dist/ copied to it (no chunks/), or its language. */
interface HostPage {
  partial?: boolean;
  lang?: string;
  /** The key of the page's form receiver (/mock/receiver/KEY). */
  receiver?: string;
  /** The widgets on the page (as the mock server names them), instead of the bundle's own. */
  widgets?: string;
  /** Trusted Types enforced too, with only Lit's policy allowed. */
  trustedTypes?: boolean;
  /** The feed's address as it is (a live directory's), instead of `file` served whole. */
  feedUrl?: string;
}

/** Opens dist/NAME.js (or `a,b`: several bundles) on a strict-CSP host page showing `file`, runs `use` on it, then closes it. */
async function onBundlePage(bundle: string, use: (frame: HTMLIFrameElement) => Promise<void>, file = FEED, page: HostPage = {}): Promise<void> {
  for (const name of bundle.split(',')) {
    const available = await fetch(`/mock/dist/${name}.js`);
    expect(available.ok, `dist/${name}.js is missing: run npm run build (npm test does)`).to.equal(true);
  }
  const feed = page.feedUrl ?? `/mock/json/${uniqueKey('bundle-feed')}?file=${encodeURIComponent(file)}`;
  const frame = document.createElement('iframe');
  frame.title = `${bundle} host page`;
  frame.style.width = '900px';
  frame.style.height = '700px';
  const host = `${page.partial ? '&dist=partial' : ''}${page.lang ? `&lang=${page.lang}` : ''}${page.receiver ? `&receiver=${page.receiver}` : ''}${page.widgets ? `&widgets=${page.widgets}` : ''}${page.trustedTypes ? '&tt=1' : ''}`;
  frame.src = `/mock/bundle-page/${uniqueKey('page')}?bundle=${bundle}&feed=${encodeURIComponent(feed)}${host}`;
  document.body.append(frame);
  try {
    await use(frame);
  } finally {
    frame.remove();
  }
}

/** The chunks named `name` (`dist/chunks/NAME-hash.js`) the page has fetched. */
function fetchedChunks(frame: HTMLIFrameElement, name: string): string[] {
  return (frame.contentWindow as ProbeWindow).performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((file) => file.includes(`/chunks/${name}-`));
}

function shadowOf(frame: HTMLIFrameElement, tag: string): ShadowRoot | null {
  return frame.contentDocument?.querySelector(tag)?.shadowRoot ?? null;
}

/** The control a `<label>` with this text names. */
function byLabel(root: ShadowRoot, text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text));
  expect(label, `a control labelled "${text}"`).to.exist;
  return root.getElementById(label!.htmlFor) as HTMLInputElement;
}

function buttonNamed(root: ShadowRoot, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(name));
  expect(button, `a button "${name}"`).to.exist;
  return button!;
}

const cardNames = (root: ShadowRoot) => [...root.querySelectorAll('.card__open')].map((b) => b.textContent!.trim());

async function checkFinder(frame: HTMLIFrameElement): Promise<void> {
  await waitUntil(() => shadowOf(frame, 'pc-service-finder')?.querySelector('.card__open'), 'finder results');
  const root = shadowOf(frame, 'pc-service-finder')!;
  // The item with a bad name is left out; the other two are shown.
  expect(cardNames(root)).to.have.members(['Little Acorns Stay and Play', 'Rhyme Time at the Library']);
  expect(frame.contentWindow!.getComputedStyle(root.querySelector('.results')!).display).to.not.equal('inline');

  // A typed search loads the search engine's chunk from dist/chunks/.
  const search = byLabel(root, 'Search');
  search.value = 'rhyme';
  search.dispatchEvent(new Event('input', { bubbles: true }));
  await waitUntil(() => cardNames(root).length === 1, 'search narrowed the results');
  expect(cardNames(root)).to.deep.equal(['Rhyme Time at the Library']);
}

async function checkCalendar(frame: HTMLIFrameElement): Promise<void> {
  await waitUntil(() => shadowOf(frame, 'pc-event-calendar')?.querySelector('.session__open'), 'calendar sessions');
  const root = shadowOf(frame, 'pc-event-calendar')!;
  const session = buttonNamed(root, '10:00');
  expect(session.textContent).to.contain('Open day');
  // Opening it loads the detail view's chunk.
  session.click();
  await waitUntil(() => root.querySelector('dialog[open] .detail__body'), 'session detail open');
  expect(root.querySelector('dialog[open]')!.textContent).to.contain('Open day');
}

/** Fills the sign-up with valid answers, sends it, and waits for the thank-you; the receiver stored it once. */
async function checkSignup(frame: HTMLIFrameElement, receiver: string): Promise<void> {
  await waitUntil(() => shadowOf(frame, 'pc-champion-signup')?.querySelector('form'), 'the sign-up form');
  const root = shadowOf(frame, 'pc-champion-signup')!;
  const type = (label: string, value: string) => {
    const box = byLabel(root, label);
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const tick = async (label: string) => {
    byLabel(root, label).click();
    await (frame.contentDocument!.querySelector('pc-champion-signup') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  };
  // Send with nothing filled in: the error summary first.
  buttonNamed(root, 'Sign up').click();
  await waitUntil(() => root.querySelector('.error-summary'), 'the error summary');
  type('Your name', 'Amina Yusuf');
  await tick('Email');
  type('Email address', 'amina@example.org');
  type('Postcode or ward', 'NB1 4AA');
  type('Languages you speak', 'English');
  await tick('Monday');
  await tick('Mornings');
  await tick('Help at events');
  await tick('I agree to my details being used in this way');
  buttonNamed(root, 'Sign up').click();
  await waitUntil(() => root.textContent!.includes('Thank you for signing up'), 'the thank-you');
  const counted = (await (await fetch(`/mock/receiver-count/${receiver}`)).json()) as { stored: number; requests: number };
  // Stored once. (It may have been sent twice: a form on another test page of this origin shares the
  // outbox and may flush it too, as another tab would; its Idempotency-Key makes that one record.)
  expect(counted.stored).to.equal(1);
  expect(counted.requests).to.be.at.least(1);
}

/** Issue 23: the feedback summary of Riverside (12 responses), its ratings in words, and its note; nothing else said. */
async function checkFeedbackSummary(frame: HTMLIFrameElement): Promise<void> {
  await waitUntil(() => shadowOf(frame, 'pc-feedback-summary')?.querySelector('[part~="ratings"]'), 'the feedback summary');
  const root = shadowOf(frame, 'pc-feedback-summary')!;
  const text = root.textContent!.replace(/\s+/g, ' ');
  expect(text).to.contain('What parents told us').and.contain('Based on 12 responses').and.contain('You said, we did');
  const rows = [...root.querySelectorAll('[part~="ratings"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  expect(rows).to.deep.equal(['Very good 7', 'Good 3', 'Neither good nor poor 1', 'Poor 1', 'Very poor 0']);
  // Each bar's length is set without a style attribute the page's policy would block.
  const fill = root.querySelector<HTMLElement>('[part~="ratings"] li span span')!;
  expect(frame.contentWindow!.getComputedStyle(fill).getPropertyValue('--share').trim()).to.equal('58%');
  const win = frame.contentWindow as ProbeWindow;
  expect(win.cspViolations).to.deep.equal([]);
  expect(win.consoleErrors).to.deep.equal([]);
  expect(win.consoleWarnings).to.deep.equal([]);
}

async function checkQuiet(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow as ProbeWindow;
  expect(win.cspViolations).to.deep.equal([]);
  expect(win.consoleErrors).to.deep.equal([]);
  // The feed's bad item is reported precisely: path, reason and what was done (worded after the
  // widgets rendered, once the report's chunk has arrived).
  await waitUntil(() => win.consoleWarnings.some((line) => line.includes('services[2].name')), 'the feed report');
  const report = win.consoleWarnings.join('\n');
  expect(report).to.contain('services[2].name: must be text (a JSON string) (got 42) — item left out');
}

/** The modules a built file imports statically (`import … from "./x.js"`, `import "./x.js"`), which a page fetches before it runs. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]!);
}

/** The chunks a built file loads on demand (`import("./chunks/NAME-hash.js")`, any quotes) whose names start with `name`. */
function lazyChunks(code: string, name: string): string[] {
  return [...new Set([...code.matchAll(/\bimport\(\s*["'`]\.\/(chunks\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!))].filter((file) =>
    file.startsWith(`chunks/${name}-`),
  );
}

async function built(file: string): Promise<string> {
  const response = await fetch(`/mock/dist/${file}`);
  expect(response.ok, `dist/${file} is missing: run npm run build (npm test does)`).to.equal(true);
  return response.text();
}

describe('built bundles (dist/): files', () => {
  for (const bundle of ['parent-champion-widgets', 'provider', 'service-finder', 'event-calendar', 'champion-signup', 'feedback-summary', 'locales/ar']) {
    it(`${bundle}.js renders from one file: it imports no chunk up front (Lit and the data layer are in it)`, async () => {
      expect(staticImports(await built(`${bundle}.js`))).to.deep.equal([]);
    });
  }

  for (const bundle of ['event-calendar', 'parent-champion-widgets']) {
    it(`${bundle}.js: a session's detail and the filter form are chunks of their own, each bringing its own styles`, async () => {
      const code = await built(`${bundle}.js`);
      const [detail, form] = [lazyChunks(code, 'calendar-detail'), lazyChunks(code, 'calendar-filter-form')];
      expect([detail.length, form.length], 'one chunk each').to.deep.equal([1, 1]);
      const [detailCode, formCode] = await Promise.all([built(detail[0]!), built(form[0]!)]);
      expect(detailCode).to.contain('.detail::backdrop').and.contain('Add to your calendar').and.not.contain('.filters form');
      expect(formCode).to.contain('.filters form').and.contain('Free sessions only').and.not.contain('.detail::backdrop');
      // Lit and the calendar's code come from the entry they were loaded by.
      for (const chunk of [detailCode, formCode]) expect(staticImports(chunk)).to.include(`../${bundle}.js`);
    });
  }
});

describe('built bundles (dist/)', () => {
  it('service-finder.js renders, searches and reports the bad item under a strict CSP', () =>
    onBundlePage('service-finder', async (frame) => {
      await checkFinder(frame);
      await checkQuiet(frame);
    }));

  it('event-calendar.js renders and opens a session under a strict CSP', () =>
    onBundlePage('event-calendar', async (frame) => {
      await checkCalendar(frame);
      await checkQuiet(frame);
    }));

  it('event-calendar.js leaves out one event that ends in 9999, says so once, and shows the rest (issue 18.2)', () =>
    onBundlePage(
      'event-calendar',
      async (frame) => {
        await waitUntil(() => shadowOf(frame, 'pc-event-calendar')?.querySelector('.session__open'), 'calendar sessions');
        const shown = shadowOf(frame, 'pc-event-calendar')!.textContent!;
        for (const title of ['Stay and play', 'Rhyme time', 'Open-ended drop-in']) expect(shown).to.contain(title);
        expect(shown).to.not.contain('Forever group');
        const win = frame.contentWindow as ProbeWindow;
        expect(win.consoleErrors).to.deep.equal([]);
        const diagnostics = win.consoleWarnings.filter((w) => w.includes('ev-forever'));
        expect(diagnostics).to.have.length(1);
        expect(diagnostics[0]).to.contain('[parent-champion-widgets]').and.contain('end 9999-12-31T10:00').and.contain('left out');
      },
      'test/fixtures/calendar/ends-9999.json',
    ));

  it('parent-champion-widgets.js runs both widgets from one provider under a strict CSP', () =>
    onBundlePage('parent-champion-widgets', async (frame) => {
      await checkFinder(frame);
      await checkCalendar(frame);
      await checkQuiet(frame);
    }));

  it('parent-champion-widgets.js writes no HTML of its own where a site enforces Trusted Types (Lit\'s policy only)', () => {
    const receiver = uniqueKey('receiver');
    return onBundlePage(
      'parent-champion-widgets',
      async (frame) => {
        // Results, a typed search (the engine's chunk), a session's detail (its chunk), the sign-up's errors and its send.
        await checkFinder(frame);
        await checkCalendar(frame);
        await checkSignup(frame, receiver);
        const win = frame.contentWindow as ProbeWindow;
        expect(win.cspViolations, 'no string reached an HTML sink').to.deep.equal([]);
        expect(win.consoleErrors).to.deep.equal([]);
      },
      FEED,
      { receiver, trustedTypes: true },
    );
  });

  it('champion-signup.js checks the answers and sends once under a strict CSP, from one file', () => {
    const receiver = uniqueKey('receiver');
    return onBundlePage(
      'champion-signup',
      async (frame) => {
        await checkSignup(frame, receiver);
        const win = frame.contentWindow as ProbeWindow;
        expect(win.cspViolations).to.deep.equal([]);
        expect(win.consoleErrors).to.deep.equal([]);
        // No feed: no feed reader is fetched; the console's words (the report chunk) say the consent wording is the built-in placeholder.
        await waitUntil(() => win.consoleWarnings.some((line) => line.includes('uses the built-in consent wording')), 'the consent notice');
        const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        const chunks = fetched.filter((file) => file.includes('/chunks/')).map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
        expect(chunks).to.include('/mock/dist/chunks/signup-report');
        expect(chunks.filter((file) => /form-feed-reader|feed-report|validate/.test(file))).to.deep.equal([]);
      },
      FEED,
      { receiver },
    );
  });

  it('parent-champion-widgets.js fetches the sign-up because the page has one, and it sends once under a strict CSP', () => {
    const receiver = uniqueKey('receiver');
    return onBundlePage(
      'parent-champion-widgets',
      async (frame) => {
        await checkSignup(frame, receiver);
        const win = frame.contentWindow as ProbeWindow;
        expect(win.cspViolations).to.deep.equal([]);
        expect(win.consoleErrors).to.deep.equal([]);
      },
      FEED,
      { receiver },
    );
  });

  it('feedback-summary.js shows a service’s counts and "you said, we did" under a strict CSP, from one file', () =>
    onBundlePage(
      'feedback-summary',
      async (frame) => {
        await checkFeedbackSummary(frame);
        const fetched = (frame.contentWindow as ProbeWindow).performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        expect(fetched.filter((file) => file.includes('/chunks/'))).to.deep.equal([]);
      },
      'test/fixtures/feeds/feedback-summary.json',
    ));

  it('parent-champion-widgets.js fetches the feedback summary only because the page has one, and shows it under a strict CSP', async () => {
    const chunks = (frame: HTMLIFrameElement) => fetchedChunks(frame, 'feedback-summary');
    await onBundlePage(
      'parent-champion-widgets',
      async (frame) => {
        await checkFeedbackSummary(frame);
        expect(chunks(frame)).to.have.length(1);
      },
      'test/fixtures/feeds/feedback-summary.json',
      { widgets: 'feedback-summary' },
    );
    await onBundlePage('parent-champion-widgets', async (frame) => {
      await waitUntil(() => shadowOf(frame, 'pc-service-finder')?.querySelector('.card__open'), 'finder results');
      expect(chunks(frame), 'a page without one never fetches it').to.deep.equal([]);
    });
  });

  it('parent-champion-widgets.js fetches <pc-feed-status> only because the page has one, and it counts the feed', async () => {
    const chunks = (frame: HTMLIFrameElement) => fetchedChunks(frame, 'feed-status');
    await onBundlePage(
      'parent-champion-widgets',
      async (frame) => {
        await waitUntil(() => shadowOf(frame, 'pc-feed-status')?.querySelector('[part="counts"]'), 'feed summary');
        const counts = shadowOf(frame, 'pc-feed-status')!.querySelector('[part="counts"]')!.textContent!.replace(/\s+/g, ' ');
        expect(counts).to.contain('3 services').and.contain('0 events');
        expect(chunks(frame)).to.have.length(1);
        expect((frame.contentWindow as ProbeWindow).consoleErrors).to.deep.equal([]);
      },
      'test/fixtures/feeds/openreferral-three.json',
      { widgets: 'provider' },
    );
    await onBundlePage('parent-champion-widgets', async (frame) => {
      await waitUntil(() => shadowOf(frame, 'pc-service-finder')?.querySelector('.card__open'), 'finder results');
      expect(chunks(frame), 'a page without one never fetches it').to.deep.equal([]);
    });
  });

  it('a clean feed never downloads the words for feed problems', () =>
    onBundlePage(
      'service-finder',
      async (frame) => {
        await waitUntil(() => shadowOf(frame, 'pc-service-finder')?.querySelector('.card__open'), 'finder results');
        const win = frame.contentWindow as ProbeWindow;
        const fetched = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        // The chunks prefetched at idle (search, detail) arrive; the report's never does.
        await waitUntil(() => fetched().some((file) => file.includes('/chunks/search-index-')), 'search chunk prefetched');
        expect(fetched().filter((file) => /\/chunks\/(feed-report|format)-/.test(file))).to.deep.equal([]);
        expect(win.consoleWarnings).to.deep.equal([]);
        expect(win.consoleErrors).to.deep.equal([]);
      },
      'demo/sample-feed.json',
    ));

  // Issue 19: every bundle reads every format, through one registry shared by the page.
  it('provider.js: <pc-feed-status> counts the services of an Open Referral UK directory', () =>
    onBundlePage(
      'provider',
      async (frame) => {
        await waitUntil(() => shadowOf(frame, 'pc-feed-status')?.querySelector('[part="counts"]'), 'feed summary');
        const counts = shadowOf(frame, 'pc-feed-status')!.querySelector('[part="counts"]')!.textContent!.replace(/\s+/g, ' ');
        expect(counts).to.contain('3 services').and.contain('0 events');
        expect((frame.contentWindow as ProbeWindow).consoleErrors).to.deep.equal([]);
      },
      'test/fixtures/feeds/openreferral-three.json',
    ));

  it('event-calendar.js on its own, given an Open Referral UK directory, says there are no sessions (not a format error)', () =>
    onBundlePage(
      'event-calendar',
      async (frame) => {
        await waitUntil(() => shadowOf(frame, 'pc-event-calendar')?.querySelector('.state--empty, [role="alert"]'), 'calendar settled');
        const root = shadowOf(frame, 'pc-event-calendar')!;
        expect(root.querySelector('[role="alert"]')).to.equal(null);
        expect(root.querySelector('.state--empty')!.textContent).to.contain('No sessions');
        expect((frame.contentWindow as ProbeWindow).consoleErrors).to.deep.equal([]);
      },
      'test/fixtures/feeds/openreferral-three.json',
    ));

  it('provider.js and service-finder.js on one page page a live directory once: each page asked for once', async () => {
    // Pages after the first wait until both widgets are on the page and have asked for the feed.
    const directory = pagedDirectory('test/fixtures/feeds/openreferral-three.json', 1);
    await onBundlePage(
      'provider,service-finder',
      async (frame) => {
        await waitUntil(() => shadowOf(frame, 'pc-feed-status') && shadowOf(frame, 'pc-service-finder'), 'both widgets drawn');
        await waitUntil(async () => (await directory.pagesAsked())['2'], 'the second page asked for');
        await directory.releaseUntil(() => shadowOf(frame, 'pc-service-finder')?.textContent?.includes('3 services found'), 'the three pages merged in the finder');
        await waitUntil(() => shadowOf(frame, 'pc-feed-status')?.querySelector('[part="counts"]')?.textContent?.includes('3 services'), 'and counted');
        expect(await directory.pagesAsked(), 'each page once, however many bundles show the directory').to.deep.equal({ 1: 1, 2: 1, 3: 1 });
      },
      FEED,
      { widgets: 'provider,service-finder', feedUrl: directory.url },
    );
  });

  it('service-finder.js and event-calendar.js on one page convert a feed once: its problem is reported once', () =>
    onBundlePage('service-finder,event-calendar', async (frame) => {
      await checkFinder(frame);
      await checkCalendar(frame);
      const win = frame.contentWindow as ProbeWindow;
      expect(win.consoleErrors).to.deep.equal([]);
      // Both widgets read services[2] (the finder as a service, the calendar as a place): one conversion, one report.
      await waitUntil(() => win.consoleWarnings.some((line) => line.includes('services[2].name')), 'the feed report');
      // Give a second report (if any) the same chance to arrive: both widgets have rendered, and a
      // second conversion would word its report from the same chunk, already loaded.
      await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)));
      const reports = win.consoleWarnings.filter((line) => line.includes('services[2].name: must be text'));
      expect(reports, win.consoleWarnings.join('\n')).to.have.length(1);
    }));

  for (const bundle of ['service-finder', 'event-calendar', 'parent-champion-widgets']) {
    it(`${bundle}.js: a feed that is only \`null\` shows one message with Try again and logs once`, () =>
      onBundlePage(
        bundle,
        async (frame) => {
          const tags = bundle === 'parent-champion-widgets' ? ['pc-service-finder', 'pc-event-calendar'] : [`pc-${bundle}`];
          for (const tag of tags) {
            await waitUntil(() => shadowOf(frame, tag)?.querySelector('[role="alert"]'), `${tag} error`);
            const root = shadowOf(frame, tag)!;
            expect(root.querySelector('[role="alert"]')!.textContent).to.contain('The information is not in a format we can show.');
            expect(buttonNamed(root, 'Try again')).to.exist;
          }
          // Two frames later nothing more has been said: the widgets settled instead of looping.
          await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)));
          const win = frame.contentWindow as ProbeWindow;
          expect(win.consoleErrors, win.consoleErrors.join('\n')).to.have.length(1);
          expect(win.consoleErrors[0]).to.contain('its whole body is the JSON value null');
        },
        'test/fixtures/hostile/bare-null.json',
      ));
  }
});

/**
 * A site that uploaded only the main file of dist/ (a CMS that takes one file at a time): what needs
 * no chunk still works, each part that needs one says so in neutral words (never that the parent's
 * internet is down), and the console names each missing file and says to copy the whole dist/ folder.
 */
describe('built bundles (dist/) copied without their chunks/ folder', () => {
  const windowOf = (frame: HTMLIFrameElement) => frame.contentWindow as ProbeWindow;
  /** The console error naming a missing chunk whose name starts with `name`. */
  const missingFileSaid = (frame: HTMLIFrameElement, name: string) =>
    (windowOf(frame).consoleErrors ?? []).find((line) => line.includes(`/mock/partial-dist/chunks/${name}-`));

  function expectCopyAdvice(line: string | undefined): void {
    expect(line).to.match(/^\[parent-champion-widgets\] Could not load \S+\/chunks\/\S+\.js/);
    expect(line).to.contain('copy the whole dist/ folder');
  }

  function expectNoNetworkBlame(root: ShadowRoot): void {
    expect(root.textContent!.replace(/\s+/g, ' ')).not.to.match(/internet|connect/i);
  }

  it('service-finder.js: the results show; a typed search says this part is not working; the console names the search engine’s file', () =>
    onBundlePage(
      'service-finder',
      async (frame) => {
        await waitUntil(() => shadowOf(frame, 'pc-service-finder')?.querySelector('.card__open'), 'finder results');
        const root = shadowOf(frame, 'pc-service-finder')!;
        expect(cardNames(root)).to.have.members(['Little Acorns Stay and Play', 'Rhyme Time at the Library']);
        const search = byLabel(root, 'Search');
        search.value = 'rhyme';
        search.dispatchEvent(new Event('input', { bubbles: true }));
        await waitUntil(() => root.querySelector('.finder__main [role="alert"]'), 'search error');
        expect(root.querySelector('.finder__main [role="alert"]')!.textContent).to.contain('This part is not working at the moment.');
        expectNoNetworkBlame(root);
        await waitUntil(() => missingFileSaid(frame, 'search-index'), 'the console names the missing file');
        expectCopyAdvice(missingFileSaid(frame, 'search-index'));
      },
      FEED,
      { partial: true },
    ));

  it('event-calendar.js: a schema.org feed, whose reader is a chunk, says this part is not working; the console names the reader’s file', () =>
    onBundlePage(
      'event-calendar',
      async (frame) => {
        await waitUntil(() => shadowOf(frame, 'pc-event-calendar')?.querySelector('[role="alert"]'), 'calendar error');
        const root = shadowOf(frame, 'pc-event-calendar')!;
        expect(root.querySelector('[role="alert"]')!.textContent).to.contain('This part is not working at the moment.');
        expect(buttonNamed(root, 'Try again')).to.exist;
        expectNoNetworkBlame(root);
        expectCopyAdvice(missingFileSaid(frame, 'convert'));
        expect(windowOf(frame).consoleErrors.filter((line) => line.includes('/chunks/convert-')), 'said once').to.have.length(1);
      },
      'test/fixtures/calendar/jsonld-events.json',
      { partial: true },
    ));

  it('parent-champion-widgets.js on an Arabic page: the widgets show in English; the console names the Arabic strings’ file', () =>
    onBundlePage(
      'parent-champion-widgets',
      async (frame) => {
        await waitUntil(() => missingFileSaid(frame, 'ar'), 'the console names the missing Arabic strings');
        expectCopyAdvice(missingFileSaid(frame, 'ar'));
        await waitUntil(() => shadowOf(frame, 'pc-service-finder')?.querySelector('.card__open'), 'finder results');
        const root = shadowOf(frame, 'pc-service-finder')!;
        expect(root.querySelector('.root')!.getAttribute('lang')).to.equal('en-GB');
        expect(byLabel(root, 'Search')).to.exist;
        expectNoNetworkBlame(root);
      },
      FEED,
      { partial: true, lang: 'ar' },
    ));
});
