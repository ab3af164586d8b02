// Issue 23: the feed's published feedback summary (`feedbackSummary`). Counts only, for services
// at or above the scheme's minimum, and "you said, we did" notes; anything that carries what
// parents wrote is refused with a console line naming where and which keys, and never read on.
import { expect } from '@open-wc/testing';
import type { Diagnostic } from '../../src/data/errors.js';
import { checkFeedSections, servicesSection } from '../../src/data/validate.js';
import { feedbackSummarySection } from '../../src/data/validate-feedback-summary.js';
import { validateFeedSections } from '../../src/data/feed-report.js';
import { formatDiagnostic } from '../../src/data/format.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';
import { FeedbackSummaryServiceSchema, RAW_COMMENT_KEYS } from '../../src/data/feedback-summary-schema.js';
import { read } from '../../src/data/schema-kit.js';

type Json = Record<string, any>;

/** A feed with two services and `summary` as its feedbackSummary. */
function feed(summary: unknown): Json {
  return {
    version: '1.0',
    programme: { name: 'Testborough Parent Champions' },
    services: [
      { id: 'riverside', name: 'Riverside Stay and Play' },
      { id: 'rhymes', name: 'Rhyme Time' },
    ],
    feedbackSummary: summary,
  };
}

const lines = (diagnostics: Diagnostic[]) => diagnostics.map(formatDiagnostic);

describe('feedbackSummary (issue 23): the feed contract', () => {
  it("takes the receiver's GET /summary answer as it is, with no diagnostic, and reads its defaults", () => {
    // What server/src/routes/public.ts answers, written out: generatedAt as toISOString() gives it.
    const fromReceiver = {
      generatedAt: '2026-12-06T09:30:00.000Z',
      minimumResponses: 5,
      services: [
        { serviceId: 'riverside', responses: 12, ratings: [0, 1, 1, 3, 7] },
        { serviceId: 'rhymes', responses: 5, ratings: [0, 0, 0, 0, 5] },
      ],
    };
    const { feed: out, diagnostics } = validateNativeFeed(feed(fromReceiver));
    expect(lines(diagnostics)).to.deep.equal([]);
    expect(out.feedbackSummary).to.deep.equal({ ...fromReceiver, youSaidWeDid: [] });

    // Written by hand: the minimum defaults to 5, the lists to empty; notes are read too.
    const byHand = {
      youSaidWeDid: [
        { id: 'heating', serviceId: 'riverside', date: '2026-11-03', youSaid: 'The hall was cold.', weDid: 'We moved to the warmer room.' },
        { id: 'times', date: '2026-10-01', youSaid: 'Sessions clashed with school pick-up.', weDid: 'They now end at 2:30.' },
      ],
    };
    const handWritten = validateNativeFeed(feed(byHand));
    expect(lines(handWritten.diagnostics)).to.deep.equal([]);
    expect(handWritten.feed.feedbackSummary).to.deep.equal({ minimumResponses: 5, services: [], ...byHand });
  });

  it('leaves out a service below the minimum, saying so once, and keeps the rest', () => {
    const { feed: out, diagnostics } = validateNativeFeed(
      feed({
        minimumResponses: 10,
        services: [
          { serviceId: 'riverside', responses: 12, ratings: [0, 1, 1, 3, 7] },
          { serviceId: 'rhymes', responses: 9, ratings: [0, 0, 0, 4, 5] },
        ],
      }),
    );
    expect(out.feedbackSummary!.services.map((s) => s.serviceId)).to.deep.equal(['riverside']);
    expect(lines(diagnostics)).to.deep.equal([
      `feedbackSummary.services[1].responses: 9 is fewer than the summary's minimumResponses (10): not shown until there are enough — item left out [item "rhymes"]`,
    ]);
  });

  it('refuses a service entry that carries raw comments, naming the entry and the keys, never their words', () => {
    const secret = 'Mrs Smith was rude to me';
    const { feed: out, diagnostics } = validateNativeFeed(
      feed({
        services: [
          { serviceId: 'riverside', responses: 12, ratings: [0, 1, 1, 3, 7] },
          { serviceId: 'rhymes', responses: 6, ratings: [0, 0, 1, 2, 3], text: secret },
          { serviceId: 'library', responses: 5, ratings: [0, 0, 0, 0, 5], wentWell: secret, couldBeBetter: secret },
        ],
      }),
    );
    expect(out.feedbackSummary!.services.map((s) => s.serviceId)).to.deep.equal(['riverside']);
    expect(lines(diagnostics)).to.deep.equal([
      'feedbackSummary.services[1]: carries raw comments (text): publish counts only, never what parents wrote — item left out [item "rhymes"]',
      'feedbackSummary.services[2]: carries raw comments (couldBeBetter, wentWell): publish counts only, never what parents wrote — item left out [item "library"]',
    ]);
    expect(JSON.stringify(out)).to.not.contain(secret);
    expect(lines(diagnostics).join('\n')).to.not.contain(secret);
  });

  it('refuses every raw-comment key, and responses given as a list of whole responses', () => {
    for (const key of RAW_COMMENT_KEYS) {
      const { feed: out, diagnostics } = validateNativeFeed(
        feed({ services: [{ serviceId: 'riverside', responses: 5, ratings: [0, 0, 0, 0, 5], [key]: ['Lovely staff'] }] }),
      );
      expect(out.feedbackSummary!.services, key).to.deep.equal([]);
      expect(diagnostics.map((d) => [d.path, d.action]), key).to.deep.equal([['feedbackSummary.services[0]', 'skipped']]);
      expect(diagnostics[0].message, key).to.contain(`carries raw comments (${key})`);
    }
    const whole = validateNativeFeed(
      feed({ services: [{ serviceId: 'riverside', responses: [{ rating: 5, wentWell: 'Lovely staff' }], ratings: [0, 0, 0, 0, 1] }] }),
    );
    expect(whole.feed.feedbackSummary!.services).to.deep.equal([]);
    expect(lines(whole.diagnostics)).to.deep.equal([
      'feedbackSummary.services[0]: carries raw comments (responses): publish counts only, never what parents wrote — item left out [item "riverside"]',
    ]);
  });

  it('refuses the whole section when it lists raw comments at its top level, and a note that carries them', () => {
    const section = validateNativeFeed(
      feed({
        services: [{ serviceId: 'riverside', responses: 12, ratings: [0, 1, 1, 3, 7] }],
        comments: [{ serviceId: 'riverside', text: 'Lovely staff' }],
      }),
    );
    expect(section.feed.feedbackSummary).to.equal(undefined);
    expect(lines(section.diagnostics)).to.deep.equal([
      'feedbackSummary: carries raw comments (comments): publish counts only, never what parents wrote — item left out',
    ]);

    const note = validateNativeFeed(
      feed({
        youSaidWeDid: [
          { id: 'ok', date: '2026-11-03', youSaid: 'Too cold', weDid: 'Heating fixed' },
          { id: 'raw', date: '2026-11-04', youSaid: 'Too cold', weDid: 'Heating fixed', answers: { wentWell: 'Nice' } },
        ],
      }),
    );
    expect(note.feed.feedbackSummary!.youSaidWeDid.map((n) => n.id)).to.deep.equal(['ok']);
    expect(lines(note.diagnostics)).to.deep.equal([
      'feedbackSummary.youSaidWeDid[1]: carries raw comments (answers): publish counts only, never what parents wrote — item left out [item "raw"]',
    ]);
  });

  it('leaves out counts that do not add up or are not five, a repeated service, and a bad note; warns of an unknown service', () => {
    const { feed: out, diagnostics } = validateNativeFeed(
      feed({
        services: [
          { serviceId: 'riverside', responses: 12, ratings: [0, 1, 1, 3, 7] },
          { serviceId: 'rhymes', responses: 12, ratings: [0, 1, 1, 3, 6] },
          { serviceId: 'rhymes', responses: 5, ratings: [0, 0, 5, 0] },
          { serviceId: 'riverside', responses: 6, ratings: [0, 0, 0, 1, 5] },
          { serviceId: 'gone', responses: 5, ratings: [1, 1, 1, 1, 1] },
          { serviceId: 'rhymes', responses: 5.5, ratings: [0, 0, 0, 0, 5] },
        ],
        youSaidWeDid: [{ id: 'n', date: '3 Nov 2026', youSaid: 'A', weDid: 'B' }],
      }),
    );
    expect(out.feedbackSummary!.services.map((s) => s.serviceId)).to.deep.equal(['riverside', 'gone']);
    expect(out.feedbackSummary!.youSaidWeDid).to.deep.equal([]);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['feedbackSummary.services[1]', 'skipped'],
      ['feedbackSummary.services[2]', 'skipped'],
      ['feedbackSummary.services[3].serviceId', 'skipped'],
      ['feedbackSummary.services[4].serviceId', 'warning'],
      ['feedbackSummary.services[5].responses', 'skipped'],
      ['feedbackSummary.youSaidWeDid[0].date', 'skipped'],
    ]);
    expect(diagnostics[0].message).to.match(/^must give ratings as 5 counts, very poor to very good, that add up to responses/);
    expect(diagnostics[2].message).to.contain('repeats the id of feedbackSummary.services[0]');
    expect(diagnostics[3].message).to.equal('refers to service "gone", which is not in services');
  });

  it('refuses the whole section when its minimum is not a whole number of at least 1 (a default could publish too much)', () => {
    for (const minimumResponses of [0, 2.5, '3', null]) {
      const { feed: out, diagnostics } = validateNativeFeed(
        feed({ minimumResponses, services: [{ serviceId: 'riverside', responses: 3, ratings: [0, 0, 0, 0, 3] }] }),
      );
      expect(out.feedbackSummary, String(minimumResponses)).to.equal(undefined);
      expect(diagnostics.map((d) => [d.path, d.action]), String(minimumResponses)).to.deep.equal([['feedbackSummary.minimumResponses', 'skipped']]);
    }
    const notObject = validateNativeFeed(feed([{ serviceId: 'riverside' }]));
    expect(notObject.feed.feedbackSummary).to.equal(undefined);
    expect(notObject.diagnostics.map((d) => d.path)).to.deep.equal(['feedbackSummary']);
  });

  it('is not read, nor passed on unread, by a page whose widgets do not show it', () => {
    const input = feed({ services: [{ serviceId: 'riverside', responses: 1, ratings: [0, 0, 0, 0, 1], wentWell: 'x' }] });
    const { feed: out, drafts } = checkFeedSections(input, { services: servicesSection });
    expect(out).to.not.have.property('feedbackSummary');
    expect(drafts).to.deep.equal([]);
    const read_ = validateFeedSections(input, { services: servicesSection, feedbackSummary: feedbackSummarySection });
    expect(read_.feed.feedbackSummary!.services).to.deep.equal([]);
  });

  it('the schema alone refuses raw comments too (for anyone reading with it directly)', () => {
    const { value, problems } = read(FeedbackSummaryServiceSchema, { serviceId: 'a', responses: 5, ratings: [0, 0, 0, 0, 5], comments: ['x'] });
    expect(value).to.equal(undefined);
    expect(problems.map((p) => p.rule)).to.deep.equal(['invalid']);
  });
});
