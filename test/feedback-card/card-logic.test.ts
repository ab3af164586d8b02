/**
 * The feedback card's pure logic, without a page (issue 23): what it checks on Send and what it
 * then sends, what it asks about (the page, a service, a session, or the parent's pick), and the
 * service picker's search.
 */
import { expect } from '@open-wc/testing';
import { checkFeedback, TEXT_LIMIT } from '../../src/feedback-card/card-checks.js';
import { cardSetup, NOT_LISTED, questionFor, subjectOf, type SetupInputs, type Subject } from '../../src/feedback-card/card-setup.js';
import { emptyFeedbackValues, type FeedbackValues } from '../../src/feedback-card/card-values.js';
import { PICKER_LIMIT, searchServices } from '../../src/feedback-card/service-search.js';
import { feedbackCardEnglish as t } from '../../src/feedback-card/strings/en-GB.js';
import type { FeedbackForm } from '../../src/data/feed-schema.js';

const SERVICES: Subject[] = [
  { id: 'riverside', name: 'Riverside Stay and Play' },
  { id: 'rhymes', name: 'Rhyme Time at the Library' },
];
const EVENTS: Subject[] = [{ id: 'messy-play', name: 'Messy Play Morning' }];

const form = (parts: Partial<FeedbackForm> = {}): FeedbackForm => ({ endpoint: 'https://receiver.example.org/feedback', ...parts });

/** The card on its own: no feed, so about the page. */
const standalone = () => cardSetup({ services: [], events: [] }, t);
/** The card in a feed with services to pick from. */
const picking = (inputs: Partial<SetupInputs> = {}) => cardSetup({ form: form(), services: SERVICES, events: EVENTS, ...inputs }, t);

const values = (parts: Partial<FeedbackValues> = {}): FeedbackValues => ({ ...emptyFeedbackValues(), ...parts });

describe('feedback card: checking the answers', () => {
  it('asks for a rating: none chosen is an error, and only 1 to 5 is one', () => {
    const none = checkFeedback(values(), standalone(), t);
    expect(none.errors).to.deep.equal([{ key: 'rating', message: 'Select how it was, from very good to very poor' }]);
    expect(none.answers).to.equal(undefined);
    expect(none.subject).to.equal(undefined);
    for (const bad of ['0', '6', '2.5', '-1', 'good', 'NaN']) {
      expect(checkFeedback(values({ rating: bad }), standalone(), t).errors.map((e) => e.key), bad).to.deep.equal(['rating']);
    }
    for (const rating of [1, 2, 3, 4, 5]) {
      const checked = checkFeedback(values({ rating: String(rating) }), standalone(), t);
      expect(checked.errors).to.deep.equal([]);
      expect(checked.answers).to.deep.equal({ rating, contactAllowed: false });
    }
  });

  it('sends the words as typed without blank edges, and leaves out empty ones', () => {
    const checked = checkFeedback(values({ rating: '4', wentWell: '  Warm welcome.\nLovely staff.  ', couldBeBetter: '   ' }), standalone(), t);
    expect(checked.answers).to.deep.equal({ rating: 4, wentWell: 'Warm welcome.\nLovely staff.', contactAllowed: false });
  });

  it(`takes ${TEXT_LIMIT} characters in each text box, not one more, and says which is too long`, () => {
    expect(TEXT_LIMIT).to.equal(1200);
    const fits = checkFeedback(values({ rating: '3', wentWell: 'x'.repeat(1200), couldBeBetter: ` ${'y'.repeat(1200)} ` }), standalone(), t);
    expect(fits.errors).to.deep.equal([]);
    const over = checkFeedback(values({ rating: '3', wentWell: 'x'.repeat(1201), couldBeBetter: 'y'.repeat(1201) }), standalone(), t);
    expect(over.errors).to.deep.equal([
      { key: 'wentWell', message: 'What went well must be 1,200 characters or fewer' },
      { key: 'couldBeBetter', message: 'What could be better must be 1,200 characters or fewer' },
    ]);
  });

  it('asks how to contact the parent once they allow it, and says how to fix the email or phone', () => {
    const allowed = (parts: Partial<FeedbackValues>) => checkFeedback(values({ rating: '5', contactAllowed: 'yes', ...parts }), standalone(), t).errors;
    expect(allowed({})).to.deep.equal([{ key: 'contactMethod', message: 'Select how we should contact you' }]);
    expect(allowed({ contactMethod: 'email' })).to.deep.equal([{ key: 'email', message: 'Enter your email address' }]);
    expect(allowed({ contactMethod: 'email', email: 'amina@' })).to.deep.equal([
      { key: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
    ]);
    expect(allowed({ contactMethod: 'phone' })).to.deep.equal([{ key: 'phone', message: 'Enter a phone number' }]);
    expect(allowed({ contactMethod: 'phone', phone: 'call me' })).to.deep.equal([
      { key: 'phone', message: 'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192' },
    ]);
  });

  it('sends only the contact detail the parent chose', () => {
    const both = { rating: '5', contactAllowed: 'yes', email: ' amina@example.org ', phone: '01632 960 001' };
    expect(checkFeedback(values({ ...both, contactMethod: 'email' }), standalone(), t).answers).to.deep.equal({
      rating: 5,
      contactAllowed: true,
      contactMethod: 'email',
      email: 'amina@example.org',
    });
    expect(checkFeedback(values({ ...both, contactMethod: 'phone' }), standalone(), t).answers).to.deep.equal({
      rating: 5,
      contactAllowed: true,
      contactMethod: 'phone',
      phone: '01632960001',
    });
  });

  it('anonymous answers carry no contact fields, whatever was typed before the box was unticked', () => {
    const checked = checkFeedback(
      values({ rating: '2', contactAllowed: '', contactMethod: 'email', email: 'amina@example.org', phone: 'not a number' }),
      standalone(),
      t,
    );
    expect(checked.errors).to.deep.equal([]);
    expect(checked.answers).to.deep.equal({ rating: 2, contactAllowed: false });
  });

  it('with services to pick from: a picked service, "It is not listed" (the page), or an error when nothing is picked', () => {
    const setup = picking();
    const nothing = checkFeedback(values({ rating: '4' }), setup, t);
    expect(nothing.errors).to.deep.equal([{ key: 'service', message: 'Select the service your feedback is about' }]);
    expect(checkFeedback(values({ rating: '4', service: 'rhymes' }), setup, t).subject).to.deep.equal({
      serviceId: 'rhymes',
      serviceName: 'Rhyme Time at the Library',
    });
    expect(checkFeedback(values({ rating: '4', service: NOT_LISTED }), setup, t).subject).to.deep.equal({});
    // A pick the feed no longer has (a draft from before it changed) is no pick.
    expect(checkFeedback(values({ rating: '4', service: 'gone' }), setup, t).errors.map((e) => e.key)).to.deep.equal(['service']);
  });

  it('lists every problem at once, in the order of the card', () => {
    const { errors } = checkFeedback(values({ wentWell: 'x'.repeat(1201), contactAllowed: 'yes' }), picking(), t);
    expect(errors.map((e) => e.key)).to.deep.equal(['service', 'rating', 'wentWell', 'contactMethod']);
  });
});

describe('feedback card: what it asks about', () => {
  it('on its own, with no feed, is about the page', () => {
    const setup = standalone();
    expect(setup.fixed).to.deep.equal({});
    expect(setup.services).to.deep.equal([]);
    expect(subjectOf(setup, '')).to.deep.equal({});
    expect(questionFor(setup, subjectOf(setup, ''), undefined, t)).to.equal('How useful was this page?');
    expect(setup.endpoint).to.equal(undefined);
    expect(setup.whatHappens).to.equal(t.feedbackCardWhatHappens);
    expect(setup.safeguarding).to.equal('If a child is in danger, call 999.');
  });

  it('service-id names the service when the feed has it, and keeps the id alone when it does not', () => {
    const named = picking({ serviceId: 'riverside' });
    expect(named.fixed).to.deep.equal({ serviceId: 'riverside', serviceName: 'Riverside Stay and Play' });
    expect(named.services, 'no picker').to.deep.equal([]);
    expect(subjectOf(named, 'rhymes'), 'a stale pick is ignored').to.deep.equal({ serviceId: 'riverside', serviceName: 'Riverside Stay and Play' });
    expect(questionFor(named, named.fixed, undefined, t)).to.equal('How was Riverside Stay and Play?');

    const unnamed = cardSetup({ serviceId: 'not-in-feed', services: [], events: [] }, t);
    expect(unnamed.fixed).to.deep.equal({ serviceId: 'not-in-feed' });
    expect(questionFor(unnamed, unnamed.fixed, undefined, t)).to.equal('How was the service?');
  });

  it('event-id names the session; service-id wins when both are set; blank attributes are not set', () => {
    const session = picking({ eventId: 'messy-play' });
    expect(session.fixed).to.deep.equal({ eventId: 'messy-play', serviceName: 'Messy Play Morning' });
    expect(questionFor(session, session.fixed, undefined, t)).to.equal('How was Messy Play Morning?');
    const unnamedSession = cardSetup({ eventId: 'not-in-feed', services: [], events: [] }, t);
    expect(questionFor(unnamedSession, unnamedSession.fixed, undefined, t), 'a session, not "the service"').to.equal('How was the session?');
    expect(picking({ serviceId: 'rhymes', eventId: 'messy-play' }).fixed).to.deep.equal({ serviceId: 'rhymes', serviceName: 'Rhyme Time at the Library' });
    const blank = picking({ serviceId: '  ', eventId: '' });
    expect(blank.fixed, 'the parent picks').to.equal(undefined);
    expect(blank.services).to.deep.equal(SERVICES);
  });

  it('while the parent picks, asks about "the service", then names the one picked', () => {
    const setup = picking();
    expect(subjectOf(setup, '')).to.equal(undefined);
    expect(questionFor(setup, subjectOf(setup, ''), undefined, t)).to.equal('How was the service?');
    expect(questionFor(setup, subjectOf(setup, 'rhymes'), undefined, t)).to.equal('How was Rhyme Time at the Library?');
    expect(questionFor(setup, subjectOf(setup, NOT_LISTED), undefined, t)).to.equal('How was the service?');
  });

  it("the site's or the scheme's own question wins over every built-in one", () => {
    for (const setup of [standalone(), picking(), picking({ serviceId: 'riverside' })]) {
      expect(questionFor(setup, setup.fixed, 'How did we do today?', t)).to.equal('How did we do today?');
    }
  });

  it("reads the feed's words: endpoint, what happens, safeguarding, the you-said-we-did page", () => {
    const setup = picking({
      form: form({
        whatHappensText: 'Our team reads every response.',
        safeguardingText: 'Worried about a child? Call 0300 555 0000.',
        youSaidWeDidUrl: 'https://castlegate.example.org/you-said-we-did',
      }),
      contact: { phone: '01632 960 001' },
    });
    expect(setup.endpoint).to.equal('https://receiver.example.org/feedback');
    expect(setup.whatHappens).to.equal('Our team reads every response.');
    expect(setup.safeguarding).to.equal('Worried about a child? Call 0300 555 0000.');
    expect(setup.youSaidWeDidUrl).to.equal('https://castlegate.example.org/you-said-we-did');
    expect(setup.contact).to.deep.equal({ phone: '01632 960 001' });
  });

  it('reads consentText (the contract’s first name for it) as what happens when whatHappensText is absent, and never over it', () => {
    expect(picking({ form: form({ consentText: 'We read every response.' }) }).whatHappens).to.equal('We read every response.');
    expect(picking({ form: form({ consentText: 'Older words.', whatHappensText: 'Newer words.' }) }).whatHappens).to.equal('Newer words.');
  });
});

describe('feedback card: searching the services', () => {
  const services: Subject[] = [
    { id: 'cafe', name: 'Café for Carers' },
    { id: 'community-cafe', name: 'Community CAFÉ Mornings' },
    { id: 'play', name: 'Stay and Play at Hillside' },
    { id: 'hillside-play', name: 'Hillside Messy Play' },
    { id: 'rhymes', name: 'Rhyme Time at the Library' },
    { id: 'dads', name: "Dads' Saturday Club" },
    { id: 'creche', name: 'Hillside Crèche' },
    { id: 'naive', name: 'Naive Art for Toddlers' },
  ];
  const ids = (typed: string, limit?: number) => searchServices(services, typed, limit).shown.map((s) => s.id);

  it('finds names holding every word typed, in any order and any case', () => {
    expect(ids('play hillside')).to.have.members(['play', 'hillside-play']);
    expect(ids('PLAY Hillside')).to.have.members(['play', 'hillside-play']);
    expect(ids('play library')).to.deep.equal([]);
    expect(searchServices(services, 'play library').total).to.equal(0);
  });

  it('folds accents both ways: "cafe" finds "Café", "creche" finds "Crèche", and "café" finds "Cafe"', () => {
    expect(ids('cafe')).to.deep.equal(['cafe', 'community-cafe']);
    expect(ids('Café')).to.deep.equal(['cafe', 'community-cafe']);
    expect(ids('creche')).to.deep.equal(['creche']);
    expect(ids('CRÈCHE')).to.deep.equal(['creche']);
    // Typed with the accent, found without it.
    expect(ids('naïve')).to.deep.equal(['naive']);
  });

  it('lists names starting with the words first, then names with a word starting so, then the rest', () => {
    // "Hillside Crèche" and "Hillside Messy Play" start with it (then by name); "Stay and Play at Hillside" has it as a later word.
    expect(ids('hillside')).to.deep.equal(['creche', 'hillside-play', 'play']);
    // Both have it as a later word: by name.
    expect(ids('play')).to.deep.equal(['hillside-play', 'play']);
    expect(searchServices([{ id: 'a', name: 'Display Corner' }, { id: 'b', name: 'Play Gym' }, { id: 'c', name: 'Messy Play' }], 'play').shown.map((s) => s.id)).to.deep.equal([
      'b',
      'c',
      'a',
    ]);
  });

  it(`shows at most the limit (${PICKER_LIMIT} by default), and says how many match in all`, () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `group-${i}`, name: `Group ${String(i).padStart(2, '0')}` }));
    const all = searchServices(many, '');
    expect(PICKER_LIMIT).to.equal(8);
    expect(all.shown).to.have.length(8);
    expect(all.total).to.equal(12);
    expect(all.shown.map((s) => s.id)).to.deep.equal(many.slice(0, 8).map((s) => s.id));
    // "Group 01", "Group 10" and "Group 11" hold both words: two shown, three in all.
    const some = searchServices(many, 'group 1', 2);
    expect(some.shown.map((s) => s.id)).to.deep.equal(['group-1', 'group-10']);
    expect(some.total).to.equal(3);
    expect(searchServices(many, '  ', 3).total).to.equal(12);
  });
});
