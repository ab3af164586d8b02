import { expect, fixture, oneEvent } from '@open-wc/testing';
import { getByRole, headingLevel, queryByRole } from '../support/roles.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/entries/service-finder.js';
import { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { PcSearchEvent, PcServiceSelectEvent, type SearchDetail } from '../../src/service-finder/events.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { FINDER_CHUNKS, type FinderChunks } from '../../src/service-finder/finder-chunks.js';
import { makeService, nativeFeed, weekly } from '../fixtures/index.js';
import { captureConsole, countLoads, failedImport, feedUrl, heldFeed, isolatingElement, missingChunk, requestCount, shadowText, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';

const FEED = 'test/fixtures/finder/finder.json';
const SAMPLE = 'demo/sample-feed.json';

/** A test's own chunk loaders: it may make one fail or wait, and put the real one back as it goes. */
type Chunks = { -readonly [K in keyof FinderChunks]: FinderChunks[K] };

/** A tag for a finder that loads its chunks with `chunks` (a subclass: nothing shipped is swapped). */
function finderWith(chunks: Chunks): string {
  const tag = `pc-test-finder-${uniqueKey().toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
  customElements.define(
    tag,
    class extends PcServiceFinder {
      protected static override readonly chunks: FinderChunks = chunks;
    },
  );
  return tag;
}

function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Service names of the visible result cards, in order. */
function names(el: Element): string[] {
  return $$(el, '.card__open').map((b) => b.textContent!.trim());
}

function countText(el: Element): string {
  return $(el, '#count')?.textContent?.trim() ?? '';
}

function liveText(el: Element): string {
  return (el.shadowRoot!.querySelector('.finder > [role="status"]')?.textContent ?? '').trim();
}

/**
 * A chunk whose file is missing from the site (only the main file of dist/ uploaded): the parent reads
 * a neutral message, never that their internet is down; the console names the file, once, and says to
 * copy the whole dist/ folder.
 */
function expectMissingFileSaid(alert: Element, errors: readonly string[], file: string): void {
  const said = alert.textContent!.replace(/\s+/g, ' ');
  expect(said).to.contain('This part is not working at the moment. Try again later.');
  expect(said).not.to.match(/internet|connect/i);
  const lines = errors.filter((line) => line.includes(file));
  expect(lines, `one console error naming ${file}`).to.have.length(1);
  expect(lines[0]).to.match(/^\[parent-champion-widgets\] Could not load \S+\/chunks\//).and.contain('copy the whole dist/ folder');
}

async function ready(el: Element): Promise<void> {
  await waitForShadow(el, '.results, .state--empty', 'results rendered');
  // Where the filters show, their body follows with the filter panel's chunk (a placeholder until then).
  await waitUntil(() => !$(el, '.filters__body > .skeleton'), 'filter panel drawn');
}

/**
 * The finder itself is the fixture root (no wrapper): open-wc then waits for Lit's update,
 * not for an animation frame, which a background test page in Firefox never gets.
 */
async function finder(src = feedUrl(FEED), attrs = '', tag = 'pc-service-finder'): Promise<PcServiceFinder> {
  const el = await fixture<PcServiceFinder>(`<${tag} src="${src}" ${attrs}></${tag}>`);
  await ready(el);
  return el;
}

/** The checkbox whose label starts with `label` inside the fieldset whose legend is `legend`. */
function checkbox(el: Element, legend: string, label: string): HTMLInputElement {
  const fieldset = $$(el, 'fieldset').find((f) => f.querySelector('legend')!.textContent!.trim() === legend);
  expect(fieldset, `fieldset ${legend}`).to.exist;
  const match = [...fieldset!.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label));
  expect(match, `${legend}: ${label}`).to.exist;
  return fieldset!.querySelector<HTMLInputElement>(`#${match!.htmlFor}`)!;
}

function optionLabels(el: Element, legend: string): string[] {
  const fieldset = $$(el, 'fieldset').find((f) => f.querySelector('legend')!.textContent!.trim() === legend);
  return [...(fieldset?.querySelectorAll('label') ?? [])].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
}

async function typeQuery(el: PcServiceFinder, text: string): Promise<void> {
  $(el, '#q')!.focus();
  await sendKeys({ type: text });
}

/**
 * Types `text` a key at a time, every key in one task: as a parent typing quickly, however slowly
 * a busy test machine delivers keys (sendKeys' keys can arrive more than the typing delay apart).
 */
function typeInOneGo(el: PcServiceFinder, text: string): void {
  const input = $(el, '#q') as HTMLInputElement;
  input.focus();
  for (const key of text) {
    input.value += key;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: key, inputType: 'insertText' }));
  }
}

/** One turn of the event loop: lets what is queued run. No clock is raced. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Resolves after the size observers watching `el` have had their turn and the finder has drawn
 * what they decided: an observer made now is told in the same rendering step as those made before it,
 * and after them.
 */
async function afterResizeObservers(el: PcServiceFinder): Promise<void> {
  await new Promise<void>((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
  await el.updateComplete;
}

async function untilNames(el: Element, check: (list: string[]) => boolean, message: string): Promise<void> {
  await waitUntil(() => check(names(el)), message);
}

describe('<pc-service-finder>', function () {
  // Interaction tests with axe checks; a background test page in Firefox runs timers slowly.
  this.timeout(30_000);
  const originalUrl = location.href;
  afterEach(() => {
    resetDocumentCache({ storage: true });
    history.replaceState(null, '', originalUrl);
  });

  describe('results', () => {
    it('renders a card per service in name order, with everything a parent reads at a glance', async () => {
      const el = await finder(feedUrl(FEED), 'heading-level="3"');
      expect(countText(el)).to.equal('8 services found');
      expect(names(el)).to.deep.equal([
        'Baby swimming',
        'Breastfeeding café',
        "Dads' group",
        'Hillside Food Bank',
        'Little Acorns Nursery',
        'Portage home visiting',
        'Speech and language clinic',
        'Stay and Play at Hillside',
      ]);
      const list = $(el, 'ul.results')!;
      expect(list.getAttribute('part')).to.equal('results');
      expect(list.children).to.have.length(8);
      const card = [...list.children].find((li) => li.textContent!.includes('Stay and Play at Hillside')) as HTMLElement;
      expect(card.tagName).to.equal('LI');
      expect(card.querySelector('h3 > button.card__open')).to.exist;
      const text = card.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Run by Hillside Family Hub');
      expect(text).to.contain('Play and learning');
      expect(text).to.contain('0 to 4 years');
      expect(text).to.contain('Free');
      expect(text).to.contain('Wednesdays 10:00–12:00');
      expect(text).to.contain('1 Hill Road, Northbridge, NB1 4AA');
      const links = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:01632960001', 'mailto:hillside@example.org', 'https://example.org/hillside']);

      const all = shadowText(el);
      expect(all).to.contain('Under 1'); // Breastfeeding café, 0–11 months
      expect(all).to.contain('6 months to 4 years'); // Little Acorns
      expect(all).to.contain('3 to 23 months'); // Baby swimming
      expect(all).to.contain('£45 a day');
      expect(all).to.contain('There is a charge'); // Baby swimming, no details
      expect(all).to.contain('1st Saturday of the month 10:00–12:00');
      expect(all).to.contain('Monday to Friday 08:00–18:00');
      await expect(el).to.be.accessible();
    });

    // Loading, errors and "Try again", the saved copy, heading levels, Arabic and a missing src:
    // the shared suite, test/service-finder/feed-widget-suite.test.ts.

    it('pages results with page-size and "Show more results", moving focus to the first new card', async () => {
      const el = await finder(feedUrl(SAMPLE), 'page-size="5"');
      expect(names(el)).to.have.length(5);
      expect(shadowText(el)).to.contain('Showing 5 of 50');
      $(el, '[part="show-more"]')!.click();
      await untilNames(el, (list) => list.length === 10, 'ten cards');
      expect(shadowText(el)).to.contain('Showing 10 of 50');
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '.card__open')[5]);
      await expect(el).to.be.accessible();
    });

    it('limits the finder to the categories attribute', async () => {
      const el = await finder(feedUrl(FEED), 'categories="play, money"');
      expect(names(el)).to.deep.equal(['Baby swimming', "Dads' group", 'Hillside Food Bank', 'Stay and Play at Hillside']);
      expect(optionLabels(el, 'Type of service')).to.deep.equal(['Play and learning (3)', 'Money help (1)']);
    });

    it('says so kindly when nothing matches, and offers to take the filters away one by one', async () => {
      const el = await finder();
      checkbox(el, 'Day', 'Sunday').click(); // Baby swimming only
      await untilNames(el, (list) => list.length === 1, 'one result');
      await typeQuery(el, 'breastfeeding');
      await waitForShadow(el, '[part="empty"] .routes');
      expect(countText(el)).to.equal('No services found');
      const empty = $(el, '[part="empty"]')!;
      expect(empty.textContent).to.contain('No services match your search');
      const ways = [...empty.querySelectorAll('.routes li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(ways).to.deep.equal(['Remove filter: Sunday (1 service)']);
      await expect(el).to.be.accessible();
      const clear = [...empty.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Remove filter: Sunday')!;
      clear.click();
      await untilNames(el, (list) => list.includes('Breastfeeding café'), 'filters cleared');
      expect($$(el, '.chip')).to.have.length(0);
      expect($$(el, 'input[type="checkbox"]').filter((box) => (box as HTMLInputElement).checked)).to.have.length(0);
    });
  });

  describe('searching', () => {
    it('finds through typos as the parent types, fires one pc-search, and announces once typing pauses', async () => {
      const el = await finder();
      const events: SearchDetail[] = [];
      el.addEventListener('pc-search', (e) => {
        expect(e).to.be.instanceOf(PcSearchEvent);
        events.push(e.detail);
      });
      typeInOneGo(el, 'nursary');
      await untilNames(el, (list) => list.length === 1, 'one result');
      expect(names(el)).to.deep.equal(['Little Acorns Nursery']);
      expect(countText(el)).to.equal('1 service found');
      // Not announced on every keystroke: the live region waits for a pause.
      expect(liveText(el)).to.equal('');
      await waitUntil(() => liveText(el) === '1 service found', 'announced after the pause');
      const typed = events.filter((d) => d.query !== '');
      expect(typed).to.have.length(1);
      expect(typed[0]).to.deep.include({ query: 'nursary', total: 1 });
      expect(typed[0].filters.freeOnly).to.equal(false);
    });

    it('updates the results on every keystroke, with no timer in between', async () => {
      const el = await finder();
      // First let the search engine arrive (it is fetched when idle after the first results).
      typeInOneGo(el, 'food');
      await untilNames(el, (list) => list.length === 1 && list[0] === 'Hillside Food Bank', 'the engine searched');
      const input = $(el, '#q') as HTMLInputElement;
      input.value = '';
      typeInOneGo(el, 'nursary');
      // Only Lit's update, in microtasks: no clock can have run, so a typing delay would show the old list.
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Little Acorns Nursery']);
    });

    it('understands family-service synonyms and misspellings of long words', async () => {
      const el = await finder();
      await typeQuery(el, 'baby group');
      await untilNames(el, (list) => list[0] === 'Stay and Play at Hillside', 'stay and play for "baby group"');
      const input = $(el, '#q') as HTMLInputElement;
      input.select();
      await sendKeys({ press: 'Backspace' });
      await typeQuery(el, 'brestfeeding');
      await untilNames(el, (list) => list[0] === 'Breastfeeding café', 'typo found');
    });

    it('searches on Enter without reloading the page, and says the count', async () => {
      const el = await finder();
      await typeQuery(el, 'portage');
      await sendKeys({ press: 'Enter' });
      await untilNames(el, (list) => list.length === 1 && list[0] === 'Portage home visiting', 'submitted');
      await waitUntil(() => liveText(el) === '1 service found', 'announced');
      expect(location.href).to.equal(originalUrl); // no navigation, and no URL sync unless asked
    });
  });

  describe('filters', () => {
    const cases: [string, string, number, string[]][] = [
      ['Type of service', 'Health', 2, ['Breastfeeding café', 'Speech and language clinic']],
      ["Child's age", 'Under 1', 6, []],
      ["Child's age", '5 years and over', 1, ['Hillside Food Bank']],
      ['Cost', 'Free only', 6, []],
      ['Day', 'Monday', 2, ['Breastfeeding café', 'Little Acorns Nursery']],
      ['Languages spoken', 'Urdu', 1, ['Breastfeeding café']],
      ['Languages spoken', 'Romanian', 1, ["Dads' group"]],
      ['Accessibility and SEND', 'Step-free access', 3, ['Breastfeeding café', 'Speech and language clinic', 'Stay and Play at Hillside']],
      ['Area', 'Southmead', 4, []],
      ['How to go', 'Booking needed', 2, ['Baby swimming', 'Little Acorns Nursery']],
    ];
    for (const [legend, label, count, expected] of cases) {
      it(`${legend}: ${label} shows its count and filters the results`, async () => {
        const el = await finder();
        const box = checkbox(el, legend, label);
        expect(box.labels![0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${label} (${count})`);
        box.click();
        await untilNames(el, (list) => list.length === count, `${count} results`);
        if (expected.length) expect(names(el)).to.deep.equal(expected);
        expect(countText(el)).to.equal(`${count} ${count === 1 ? 'service' : 'services'} found`);
        expect(checkbox(el, legend, label).checked).to.equal(true);
      });
    }

    it('counts options in one filter as alternatives, and announces the new count', async () => {
      const el = await finder();
      checkbox(el, 'Day', 'Monday').click();
      await untilNames(el, (list) => list.length === 2, 'Monday');
      // Ticking Monday does not change what Tuesday would add.
      expect(optionLabels(el, 'Day')).to.include('Tuesday (1)');
      expect(optionLabels(el, 'Day')).to.include('Sunday (1)');
      // Other filters count within the current results.
      expect(optionLabels(el, 'Area')).to.deep.equal(['Northfield (1)', 'Southmead (1)']);
      checkbox(el, 'Day', 'Sunday').click();
      await untilNames(el, (list) => list.length === 3, 'Monday or Sunday');
      await waitUntil(() => liveText(el) === '3 services found', 'announced');
    });

    it('summarises selected filters, removes one, and clears all', async () => {
      const el = await finder();
      checkbox(el, 'Cost', 'Free only').click();
      await untilNames(el, (list) => list.length === 6, 'free');
      checkbox(el, 'Area', 'Northfield').click();
      await untilNames(el, (list) => list.length === 2, 'free in Northfield');
      expect(names(el)).to.deep.equal(['Hillside Food Bank', 'Stay and Play at Hillside']);
      const chips = $$(el, '.chip');
      expect(chips.map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Remove filter: Free only Free only ×',
        'Remove filter: Northfield Northfield ×',
      ]);
      expect(shadowText(el)).to.contain('2 filters selected');
      chips[1].click();
      await untilNames(el, (list) => list.length === 6, 'area removed');
      expect(el.shadowRoot!.activeElement?.id).to.equal('count');
      $(el, '[part="clear-filters"]')!.click();
      await untilNames(el, (list) => list.length === 8, 'all cleared');
      expect($$(el, '.chip')).to.have.length(0);
      expect(el.shadowRoot!.activeElement?.id, 'focus on the count, which says how many').to.equal('count');
    });

    it('opens as a full-height sheet on a phone, and "Show N results" takes the parent to them', async () => {
      const el = await finder(feedUrl(FEED), 'style="width: 320px"');
      const toggle = $(el, '.filters__toggle')!;
      expect(getComputedStyle(toggle).display).not.to.equal('none');
      expect(getComputedStyle($(el, '#filter-body')!).display).to.equal('none');
      expect(toggle.getAttribute('aria-haspopup')).to.equal('dialog');
      // Closed, its checkboxes are not drawn at all (nobody can see them), whatever is typed.
      await waitUntil(() => !$(el, '#filter-body fieldset'), 'closed panel left empty');
      await typeQuery(el, 'hillside');
      await untilNames(el, (list) => list.length < 8, 'searched');
      expect($(el, '#filter-body fieldset')).to.equal(null);
      toggle.click();
      const sheet = (await waitForShadow(el, 'dialog.sheet[open]', 'sheet open')) as HTMLDialogElement;
      await waitUntil(() => sheet.querySelectorAll('fieldset').length > 3, 'panel drawn');
      // Modal and full height, whatever the host page's layout.
      expect(sheet.matches(':modal')).to.be.true;
      expect(sheet.getBoundingClientRect().height).to.be.closeTo(window.innerHeight, 2);
      expect(sheet.contains(el.shadowRoot!.activeElement)).to.be.true;
      await expect(el).to.be.accessible();
      const show = sheet.querySelector<HTMLButtonElement>('[part="show-results"]')!;
      const before = names(el).length;
      expect(show.textContent!.trim()).to.equal(`Show ${before} results`);
      checkbox(el, 'Day', 'Wednesday').click();
      // A ticked box keeps the parent in the sheet; its button says what they will see.
      await waitUntil(() => show.textContent!.trim() !== `Show ${before} results`, 'count updated');
      expect(sheet.open).to.be.true;
      expect(show.textContent!.trim()).to.match(/^Show \d+ results?$/);
      const promised = Number(show.textContent!.match(/\d+/)![0]);
      show.click();
      await waitUntil(() => !$(el, 'dialog.sheet'), 'sheet closed');
      expect(el.shadowRoot!.activeElement?.id).to.equal('count');
      expect(names(el)).to.have.length(promised);
      expect($(el, '.filters__badge')?.textContent).to.equal('(1)');
      await expect(el).to.be.accessible();
    });

    it('keeps focus in the sheet when "Clear filters" is pressed there, on "Show N results"', async () => {
      const el = await finder(feedUrl(FEED), 'style="width: 320px"');
      $(el, '.filters__toggle')!.click();
      const sheet = (await waitForShadow(el, 'dialog.sheet[open]', 'sheet open')) as HTMLDialogElement;
      await waitUntil(() => sheet.querySelectorAll('fieldset').length > 3, 'panel drawn');
      checkbox(el, 'Day', 'Wednesday').click();
      const clear = (await waitForShadow(el, 'dialog.sheet [part="clear-filters"]', 'Clear filters')) as HTMLElement;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      const show = sheet.querySelector<HTMLButtonElement>('[part="show-results"]')!;
      await waitUntil(() => show.textContent!.trim() === 'Show 8 results', 'all shown again');
      // The button goes once nothing is ticked; the count behind the modal sheet cannot take focus.
      await waitUntil(() => el.shadowRoot!.activeElement === show, 'focus on "Show 8 results"');
      expect(sheet.open).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('closes the sheet with Escape and returns focus to the Filters button', async () => {
      const el = await finder(feedUrl(FEED), 'style="width: 320px"');
      $(el, '.filters__toggle')!.click();
      const sheet = (await waitForShadow(el, 'dialog.sheet[open]', 'sheet open')) as HTMLDialogElement;
      await waitUntil(() => sheet.querySelector('fieldset'), 'panel drawn');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !$(el, 'dialog.sheet'), 'sheet closed');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.filters__toggle'));
    });

    it('draws the panel again when a narrow finder becomes wide', async () => {
      const el = await finder(feedUrl(FEED), 'style="width: 320px"');
      await waitUntil(() => !$(el, '#filter-body')!.querySelector('fieldset'), 'narrow: closed panel empty');
      el.style.width = '1100px';
      await waitUntil(() => $(el, '#filter-body')!.querySelectorAll('fieldset').length > 3, 'wide: panel drawn');
      expect(getComputedStyle($(el, '.filters__toggle')!).display).to.equal('none');
    });

    it('shows the panel beside the results on wide screens', async () => {
      const el = await finder(feedUrl(FEED), 'style="width: 1100px"');
      expect(getComputedStyle($(el, '.filters__toggle')!).display).to.equal('none');
      // Give the size observer its turn: a wide panel must stay drawn.
      await afterResizeObservers(el);
      expect($(el, '#filter-body')!.querySelectorAll('fieldset').length).to.be.above(3);
      const panel = $(el, '[part="filter-panel"]')!.getBoundingClientRect();
      const results = $(el, '[part="results"]')!.getBoundingClientRect();
      expect(panel.right).to.be.at.most(results.left);
      // A screen reader's heading list reaches the filters, at the level of the results' own headings.
      expect(headingLevel(getByRole(el, 'heading', 'Filters'))).to.equal(2);
    });

    it('titles the panel at the level the page gives the finder’s headings', async () => {
      const el = await finder(feedUrl(FEED), 'style="width: 1100px" heading-level="3"');
      await waitUntil(() => queryByRole(el, 'heading', 'Filters'), 'the panel drawn');
      expect(headingLevel(getByRole(el, 'heading', 'Filters'))).to.equal(3);
    });
  });

  describe('print', () => {
    // Print media is emulated through CDP, which only Chromium has here.
    const chromium = /Chrome\//.test(navigator.userAgent);

    it('draws every result card when printed, not only those near the screen', async function () {
      if (!chromium) this.skip();
      const el = await finder();
      const card = $$(el, '[part~="result-card"]').at(-1)!;
      expect(getComputedStyle(card).contentVisibility).to.equal('auto');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(card).contentVisibility).to.equal('visible');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('skip link', () => {
    it('lets a keyboard user go past the open filter panel to the results', async () => {
      const el = await finder(feedUrl(FEED), 'style="width: 1100px"');
      await waitUntil(() => $(el, '#filter-body')!.querySelectorAll('fieldset').length > 3, 'wide: panel drawn');
      const skip = $$(el, 'a').find((a) => a.textContent!.trim() === 'Skip to results')!;
      expect(skip, 'a link named "Skip to results"').to.exist;
      expect(skip.getBoundingClientRect().width).to.be.at.most(1);
      // It is the next stop after the search form, and shows itself when reached.
      const formStops = $$(el, '.search button, .search input');
      formStops[formStops.length - 1].focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(skip);
      expect(skip.getBoundingClientRect().width).to.be.above(50);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#count'));
      expect(location.hash).to.equal('');
      // The next Tab goes on from the results, past every filter.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.closest('[part~="filter-panel"]')).to.equal(null);
    });

    it('is not there when the filters are a closed disclosure', async () => {
      const el = await finder(feedUrl(FEED), 'style="width: 320px"');
      // The panel's width is measured after the first render.
      await waitUntil(() => !$(el, '#filter-body')!.querySelector('fieldset'), 'narrow: closed panel empty');
      await waitUntil(() => !$$(el, 'a').some((a) => a.textContent!.trim() === 'Skip to results'), 'no skip link');
      expect($$(el, '.search button, .search input, .filters__toggle').length).to.be.above(2);
    });
  });

  describe('detail view', () => {
    it('opens from the keyboard with everything, and Escape returns focus to the card', async () => {
      const el = await finder();
      const opener = $$(el, '.card__open').find((b) => b.textContent!.includes('Stay and Play'))!;
      opener.focus();
      const selected = oneEvent(el, 'pc-service-select');
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event).to.be.instanceOf(PcServiceSelectEvent);
      expect(event.detail.service.id).to.equal('stay-play');
      expect(event.bubbles && event.composed).to.equal(true);
      const dialog = (await waitForShadow(el, 'dialog[open]')) as HTMLDialogElement;
      expect(dialog.getAttribute('part')).to.equal('detail');
      // Its styles came with its chunk.
      expect(getComputedStyle(dialog).display).to.equal('grid');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'detail-title', 'focus in the dialog');
      const text = dialog.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Songs, messy play and snacks');
      expect(text).to.contain('English');
      expect(text).to.contain('Polish');
      expect(text).to.contain('Step-free access');
      expect(text).to.contain('Drop in, no need to book');
      expect(text).to.contain('Northfield');
      expect(text).to.match(/Checked (\d+ (days|weeks|months|years) ago|last (week|month|year)|yesterday)/);
      const directions = [...dialog.querySelectorAll('a')].find((a) => a.textContent === 'Get directions')!;
      expect(directions.getAttribute('href')).to.equal(
        'https://www.google.com/maps/dir/?api=1&destination=53.0231%2C-1.3052',
      );
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !$(el, 'dialog'), 'dialog closed');
      await waitUntil(() => el.shadowRoot!.activeElement === $$(el, '.card__open').find((b) => b.textContent!.includes('Stay and Play')), 'focus back on the card');
    });

    it('closes with the Close button', async () => {
      const el = await finder();
      $$(el, '.card__open')[0].click();
      await waitForShadow(el, 'dialog[open]');
      $(el, '[part="detail-close"]')!.click();
      await waitUntil(() => !$(el, 'dialog'), 'dialog closed');
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '.card__open')[0]);
    });

    it('lets the page handle pc-service-select itself', async () => {
      const el = await finder();
      const prevent = (e: Event) => e.preventDefault();
      el.addEventListener('pc-service-select', prevent);
      $$(el, '.card__open')[0].click();
      // Let the detail view's chunk arrive, had it been asked for (it resolves for the finder first).
      await FINDER_CHUNKS.detail();
      await nextTask();
      await el.updateComplete;
      expect($(el, 'dialog')).to.equal(null);
      el.removeEventListener('pc-service-select', prevent);
      $$(el, '.card__open')[0].click();
      await waitForShadow(el, 'dialog[open]');
    });
  });

  describe('loading in parts', () => {
    const real = FINDER_CHUNKS;
    let chunks: Chunks;
    beforeEach(() => (chunks = { ...real }));

    it('never fetches the Open Referral UK reader for a native feed', async () => {
      const el = await finder();
      expect(names(el)).to.have.length(8);
      // The search engine is fetched when the page is idle, after the feed was read and shown.
      const fetchedNow = () => performance.getEntriesByType('resource').map((entry) => entry.name);
      await waitUntil(() => fetchedNow().some((url) => url.includes('/src/service-finder/search-index')), 'the resource list is read');
      const fetched = fetchedNow();
      // Only the adapter's stand-in (formats/openreferral/adapter.ts) ships with the widget.
      expect(fetched.filter((url) => /\/openreferral\/(?!adapter\.)/.test(url))).to.deep.equal([]);
      expect(fetched.some((url) => url.includes('/openreferral/adapter.')), 'the stand-in is seen').to.equal(true);
    });

    it('fetches the search engine while the parent reads the first results, before any typing', async () => {
      const engine = countLoads(chunks, 'searchEngine');
      const el = await finder(feedUrl(FEED), '', finderWith(chunks));
      expect(names(el)).to.have.length(8);
      await waitUntil(() => engine.count === 1, 'engine prefetched when idle');
      await typeQuery(el, 'nursary');
      await untilNames(el, (list) => list.length === 1, 'search ran');
      expect(engine.count).to.equal(1);
    });

    it('builds a big directory\'s index in slices while idle, and a search typed then finds the right service', async () => {
      const feed = {
        version: '1.0',
        programme: { name: 'Big borough' },
        services: Array.from({ length: 1200 }, (_, i) => ({ id: `s${i}`, name: `Toddler group ${String(i).padStart(4, '0')}` })).concat([
          { id: 'bf', name: 'Breastfeeding café' },
        ]),
      };
      const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      const options: { inSlices?: boolean }[] = [];
      chunks.searchEngine = async () => {
        const engine = await real.searchEngine();
        class Recording extends engine.ServiceIndex {
          constructor(...args: ConstructorParameters<typeof engine.ServiceIndex>) {
            super(...args);
            options.push(args[1] ?? {});
          }
        }
        return { ...engine, ServiceIndex: Recording };
      };
      const el = await finder(src, '', finderWith(chunks));
      await waitUntil(() => options.length === 1, 'index built while idle');
      expect(options[0].inSlices).to.equal(true);
      await typeQuery(el, 'brestfeeding');
      await untilNames(el, (list) => list.length === 1, 'search ran');
      expect(names(el)).to.deep.equal(['Breastfeeding café']);
      expect(options).to.have.length(1);
      URL.revokeObjectURL(src);
    });

    it('says so when the search engine cannot load (its file not copied), accessibly, and Try again recovers', () =>
      captureConsole('error', async (errors) => {
        const missing = missingChunk('search-index');
        chunks.searchEngine = missing.load;
        const el = await finder(feedUrl(FEED), '', finderWith(chunks));
        expect(names(el)).to.have.length(8);
        await typeQuery(el, 'nursary');
        const alert = await waitForShadow(el, '.finder__main [role="alert"]', 'engine error');
        expectMissingFileSaid(alert, errors, missing.file);
        await expect(el).to.be.accessible();
        chunks.searchEngine = real.searchEngine;
        // The button on screen now (the alert may have been drawn again since it was found), pressed from the keyboard.
        (el.shadowRoot!.querySelector('.finder__main [role="alert"] [part="retry-button"]') as HTMLButtonElement).focus();
        await sendKeys({ press: 'Enter' });
        await untilNames(el, (list) => list.length === 1 && list[0] === 'Little Acorns Nursery', 'search after retry');
        expect($(el, '.finder__main [role="alert"]')).to.equal(null);
        // The button made way for the results: focus went with it to their count, not to the page's body.
        expect(el.shadowRoot!.activeElement?.id, 'focus on the count of results').to.equal('count');
      }));

    it('keeps a Try again pressed while the late idle prefetch is still loading, and searches when that prefetch fails', () =>
      captureConsole('error', async () => {
      // The browser's idle moments come when the test says, so the prefetch starts after the error.
      const idle: (() => void)[] = [];
      const realIdle = window.requestIdleCallback;
      window.requestIdleCallback = (task) => (idle.push(() => task({ didTimeout: false, timeRemaining: () => 50 })), 0);
      try {
        const attempts: { reject: (error: Error) => void; resolve: () => void }[] = [];
        chunks.searchEngine = () =>
          new Promise((resolve, reject) => {
            attempts.push({ reject, resolve: () => void real.searchEngine().then(resolve) });
          });
        const el = await finder(feedUrl(FEED), '', finderWith(chunks));
        expect(names(el)).to.have.length(8);
        await typeQuery(el, 'nursary');
        await waitUntil(() => attempts.length === 1, 'the search asked for the engine');
        attempts[0].reject(new TypeError('Failed to fetch dynamically imported module'));
        await waitForShadow(el, '.finder__main [role="alert"]', 'engine error');
        // The idle prefetch starts now, and is still loading when the parent presses Try again.
        await waitUntil(() => idle.length > 0, 'the prefetch waits for an idle moment');
        for (const task of idle.splice(0)) task();
        await waitUntil(() => attempts.length === 2, 'the prefetch asked for the engine');
        (el.shadowRoot!.querySelector('.finder__main [role="alert"] [part="retry-button"]') as HTMLButtonElement).click();
        await el.updateComplete;
        // The press is answered at once: the error goes while the engine is still on its way.
        expect($(el, '.finder__main [role="alert"]')).to.equal(null);
        // The prefetch fails (the connection it started on had gone): the press asks again itself.
        attempts[1].reject(new TypeError('Failed to fetch dynamically imported module'));
        await waitUntil(() => attempts.length === 3, 'Try again asked for the engine again');
        attempts[2].resolve();
        await untilNames(el, (list) => list.length === 1 && list[0] === 'Little Acorns Nursery', 'search after retry');
        expect($(el, '.finder__main [role="alert"]')).to.equal(null);
      } finally {
        window.requestIdleCallback = realIdle;
      }
      }));

    it('loads its chunks with its own class’s loaders: one finder that cannot load the engine says so, another on the page still searches', async () => {
      chunks.searchEngine = failedImport;
      const offline = await finder(feedUrl(FEED), '', finderWith(chunks));
      const online = await finder();
      await typeQuery(offline, 'nursary');
      const alert = await waitForShadow(offline, '.finder__main [role="alert"]', 'engine error');
      expect(alert.textContent).to.contain('This part is not working');
      await typeQuery(online, 'nursary');
      await untilNames(online, (list) => list.length === 1 && list[0] === 'Little Acorns Nursery', 'the other finder searched');
      expect($(online, '.finder__main [role="alert"]')).to.equal(null);
    });

    it('shows the results before the filter panel arrives, then draws it beside them', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      chunks.filterPanel = () => gate.then(real.filterPanel);
      const panels = countLoads(chunks, 'filterPanel');
      const tag = finderWith(chunks);
      const el = await fixture<PcServiceFinder>(`<${tag} src="${feedUrl(FEED)}" style="width: 1100px"></${tag}>`);
      await waitForShadow(el, '.results', 'results rendered');
      expect(names(el)).to.have.length(8);
      expect(countText(el)).to.equal('8 services found');
      // A wide finder asked for its panel as it connected, beside the feed: once.
      expect(panels.count).to.equal(1);
      const body = $(el, '#filter-body')!;
      expect(body.querySelector('.skeleton'), 'a placeholder holds the panel’s place').to.exist;
      expect(body.querySelector('fieldset')).to.equal(null);
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => body.querySelectorAll('fieldset').length > 3, 'panel drawn');
      expect(body.querySelector('.skeleton')).to.equal(null);
      expect(optionLabels(el, 'Cost'), '6 of the 8 are free').to.deep.equal(['Free only (6)']);
      expect(panels.count).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('fetches a narrow finder’s panels only once the first results are in', async () => {
      const panels = countLoads(chunks, 'filterPanel');
      const detail = countLoads(chunks, 'detail');
      const tag = finderWith(chunks);
      // The feed is held: the finder is loading for as long as the test looks.
      const feed = heldFeed({ file: FEED });
      const el = await fixture<PcServiceFinder>(`<${tag} src="${feed.url}" style="width: 320px"></${tag}>`);
      await waitForShadow(el, '[part="loading"]', 'loading');
      await waitUntil(async () => (await requestCount(feed.key)) >= 1, 'the feed was asked for');
      await new Promise((resolve) => requestIdleCallback(resolve)); // an idle moment while it loads
      expect(panels.count + detail.count, 'nothing asked for while the feed loads').to.equal(0);
      await feed.releaseUntil(() => el.shadowRoot!.querySelector('.results'), 'results');
      await ready(el);
      await waitUntil(() => panels.count === 1 && detail.count === 1, 'the filter panel and the detail view prefetched when idle');
    });

    it('brings each panel in a chunk of its own, with its own styles: opening a service fetches only the detail view', async () => {
      // Both idle prefetches fail; opening a service then fetches the detail view alone.
      chunks.filterPanel = failedImport;
      chunks.detail = failedImport;
      const filterTries = countLoads(chunks, 'filterPanel');
      const detailTries = countLoads(chunks, 'detail');
      const tag = finderWith(chunks);
      const el = await fixture<PcServiceFinder>(`<${tag} src="${feedUrl(FEED)}" style="width: 320px"></${tag}>`);
      await ready(el);
      await waitUntil(() => filterTries.count === 1 && detailTries.count === 1, 'idle prefetches tried');
      chunks.detail = real.detail;
      $$(el, '.card__open')[0].click();
      const dialog = await waitForShadow(el, 'dialog[open]', 'detail open');
      expect(getComputedStyle(dialog).display, 'the detail view’s own stylesheet applies').to.equal('grid');
      expect(filterTries.count, 'the filter panel was not asked for again').to.equal(1);
      await expect(el).to.be.accessible();
      (dialog as HTMLDialogElement).close();
      await waitUntil(() => !$(el, 'dialog'), 'detail closed');
      chunks.filterPanel = real.filterPanel;
      $(el, '.filters__toggle')!.click();
      await waitUntil(() => $(el, '#filter-body .check'), 'panel drawn');
      expect(getComputedStyle($(el, '#filter-body .check')!).display, 'the panel’s own stylesheet applies').to.equal('flex');
    });

    it('says so when the filter panel cannot load (its file not copied), and Try again draws it', () =>
      captureConsole('error', async (errors) => {
        const missing = missingChunk('finder-filter-panel');
        chunks.filterPanel = missing.load;
        const tag = finderWith(chunks);
        const el = await fixture<PcServiceFinder>(`<${tag} src="${feedUrl(FEED)}" style="width: 1100px"></${tag}>`);
        const alert = await waitForShadow(el, '#filter-body [role="alert"]', 'panel error');
        expectMissingFileSaid(alert, errors, missing.file);
        expect(names(el), 'the results still show').to.have.length(8);
        await expect(el).to.be.accessible();
        // A resize during the checks above may have asked for the missing file again: "Try again" would
        // then join that try (and fail with it), not start one with the file back. Wait until none is
        // under way; from the same moment on, every try finds the file.
        await waitUntil(() => missing.underWay === 0, 'no try of the missing file under way');
        chunks.filterPanel = real.filterPanel;
        const retry = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#filter-body button')].find((b) => b.textContent!.trim() === 'Try again');
        await waitUntil(retry, 'Try again shown');
        retry()!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => $(el, '#filter-body')!.querySelectorAll('fieldset').length > 3, 'panel drawn after Try again');
        expect($(el, '#filter-body [role="alert"]')).to.equal(null);
        // The button made way for the panel: focus waits on the panel's box (Tab goes on into it), not on the page's body.
        expect(el.shadowRoot!.activeElement?.id, 'focus on the filter panel').to.equal('filter-body');
        await expect(el).to.be.accessible();
      }));

    it('asks again for a filter panel that could not load when its width changes, not each time its height does', () =>
      captureConsole('error', async () => {
        const missing = missingChunk('finder-filter-panel');
        chunks.filterPanel = missing.load;
        const tag = finderWith(chunks);
        const el = await fixture<PcServiceFinder>(`<${tag} src="${feedUrl(FEED)}" style="width: 1100px"></${tag}>`);
        await waitForShadow(el, '#filter-body [role="alert"]', 'panel error');
        await waitUntil(() => missing.underWay === 0, 'no try under way');
        // An observer of the test's own, made after the finder's: each of its callbacks comes after the
        // finder's for the same change (observers are told in the order they were made). The test waits
        // for the sizes it set, not for a count of callbacks: the finder may resize itself in between.
        let observed: DOMRectReadOnly | undefined;
        const observer = new ResizeObserver((entries) => (observed = entries.at(-1)!.contentRect));
        observer.observe(el);
        await waitUntil(() => observed?.width === 1100, 'the first observation');
        const before = missing.tries;
        // Taller and shorter, as a search or "Show more results" makes it: the same width.
        el.style.height = '2000px';
        await waitUntil(() => observed!.height === 2000, 'the taller finder observed');
        el.style.height = '';
        await waitUntil(() => observed!.height !== 2000, 'the shorter finder observed');
        expect(observed!.width, 'the same width throughout').to.equal(1100);
        expect(missing.tries, 'no new try for a change of height').to.equal(before);
        // A new width (a phone turned, a sidebar opened) is a new need: the file is asked for again.
        el.style.width = '1200px';
        await waitUntil(() => observed!.width === 1200, 'the wider finder observed');
        expect(missing.tries).to.equal(before + 1);
        observer.disconnect();
        await waitUntil(() => missing.underWay === 0, 'the last try over');
      }));

    it('says so when the detail view cannot load (its file not copied), and opens it on the next try', () =>
      captureConsole('error', async (errors) => {
        const missing = missingChunk('finder-detail');
        chunks.detail = missing.load;
        const el = await finder(feedUrl(FEED), '', finderWith(chunks));
        $$(el, '.card__open')[0].click();
        const alert = await waitForShadow(el, '.finder__main > [role="alert"]', 'detail error');
        expectMissingFileSaid(alert, errors, missing.file);
        expect($(el, 'dialog')).to.equal(null);
        await expect(el).to.be.accessible();
        chunks.detail = real.detail;
        $$(el, '.card__open')[0].click();
        await waitForShadow(el, 'dialog[open]');
        expect($(el, '.finder__main > [role="alert"]')).to.equal(null);
      }));

    it('fetches "near me" once, when the parent goes to the postcode box', async () => {
      const nearMe = countLoads(chunks, 'nearMe');
      const engine = countLoads(chunks, 'searchEngine');
      const el = await finder(feedUrl(FEED), '', finderWith(chunks));
      // The finder's idle prefetch (the search engine and the panels) has run, without "near me".
      await waitUntil(() => engine.count === 1, 'idle prefetch done');
      expect(nearMe.count).to.equal(0);
      $(el, '#pc')!.focus();
      expect(nearMe.count).to.equal(1);
      await sendKeys({ type: 'nb1 9zz' });
      await sendKeys({ press: 'Enter' });
      await untilNames(el, (list) => list[0] === 'Hillside Food Bank', 'district first');
      expect(nearMe.count).to.equal(1);
    });

    it('says so when "near me" cannot load (its file not copied), keeps the postcode, and applies it on the next Search', () =>
      captureConsole('error', async (errors) => {
        const missing = missingChunk('near-me');
        chunks.nearMe = missing.load;
        const el = await finder(feedUrl(FEED), '', finderWith(chunks));
        $(el, '#pc')!.focus();
        await sendKeys({ type: 'nb1 9zz' });
        await sendKeys({ press: 'Enter' });
        const alert = await waitForShadow(el, '.search [role="alert"]', 'near-me error');
        expectMissingFileSaid(alert, errors, missing.file);
        expect(($(el, '#pc') as HTMLInputElement).value).to.equal('nb1 9zz');
        expect(names(el)[0]).to.equal('Baby swimming');
        await expect(el).to.be.accessible();
        chunks.nearMe = real.nearMe;
        ($(el, '[part="search-button"]') as HTMLButtonElement).click();
        await untilNames(el, (list) => list[0] === 'Hillside Food Bank', 'district first after retry');
        expect($(el, '.search [role="alert"]')).to.equal(null);
        expect(($(el, '#pc') as HTMLInputElement).value).to.equal('NB1 9ZZ');
      }));

    it('keeps the Search button\'s focus move for an invalid postcode typed before "near me" arrives', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      chunks.nearMe = () => gate.then(() => real.nearMe());
      const el = await finder(feedUrl(FEED), '', finderWith(chunks));
      $(el, '#pc')!.focus();
      await sendKeys({ type: 'hello' });
      // Leaving the box applies the postcode (its change event); Search then submits it again.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="search-button"]'));
      await sendKeys({ press: 'Enter' });
      release();
      const error = await waitForShadow(el, '[part="postcode-error"]');
      expect(error.textContent).to.contain('Enter a real postcode');
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#pc'), 'focus back on the postcode box');
    });

    it('still finds services with sync-url when URL sync cannot load', async () => {
      chunks.address = failedImport;
      history.replaceState(null, '', `${location.pathname}?pc-q=nursery`);
      const el = await finder(feedUrl(FEED), 'sync-url', finderWith(chunks));
      expect(names(el)).to.have.length(8);
      await typeQuery(el, 'nursary');
      await untilNames(el, (list) => list.length === 1, 'search still works');
      expect(location.search).to.equal('?pc-q=nursery');
    });
  });

  describe('near me', () => {
    const original = navigator.geolocation?.getCurrentPosition;
    // A postcode lookup's 10 s limit covers loading the geocoder's chunk as well as its request: loaded
    // here first, so a busy machine's slow first load of a module never counts against a test.
    before(() => import('../../src/service-finder/geocode.js'));
    afterEach(() => {
      if (navigator.geolocation) delete (navigator.geolocation as unknown as Record<string, unknown>).getCurrentPosition;
      expect(navigator.geolocation?.getCurrentPosition).to.equal(original);
    });

    it('sorts by distance from a postcode with the site geocoder, showing miles', async () => {
      const key = uniqueKey('geo');
      const template = `${location.origin}/mock/json/${key}?file=test/fixtures/finder/geocode-hillside.json&pc={postcode}`;
      const el = await finder(feedUrl(FEED), `geocoder="${template}"`);
      $(el, '#pc')!.focus();
      await sendKeys({ type: 'nb1 4aa' });
      await sendKeys({ press: 'Enter' });
      await untilNames(el, (list) => list[0] === 'Stay and Play at Hillside' && list[1] === 'Little Acorns Nursery', 'nearest first');
      expect(names(el)).to.deep.equal([
        'Stay and Play at Hillside',
        'Little Acorns Nursery',
        'Breastfeeding café',
        "Dads' group",
        'Speech and language clinic',
        'Baby swimming',
        // No coordinates: last, in name order.
        'Hillside Food Bank',
        'Portage home visiting',
      ]);
      expect(shadowText(el)).to.contain('Sorted by distance from NB1 4AA');
      const cards = $$(el, '.card');
      expect(cards[0].querySelector('.distance')!.textContent).to.equal('Under 0.1 miles');
      expect(cards[1].querySelector('.distance')!.textContent).to.match(/^0\.\d miles$/);
      expect(($(el, '#pc') as HTMLInputElement).value).to.equal('NB1 4AA');
      expect(await requestCount(key)).to.equal(1);
    });

    it('tells the parent when the geocoder does not know the postcode', async () => {
      const template = `${location.origin}/mock/json/${uniqueKey('geo')}?status=404&pc={postcode}`;
      const el = await finder(feedUrl(FEED), `geocoder="${template}"`);
      $(el, '#pc')!.focus();
      await sendKeys({ type: 'NB9 9ZZ' });
      await sendKeys({ press: 'Enter' });
      const error = await waitForShadow(el, '[part="postcode-error"]');
      expect(error.textContent).to.contain('We could not find that postcode');
    });

    it('without a geocoder, puts services in the same postcode district first and sends no request', async () => {
      const fetches: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        fetches.push(String(input instanceof Request ? input.url : input));
        return realFetch(input, init);
      };
      try {
        const el = await finder();
        const before = performance.getEntriesByType('resource').length;
        $(el, '#pc')!.focus();
        await sendKeys({ type: 'nb1 9zz' });
        await sendKeys({ press: 'Enter' });
        await untilNames(el, (list) => list[0] === 'Hillside Food Bank', 'district first');
        expect(names(el).slice(0, 3)).to.deep.equal(['Hillside Food Bank', 'Little Acorns Nursery', 'Stay and Play at Hillside']);
        expect(shadowText(el)).to.contain('Services in NB1 first');
        // The whole list was reordered: the parent hears that, not only the count.
        await waitUntil(() => liveText(el) === '8 services found. Services in NB1 first', 'the new order announced');
        expect($$(el, '.distance')).to.have.length(0);
        // A geocoder request, had there been one, was made before the results were sorted.
        expect(fetches.filter((url) => !url.includes('/mock/flaky/'))).to.deep.equal([]);
        const later = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
        expect(later.filter((url) => !url.startsWith(location.origin))).to.deep.equal([]);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('moves a postcode typed into the search box to the postcode box', async () => {
      const el = await finder();
      // Alone, it moves once it is whole.
      await typeQuery(el, 'nb1 9zz');
      await untilNames(el, (list) => list[0] === 'Hillside Food Bank', 'district first');
      expect(($(el, '#q') as HTMLInputElement).value).to.equal('');
      await waitUntil(() => ($(el, '#pc') as HTMLInputElement).value === 'NB1 9ZZ', 'in the postcode box');
      expect(shadowText(el)).to.contain('Services in NB1 first');
      expect(names(el)).to.have.length(8);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#q'));
      await expect(el).to.be.accessible();
    });

    it('on Search, takes a postcode out of a longer query and searches the rest', async () => {
      const el = await finder();
      await typeQuery(el, 'food NB19ZZ bank');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ($(el, '#pc') as HTMLInputElement).value === 'NB1 9ZZ', 'in the postcode box');
      await untilNames(el, (list) => list.length === 1 && list[0] === 'Hillside Food Bank', 'the rest searched');
      expect(($(el, '#q') as HTMLInputElement).value).to.equal('food bank');
      // The postcode it found now orders the results: said with the count.
      await waitUntil(() => liveText(el) === '1 service found. Services in NB1 first', 'announced');
    });

    it('leaves the search box alone when the postcode box is in use, or the postcode is not all there is yet', async () => {
      const el = await finder();
      $(el, '#pc')!.focus();
      await sendKeys({ type: 'NB2 1AB' });
      await typeQuery(el, 'NB1 9ZZ');
      await untilNames(el, (list) => list.length === 0, 'searched as words');
      expect(($(el, '#q') as HTMLInputElement).value).to.equal('NB1 9ZZ');
      expect(($(el, '#pc') as HTMLInputElement).value).to.equal('NB2 1AB');

      const other = await finder();
      await typeQuery(other, 'food NB1 9ZZ');
      await untilNames(other, (list) => list.length === 1, 'searched while typing');
      expect(($(other, '#q') as HTMLInputElement).value).to.equal('food NB1 9ZZ');
      expect(($(other, '#pc') as HTMLInputElement).value).to.equal('');
    });

    it('shows a GOV.UK-style inline error for a postcode that is not one, accessibly', async () => {
      const el = await finder();
      $(el, '#pc')!.focus();
      await sendKeys({ type: 'hello' });
      await sendKeys({ press: 'Enter' });
      const error = await waitForShadow(el, '[part="postcode-error"]');
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter a real postcode, like NB1 4AA');
      const input = $(el, '#pc')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('pc-error');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(names(el)).to.have.length(8);
      // Focus stayed in the box, so its new description is not read: the live region says the error.
      // (The example's space does not break: a screen reader reads it as any space.)
      await waitUntil(() => liveText(el) === 'Error: Enter a real postcode, like NB1\u00a04AA. 8 services found', 'the error announced');
      await expect(el).to.be.accessible();
    });

    it('uses the device location only when asked, and sorts by distance', async () => {
      let asked = 0;
      navigator.geolocation.getCurrentPosition = (success) => {
        asked += 1;
        success({ coords: { latitude: 53.2, longitude: -1.1 } } as GeolocationPosition);
      };
      const el = await finder();
      expect(asked).to.equal(0);
      $(el, '[part="location-button"]')!.click();
      await waitUntil(() => shadowText(el).includes('Sorted by distance from your location'), 'sorted by distance');
      expect(asked).to.equal(1);
      // The parent is taken to the results (below the form on a phone), which now start nearest.
      expect(el.shadowRoot!.activeElement?.id).to.equal('count');
      expect(names(el)[0]).to.equal('Baby swimming');
      // Nearest first: the distances shown never go down the list.
      const miles = $$(el, '.distance').map((d) => parseFloat(d.textContent!));
      expect(miles.length).to.be.above(2);
      expect(miles).to.deep.equal([...miles].sort((a, b) => a - b));
    });

    it('explains when location is denied, accessibly', async () => {
      navigator.geolocation.getCurrentPosition = (_success, failure) => {
        failure?.({ code: 1, message: 'denied', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
      };
      const el = await finder();
      $(el, '[part="location-button"]')!.click();
      const alert = await waitForShadow(el, '.search__message[role="alert"]');
      expect(alert.textContent).to.contain('We could not get your location');
      expect(names(el)).to.have.length(8);
      await expect(el).to.be.accessible();
    });
  });

  describe('sync-url', () => {
    it('keeps searching when the browser refuses to change the address (Safari allows 100 changes in 30 s)', async () => {
      const el = await finder(feedUrl(FEED), 'sync-url');
      const realReplace = history.replaceState;
      const warnings = await captureConsole('warn', async () => {
        history.replaceState = () => {
          throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
        };
        try {
          typeInOneGo(el, 'nursary');
          await untilNames(el, (list) => list.length === 1 && list[0] === 'Little Acorns Nursery', 'still searched');
        } finally {
          history.replaceState = realReplace;
        }
      });
      expect(warnings.join('\n')).to.contain('Could not update the address');
      expect(el.shadowRoot!.querySelector('.state--error')).to.equal(null);
    });

    it('reads the search from the address, writes changes, keeps the page’s own parameters, and follows popstate', async () => {
      const url = new URL(location.href);
      url.searchParams.set('keep', 'me');
      url.searchParams.set('pc-q', 'nursary');
      url.searchParams.append('pc-day', 'MO');
      history.replaceState(null, '', url);
      const el = await finder(feedUrl(FEED), 'sync-url');
      await untilNames(el, (list) => list.length === 1, 'read from the URL');
      expect(names(el)).to.deep.equal(['Little Acorns Nursery']);
      expect(($(el, '#q') as HTMLInputElement).value).to.equal('nursary');
      expect(checkbox(el, 'Day', 'Monday').checked).to.equal(true);

      checkbox(el, 'Area', 'Northfield').click();
      await waitUntil(() => new URLSearchParams(location.search).get('pc-area') === 'north', 'area written');
      let params = new URLSearchParams(location.search);
      expect(params.get('keep')).to.equal('me');
      expect(params.has('wtr-session-id') || !originalUrl.includes('wtr-session-id')).to.equal(true);
      expect(params.get('pc-q')).to.equal('nursary');
      expect(params.getAll('pc-day')).to.deep.equal(['MO']);

      $(el, '#pc')!.focus();
      await sendKeys({ type: 'NB1' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => new URLSearchParams(location.search).get('pc-postcode') === 'NB1', 'postcode written');

      const back = new URL(location.href);
      back.search = '';
      back.searchParams.set('keep', 'me');
      back.searchParams.set('pc-cat', 'send');
      history.replaceState(null, '', back);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await untilNames(el, (list) => list.length === 2, 'popstate applied');
      expect(names(el)).to.deep.equal(['Portage home visiting', 'Speech and language clinic']);
      expect(($(el, '#q') as HTMLInputElement).value).to.equal('');
      params = new URLSearchParams(location.search);
      expect(params.get('keep')).to.equal('me');
    });

    it('reads a postcode and a results page from the address on load, and keeps them there', async () => {
      history.replaceState(null, '', `${location.pathname}?pc-postcode=nb1+9zz&pc-page=2`);
      const el = await finder(feedUrl(FEED), 'sync-url page-size="3"');
      await untilNames(el, (list) => list[0] === 'Hillside Food Bank' && list.length === 6, 'district first, two pages shown');
      expect(($(el, '#pc') as HTMLInputElement).value).to.equal('NB1 9ZZ');
      expect(shadowText(el)).to.contain('Services in NB1 first');
      const params = new URLSearchParams(location.search);
      expect(params.get('pc-postcode')).to.equal('NB1 9ZZ');
      expect(params.get('pc-page')).to.equal('2');
    });

    it('leaves the address alone without sync-url', async () => {
      const before = location.href;
      const el = await finder();
      checkbox(el, 'Cost', 'Free only').click();
      await untilNames(el, (list) => list.length === 6, 'free');
      expect(location.href).to.equal(before);
    });
  });

  describe('safety and languages', () => {
    it('renders markup in every text field as text and never links javascript: URLs', async () => {
      (window as unknown as { __pwned?: boolean }).__pwned = undefined;
      const el = await finder(feedUrl('test/fixtures/finder/hostile.json'));
      $$(el, '.card__open')[0].click();
      const dialog = await waitForShadow(el, 'dialog[open]');
      const root = el.shadowRoot!;
      for (const tag of ['img', 'script', 'svg', 'iframe', 'b', 'i', 'u', 'em', 'marquee', 'blink']) {
        expect(root.querySelectorAll(tag), tag).to.have.length(0);
      }
      const text = shadowText(el);
      for (const literal of [
        '<b onmouseover="window.__pwned = true">Bold</b> name',
        '<svg onload="window.__pwned = true"></svg>Org',
        '<img src=x onerror="window.__pwned = true">Description',
        '<script>window.__pwned = true</script>Cat',
        '<u>£5</u>',
        '<a href="javascript:window.__pwned=true">Address</a>',
        '<marquee>note</marquee>',
        '<blink>Closed at Christmas</blink>',
        '<em>Klingon</em>',
        '<strong>Ramp</strong>',
        '<iframe src="javascript:window.__pwned=true"></iframe>Area',
      ]) {
        expect(text, literal).to.contain(literal);
      }
      const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.some((href) => /^\s*javascript:/i.test(href))).to.equal(false);
      expect(hrefs).to.include('tel:01632960999');
      expect([...dialog.querySelectorAll('a')].map((a) => a.textContent)).not.to.include('Website');
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('speaks Arabic right to left, with Arabic plurals, day and language names', async () => {
      const el = await finder(feedUrl(FEED), 'locale="ar"');
      // The all-in-one bundle fetches the Arabic pack on first use.
      await waitUntil(() => $(el, '[part="base"]')?.getAttribute('dir') === 'rtl', 'Arabic pack loaded');
      const root = $(el, '[part="base"]')!;
      expect(root.getAttribute('lang')).to.equal('ar');
      expect(countText(el)).to.match(/^تم العثور على (8|٨) خدمات$/);
      expect($(el, 'label[for="q"]')!.textContent).to.equal('ابحث عن الخدمات');
      expect(optionLabels(el, 'اليوم').some((l) => l.startsWith('الاثنين'))).to.equal(true);
      const urdu = new Intl.DisplayNames(['ar'], { type: 'language' }).of('ur')!;
      expect(urdu).not.to.equal('ur');
      expect(optionLabels(el, 'اللغات المستخدمة').some((l) => l.startsWith(urdu))).to.equal(true);
      // Mirrored: the card's accent border is on the right.
      const card = $(el, '.card')!;
      expect(getComputedStyle(card).borderRightWidth).to.equal('5px');
      await expect(el).to.be.accessible();
    });
  });
});

describe('<pc-service-finder>: result cards (issue 20)', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('shows the schedule note ("term time only") on the card beside the times, not only in the detail view', async () => {
    const feed = nativeFeed({
      services: [makeService({ id: 'tt', name: 'Toddler Gym', schedule: [weekly(['WE'], '10:00', '11:30')], scheduleNote: 'Term time only' })],
    });
    const el = await finder(`/mock/text/${uniqueKey()}?body=${encodeURIComponent(JSON.stringify(feed))}`);
    const when = [...el.shadowRoot!.querySelectorAll('.card .fact')].find((f) => f.querySelector('dt')!.textContent!.trim() === 'When')!;
    expect(when.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Wednesdays 10:00.11:30 ?Term time only$/);
    await expect(el).to.be.accessible();
  });
});

describe('<pc-service-finder>: feed text in other scripts and directions (issue 18)', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  const body = {
    version: '1.0',
    programme: { name: 'Testborough' },
    services: [
      { id: 'ar', name: 'مركز الأسرة 2', organisation: 'Hub (North) Ltd', description: 'أغاني وألعاب', cost: { free: false, details: '£2 per family' } },
      { id: 'rlo', name: 'Invoice \u202eexe.fdp' },
      { id: 'blank', name: '\u200b\u2066\u2069' },
    ],
  };
  const src = () => `/mock/text/${uniqueKey('bidi')}?body=${encodeURIComponent(JSON.stringify(body))}`;

  it('isolates names, organisations and costs on the cards; shows no disguising controls and no blank card', async () => {
    const el = await finder(src());
    expect(names(el)).to.deep.equal(['Invoice exe.fdp', 'مركز الأسرة 2']);
    expect(shadowText(el)).not.to.contain('\u202e');
    for (const text of ['مركز الأسرة 2', 'Hub (North) Ltd', '£2 per family']) {
      expect(isolatingElement(el, text), text).to.exist;
    }
    await expect(el).to.be.accessible();
  });

  it('isolates the name, organisation and description in the detail view', async () => {
    const el = await finder(src());
    $$(el, '.card__open').find((b) => b.textContent!.includes('مركز'))!.click();
    await waitForShadow(el, 'dialog[open]');
    const dialog = $(el, 'dialog')!;
    for (const text of ['مركز الأسرة 2', 'Hub (North) Ltd', 'أغاني وألعاب', '£2 per family']) {
      expect(isolatingElement(dialog, text), text).to.exist;
    }
  });
});
