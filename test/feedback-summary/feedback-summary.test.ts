// Issue 23: <pc-feedback-summary> shows a service's published feedback as counts, only at or
// above the scheme's minimum, and "you said, we did"; it never shows a comment, nor how many
// responded while there are too few. Feeds are inline mock bodies (test/support/mock-server.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/feedback-summary.js';
import '../../src/locales/ar.js';
import type { PcFeedbackSummary } from '../../src/feedback-summary/feedback-summary.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { registerAdapter } from '../../src/formats/registry.js';
import { feedbackSummary, feedbackSummaryFeed, nativeFeed } from '../fixtures/index.js';
import { captureConsole, uniqueKey, waitUntil } from '../support/helpers.js';
import { allByRole, getByRole, headingLevel, queryByRole } from '../support/roles.js';
import { ar, enGB } from '../support/strings.js';

/** A feed served as an inline body, under a key of its own. */
const inline = (body: unknown) => `/mock/text/${uniqueKey('summary')}?body=${encodeURIComponent(JSON.stringify(body))}`;

interface Options {
  serviceId?: string;
  locale?: string;
  headingLevel?: number;
  format?: string;
}

/** The widget on a page, once it shows its heading (the summary's, or the empty state's). */
async function summary(body: unknown, { serviceId, locale, headingLevel: level, format }: Options = {}): Promise<PcFeedbackSummary> {
  const el = await fixture<PcFeedbackSummary>(
    html`<pc-feedback-summary
      src=${inline(body)}
      service-id=${serviceId ?? ''}
      locale=${locale ?? 'en-GB'}
      heading-level=${level ?? 2}
      format=${format ?? 'auto'}
    ></pc-feedback-summary>`,
  );
  const t = locale === 'ar' ? ar : enGB;
  await waitUntil(
    () => queryByRole(el, 'heading', t.feedbackSummaryHeading) ?? queryByRole(el, 'heading', t.emptyHeading),
    'the summary or its empty state',
  );
  return el;
}

/** Everything the widget says, whitespace collapsed. */
const said = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Each rating as a parent hears it, in order: "Very good 7", …. */
const ratings = (list: Element) => [...list.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<pc-feedback-summary> (issue 23)', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('above the minimum: says how many responded and each rating in words with its count, very good first, accessibly', async () => {
    const el = await summary(feedbackSummaryFeed(), { serviceId: 'riverside' });
    expect(headingLevel(getByRole(el, 'heading', enGB.feedbackSummaryHeading))).to.equal(2);
    expect(said(el)).to.contain('Based on 12 responses');
    const list = getByRole(el, 'list', enGB.feedbackSummaryRatings);
    expect(ratings(list)).to.deep.equal(['Very good 7', 'Good 3', 'Neither good nor poor 1', 'Poor 1', 'Very poor 0']);
    // One service: no list of services, no service heading; its own notes only.
    expect(queryByRole(el, 'heading', 'Riverside Stay and Play')).to.equal(undefined);
    expect(headingLevel(getByRole(el, 'heading', enGB.feedbackSummaryNotesHeading))).to.equal(3);
    expect(said(el)).to.contain('The hall was too cold').and.not.contain('school pick-up').and.not.contain('leaflets');
    await expect(el).to.be.accessible();
  });

  it('at the minimum exactly: shows the counts', async () => {
    const el = await summary(feedbackSummaryFeed(), { serviceId: 'rhymes' });
    expect(said(el)).to.contain('Based on 5 responses');
    expect(ratings(getByRole(el, 'list', enGB.feedbackSummaryRatings))).to.deep.equal([
      'Very good 3',
      'Good 1',
      'Neither good nor poor 1',
      'Poor 0',
      'Very poor 0',
    ]);
    await expect(el).to.be.accessible();
  });

  it('below the minimum: says kindly there are not enough responses yet, never how many; the console says why, accessibly', async () => {
    const body = feedbackSummaryFeed(
      feedbackSummary({
        minimumResponses: 6,
        services: [
          { serviceId: 'riverside', responses: 12, ratings: [0, 1, 1, 3, 7] },
          { serviceId: 'rhymes', responses: 5, ratings: [0, 0, 1, 1, 3] },
        ],
      }),
    );
    let el!: PcFeedbackSummary;
    const warnings = await captureConsole('warn', async (calls) => {
      el = await summary(body, { serviceId: 'rhymes' });
      await waitUntil(() => calls.some((line) => line.includes('feedbackSummary.services[1]')), 'the console line');
    });
    expect(said(el)).to.contain(enGB.feedbackSummaryNotEnough(6, '6'));
    expect(said(el)).to.not.contain('Based on');
    expect(said(el), 'not the count').to.not.match(/\b5\b/);
    expect(queryByRole(el, 'list', enGB.feedbackSummaryRatings)).to.equal(undefined);
    expect(warnings.join('\n')).to.contain(
      `feedbackSummary.services[1].responses: 5 is fewer than the summary's minimumResponses (6): not shown until there are enough — item left out [item "rhymes"]`,
    );
    // Its "you said, we did" still shows: the notes are the scheme's words, not counts.
    expect(said(el)).to.contain('school pick-up');
    await expect(el).to.be.accessible();
  });

  it('a service-id the summary does not list (or lists under the minimum, which the receiver never sends) reads the same, accessibly', async () => {
    const el = await summary(feedbackSummaryFeed(), { serviceId: 'bumps' });
    expect(said(el)).to.contain(enGB.feedbackSummaryNotEnough(5, '5'));
    expect(queryByRole(el, 'heading', enGB.feedbackSummaryNotesHeading), 'no notes about it, so no notes heading').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('without service-id: every service with enough responses, by its name from the feed, sorted; every note, naming its service, newest first', async () => {
    const el = await summary(feedbackSummaryFeed(), { headingLevel: 3 });
    const names = allByRole(el, 'heading').filter((h) => headingLevel(h) === 4).map((h) => h.textContent!.trim());
    expect(names).to.deep.equal(['Rhyme Time at the Library', 'Riverside Stay and Play', enGB.feedbackSummaryNotesHeading]);
    expect(headingLevel(getByRole(el, 'heading', enGB.feedbackSummaryHeading))).to.equal(3);
    expect(allByRole(el, 'list', enGB.feedbackSummaryRatings)).to.have.length(2);
    const notes = [...el.shadowRoot!.querySelectorAll('[part~="note"]')].map((note) => note.textContent!.replace(/\s+/g, ' ').trim());
    expect(notes.map((note) => note.split(' You said')[0])).to.deep.equal([
      '3 November 2026 About Riverside Stay and Play',
      '14 October 2026 About Rhyme Time at the Library',
      "20 September 2026 About Dads' Saturday Club",
      '1 August 2026',
    ]);
    expect(notes[0]).to.contain('You said The hall was too cold for babies in the mornings.');
    expect(notes[0]).to.contain('We did The heating now comes on an hour earlier');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-03');
    await expect(el).to.be.accessible();
  });

  it('without service-id and no service with enough responses yet: says so, and still shows the notes', async () => {
    const el = await summary(feedbackSummaryFeed(feedbackSummary({ services: [] })));
    expect(said(el)).to.contain(enGB.feedbackSummaryNotEnoughAny(5, '5'));
    expect(getByRole(el, 'heading', enGB.feedbackSummaryNotesHeading)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('refuses a service whose entry carries raw comments, with the console line naming it, and never shows the words', async () => {
    const secret = 'The leader shouted at my son';
    const body = feedbackSummaryFeed(
      feedbackSummary({
        services: [
          { serviceId: 'riverside', responses: 12, ratings: [0, 1, 1, 3, 7] },
          { serviceId: 'rhymes', responses: 5, ratings: [0, 0, 1, 1, 3] },
          { serviceId: 'bumps', responses: 9, ratings: [0, 0, 0, 2, 7], wentWell: secret },
        ],
      }),
    );
    let el!: PcFeedbackSummary;
    const warnings = await captureConsole('warn', async (calls) => {
      el = await summary(body, { serviceId: 'bumps' });
      await waitUntil(() => calls.some((line) => line.includes('feedbackSummary.services[2]')), 'the console line');
    });
    expect(warnings.join('\n')).to.contain(
      'feedbackSummary.services[2]: carries raw comments (wentWell): publish counts only, never what parents wrote — item left out [item "bumps"]',
    );
    expect(warnings.join('\n'), 'the console never repeats the words').to.not.contain(secret);
    expect(said(el)).to.contain(enGB.feedbackSummaryNotEnough(5, '5')).and.not.contain(secret).and.not.contain('Based on');
    await expect(el).to.be.accessible();

    // The other services still show.
    const all = await summary(body);
    expect(allByRole(all, 'list', enGB.feedbackSummaryRatings)).to.have.length(2);
    expect(said(all)).to.not.contain(secret).and.not.contain('Bumps and Babies');
  });

  it('a summary that lists raw comments at its top level is refused whole: the empty state, accessibly', async () => {
    const secret = 'Lovely staff but the room smelled';
    const body = feedbackSummaryFeed(feedbackSummary({ comments: [{ serviceId: 'riverside', text: secret }] }));
    let el!: PcFeedbackSummary;
    const warnings = await captureConsole('warn', async (calls) => {
      el = await summary(body, { serviceId: 'riverside' });
      await waitUntil(() => calls.some((line) => line.includes('feedbackSummary:')), 'the console line');
    });
    expect(warnings.join('\n')).to.contain('feedbackSummary: carries raw comments (comments)');
    expect(getByRole(el, 'heading', enGB.emptyHeading)).to.exist;
    expect(said(el)).to.contain(enGB.feedbackSummaryNone).and.not.contain(secret).and.not.contain('Based on');
    await expect(el).to.be.accessible();
  });

  it("a site's own adapter that passes comments through: none of them shows, nor any entry that carries them", async () => {
    const secret = 'My neighbour Jo was unkind';
    const withComments = {
      ...nativeFeed({ programme: { name: 'Adapter programme' }, services: [{ id: 'riverside', name: 'Riverside Stay and Play' }] }),
      feedbackSummary: {
        minimumResponses: 5,
        comments: [secret],
        services: [
          { serviceId: 'riverside', responses: 12, ratings: [0, 1, 1, 3, 7], comments: [secret] },
          { serviceId: 'riverside', responses: 6, ratings: [0, 0, 0, 1, 5], note: secret },
        ],
        youSaidWeDid: [
          { id: 'raw', serviceId: 'riverside', date: '2026-11-03', youSaid: 'It was cold', weDid: 'Heating on', wentWell: secret },
          { id: 'fine', serviceId: 'riverside', date: '2026-11-04', youSaid: 'It was loud', weDid: 'Quieter room', extra: secret },
        ],
      },
      services: [{ id: 'riverside', name: 'Riverside Stay and Play', categories: [], schedule: [], languages: [], accessibility: [] }],
    };
    const name = `comments-adapter-${uniqueKey()}`;
    // Not validated by the native reader: the widget reads only counts and notes, checked again.
    registerAdapter({ name, detect: () => false, convert: () => ({ feed: withComments as never, diagnostics: [] }) });
    const el = await summary({ anything: true }, { format: name, serviceId: 'riverside' });
    expect(said(el)).to.contain('Based on 6 responses');
    expect(said(el)).to.contain('Quieter room').and.not.contain('Heating on');
    expect(said(el)).to.not.contain(secret);
    await expect(el).to.be.accessible();
  });

  it('a feed with no summary: the shared empty state at the page’s heading level, accessibly', async () => {
    const el = await summary(feedbackSummaryFeed(null), { headingLevel: 4 });
    expect(headingLevel(getByRole(el, 'heading', enGB.emptyHeading))).to.equal(4);
    expect(said(el)).to.contain(enGB.feedbackSummaryNone);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('"Show earlier changes" shows five more notes and moves focus to the first of them; "Show more services" ten more', async () => {
    const notes = Array.from({ length: 7 }, (_, i) => ({
      id: `n${i}`,
      date: `2026-0${9 - i}-01`,
      youSaid: `Request ${i}`,
      weDid: `Change ${i}`,
    }));
    const services = Array.from({ length: 12 }, (_, i) => ({ id: `s${String(i).padStart(2, '0')}`, name: `Service ${String(i).padStart(2, '0')}` }));
    const body = {
      ...nativeFeed({ services }),
      feedbackSummary: {
        services: services.map((s) => ({ serviceId: s.id, responses: 5, ratings: [1, 1, 1, 1, 1] })),
        youSaidWeDid: notes,
      },
    };
    const el = await summary(body);
    const shownNotes = () => el.shadowRoot!.querySelectorAll('[part~="note"]').length;
    expect(shownNotes()).to.equal(5);
    getByRole(el, 'button', enGB.feedbackSummaryMoreNotes).click();
    await waitUntil(() => shownNotes() === 7, 'seven notes');
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.includes('Request 5'), 'focus on the first added note');
    expect(queryByRole(el, 'button', enGB.feedbackSummaryMoreNotes), 'no more to show').to.equal(undefined);

    const shownServices = () => allByRole(el, 'list', enGB.feedbackSummaryRatings).length;
    expect(shownServices()).to.equal(10);
    getByRole(el, 'button', enGB.feedbackSummaryMoreServices).click();
    await waitUntil(() => shownServices() === 12, 'twelve services');
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.includes('Service 10'), 'focus on the first added service');
    await expect(el).to.be.accessible();
  });

  it('locale="ar": in Arabic, right to left, the rating words and dates in Arabic, accessibly', async () => {
    const el = await summary(feedbackSummaryFeed(), { serviceId: 'riverside', locale: 'ar' });
    const heading = getByRole(el, 'heading', ar.feedbackSummaryHeading);
    expect(getComputedStyle(heading).direction).to.equal('rtl');
    expect(heading.closest('[lang]')?.getAttribute('lang')).to.equal('ar');
    const list = getByRole(el, 'list', ar.feedbackSummaryRatings);
    const words = ratings(list).map((row) => row.replace(/[\d\u0660-\u0669]+$/u, '').trim());
    expect(words).to.deep.equal([5, 4, 3, 2, 1].map((r) => ar.feedbackSummaryRating(r as 1 | 2 | 3 | 4 | 5)));
    expect(said(el)).to.contain(ar.feedbackSummaryNotesHeading).and.contain(ar.feedbackSummaryYouSaid);
    const date = el.shadowRoot!.querySelector('time')!.textContent!;
    expect(date).to.equal(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 3)));
    await expect(el).to.be.accessible();

    const notEnough = await summary(feedbackSummaryFeed(), { serviceId: 'bumps', locale: 'ar' });
    expect(said(notEnough)).to.contain(ar.feedbackSummaryNotEnough(5, new Intl.NumberFormat('ar').format(5)));
    await expect(notEnough).to.be.accessible();
  });
});
