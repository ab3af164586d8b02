/**
 * What a parent sees when they type everyday words ("free on saturday", "autism", "near me")
 * and when a search finds nothing: filters shown as chips they can remove, and ways out.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/entries/service-finder.js';
import type { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { configuredFeed, feedUrl, waitForShadow, waitUntil } from '../support/helpers.js';

const FEED = 'test/fixtures/finder/finder.json';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const names = (el: Element) => $$(el, '.card__open').map((b) => b.textContent!.trim());
const chipLabels = (el: Element) => $$(el, '.chip [aria-hidden="true"]').map((c) => c.textContent!.replace('×', '').trim());
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A wide finder (filters beside the results), its filter panel drawn. */
async function finder(src = feedUrl(FEED)): Promise<PcServiceFinder> {
  const el = await fixture<PcServiceFinder>(`<pc-service-finder src="${src}" style="display:block;width:1000px"></pc-service-finder>`);
  await waitForShadow(el, '.results, .state--empty', 'results rendered');
  await waitUntil(() => $(el, '.filters__body fieldset'), 'filter panel drawn');
  return el;
}

/** Types into the search box as a parent would: each keystroke an input event. */
async function type(el: PcServiceFinder, words: string): Promise<void> {
  const input = $(el, '#q') as HTMLInputElement;
  input.focus();
  input.value = '';
  for (const key of words) {
    input.value += key;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: key, inputType: 'insertText' }));
  }
  await el.updateComplete;
}

/** The way out whose button reads `label`. */
function route(el: Element, label: string): HTMLElement {
  const button = $$(el, '.routes .link-button').find((b) => text(b) === label);
  expect(button, `way out "${label}" among ${JSON.stringify($$(el, '.routes li').map(text))}`).to.exist;
  return button!;
}

function checkbox(el: Element, label: string): HTMLInputElement {
  const match = $$(el, '.filters__body label').find((l) => text(l).startsWith(label));
  expect(match, label).to.exist;
  return el.shadowRoot!.getElementById((match as HTMLLabelElement).htmlFor) as HTMLInputElement;
}

describe('<pc-service-finder> everyday words and no dead ends', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  it('turns "free on saturday" into the Free and Saturday filters, shown as chips and ticks', async () => {
    const el = await finder();
    await type(el, 'free on saturday');
    await waitUntil(() => names(el).length === 1, 'one free Saturday service');
    expect(names(el)).to.deep.equal(["Dads' group"]);
    expect(chipLabels(el)).to.have.members(['Free only', 'Saturday']);
    expect(checkbox(el, 'Saturday').checked).to.be.true;
    expect(checkbox(el, 'Free only').checked).to.be.true;
    // The parent's words stay as they typed them.
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('free on saturday');
    await expect(el).to.be.accessible();
  });

  it('removing a chip the words set takes those words out of the search box', async () => {
    const el = await finder();
    await type(el, 'free on saturday');
    await waitUntil(() => chipLabels(el).includes('Saturday'), 'Saturday chip');
    $$(el, '.chip').find((c) => text(c).includes('Saturday'))!.click();
    await waitUntil(() => !chipLabels(el).includes('Saturday'), 'Saturday chip removed');
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('free on');
    expect(chipLabels(el)).to.deep.equal(['Free only']);
    // Every free service, whatever its day.
    expect(names(el)).to.include('Breastfeeding café').and.include('Portage home visiting');
    expect(names(el)).not.to.include('Little Acorns Nursery');
  });

  it('reads "autism" as the SEND category, and a child\'s age as the age filter', async () => {
    const el = await finder();
    await type(el, 'autism');
    await waitUntil(() => chipLabels(el).includes('SEND support'), 'SEND chip');
    expect(names(el)).to.have.members(['Portage home visiting', 'Speech and language clinic']);
    await type(el, '2 year old');
    await waitUntil(() => chipLabels(el).length === 1 && !chipLabels(el).includes('SEND support'), 'age chip only');
    expect(chipLabels(el)[0]).to.match(/2/);
    expect(names(el)).not.to.include('Breastfeeding café');
  });

  it('offers "Use my location" when a parent types "near me" without a postcode', async () => {
    const el = await finder();
    await type(el, 'near me');
    await waitForShadow(el, '.near-me', 'near me hint');
    const button = $(el, '.near-me button')!;
    expect(text(button)).to.equal('Use my location');
    expect(text($(el, '.near-me'))).to.contain('nearest');
    await expect(el).to.be.accessible();
  });

  it('when a filter the words set leaves nothing, offers to remove it, with what it would give', async () => {
    const el = await finder();
    await type(el, 'swimming saturday');
    await waitForShadow(el, '.routes', 'ways out');
    expect(text($(el, '.state__heading'))).to.equal('No services match your search');
    const way = route(el, 'Remove filter: Saturday');
    expect(text(way.closest('li'))).to.contain('(1 service)');
    await expect(el).to.be.accessible();
    way.click();
    await waitUntil(() => names(el).length === 1, 'the swimming service');
    expect(names(el)).to.deep.equal(['Baby swimming']);
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('swimming');
    expect(el.shadowRoot!.activeElement?.id).to.equal('count');
  });

  it('offers to clear every filter when no single one is in the way', async () => {
    const el = await finder();
    await type(el, 'swimming free saturday');
    await waitForShadow(el, '.routes', 'ways out');
    // Without Saturday, swimming is not free; without Free, it is not on a Saturday.
    expect($$(el, '.routes li').map(text)).to.deep.equal(['Clear filters (1 service)']);
    route(el, 'Clear filters').click();
    await waitUntil(() => names(el).length === 1, 'the swimming service');
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('swimming');
    expect(chipLabels(el)).to.deep.equal([]);
  });

  it('suggests a close spelling the directory holds', async () => {
    const el = await finder();
    await type(el, 'nrsry');
    await waitForShadow(el, '.routes', 'ways out');
    route(el, 'Did you mean “nursery”?').click();
    await waitUntil(() => names(el).length === 1, 'the nursery');
    expect(names(el)).to.deep.equal(['Little Acorns Nursery']);
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('nursery');
  });

  it('offers a spelling without the filters when nothing is found with them', async () => {
    const el = await finder();
    await type(el, 'nrsry free sunday');
    await waitForShadow(el, '.routes', 'ways out');
    const way = route(el, 'Did you mean “nursery”?');
    expect(text(way.closest('li'))).to.contain('(1 service, without the filters)');
    way.click();
    await waitUntil(() => names(el).length === 1, 'the nursery');
    expect(names(el)).to.deep.equal(['Little Acorns Nursery']);
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('nursery');
    // Free and Sunday are gone; "nursery" alone is the Childcare category's synonym.
    expect(chipLabels(el)).to.deep.equal(['Childcare']);
  });

  it('offers a category whose name the words share', async () => {
    const el = await finder();
    await type(el, 'childminding');
    await waitForShadow(el, '.routes', 'ways out');
    const category = route(el, 'See all services in “Childcare”');
    expect(text(category.closest('li'))).to.contain('(1 service)');
    category.click();
    await waitUntil(() => names(el).length === 1, 'the childcare service');
    expect(names(el)).to.deep.equal(['Little Acorns Nursery']);
    expect(chipLabels(el)).to.deep.equal(['Childcare']);
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('');
  });

  it("shows the programme's own contact details when nothing matches, and never an empty filter box", async () => {
    const feed = (await (await fetch(`/${FEED}`)).json()) as { programme: Record<string, unknown> };
    feed.programme.contact = { phone: '01632 960 000', email: 'fis@example.org' };
    const configured = configuredFeed();
    await configured.answer({ body: JSON.stringify(feed) });
    const el = await finder(configured.url);
    await type(el, 'xqzvwk');
    await waitForShadow(el, '.state--empty .contact', 'contact details');
    const empty = $(el, '.state--empty')!;
    expect(text(empty)).to.contain('Still not found what you need? Contact Testborough Family Services:');
    expect(empty.querySelector('a[href="tel:01632960000"]')).to.exist;
    expect(empty.querySelector('a[href="mailto:fis@example.org"]')).to.exist;
    expect(text($(el, '.filters__none'))).to.equal('None of the filters apply to the services found.');
    await expect(el).to.be.accessible();
  });
});

describe('<pc-service-finder> postcode hint', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  async function hintFor(feed: unknown): Promise<string> {
    const configured = configuredFeed();
    await configured.answer({ body: JSON.stringify(feed) });
    const el = await fixture<PcServiceFinder>(`<pc-service-finder src="${configured.url}"></pc-service-finder>`);
    await waitForShadow(el, '.results, .state--empty', 'results rendered');
    return text($(el, '#pc-hint'));
  }

  const service = (id: string, postcode?: string) => ({ id, name: `Service ${id}`, ...(postcode ? { location: { postcode } } : {}) });

  it("gives the programme's own example postcode", async () => {
    const hint = await hintFor({ version: '1.0', programme: { name: 'P', postcodeExample: 'ls1 4ap' }, services: [service('a', 'NB1 4AA')] });
    expect(hint).to.equal('To see the nearest services first, for example LS1 4AP');
  });

  it("else the first service's postcode, a real local place", async () => {
    const hint = await hintFor({ version: '1.0', programme: { name: 'P' }, services: [service('a'), service('b', 'm601aa')] });
    expect(hint).to.equal('To see the nearest services first, for example M60 1AA');
  });

  it('else no made-up place at all', async () => {
    const hint = await hintFor({ version: '1.0', programme: { name: 'P' }, services: [service('a')] });
    expect(hint).to.equal('To see the nearest services first');
    expect(hint).not.to.contain('NB1');
  });
});
