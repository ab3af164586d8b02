import { expect } from '@open-wc/testing';
import { FEED_JSON_SCHEMA_ID, feedJsonSchema } from '../../src/data/feed-json-schema.js';
import { EventSchema, ServiceSchema } from '../../src/data/feed-schema.js';
import { RAW_COMMENT_KEYS } from '../../src/data/feedback-summary-schema.js';
import { schemaErrors } from '../support/schema.js';

async function committedSchema(): Promise<Record<string, any>> {
  const response = await fetch('/schema/feed.schema.json');
  expect(response.ok, 'schema/feed.schema.json is served').to.equal(true);
  return response.json();
}

describe('schema/feed.schema.json', () => {
  it('is exactly what `npm run schema` generates from FeedSchema (run it after changing feed-schema.ts)', async () => {
    const generated = JSON.parse(JSON.stringify(feedJsonSchema()));
    expect(await committedSchema()).to.deep.equal(generated);
  });

  it('is identified, titled and described, without a network $id', async () => {
    const { $id, title, description } = await committedSchema();
    expect($id).to.equal(FEED_JSON_SCHEMA_ID);
    expect($id).not.to.match(/^https?:/);
    expect(title).to.be.a('string').and.not.equal('');
    expect(description).to.be.a('string').and.not.equal('');
  });

  it('describes the contract: required fields, safe link patterns, definitions', async () => {
    const schema = await committedSchema();
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.deep.equal(['version', 'programme']);
    const defs = schema.$defs;
    expect(Object.keys(defs)).to.include.members(['Programme', 'Service', 'Event', 'Recurrence', 'OpeningSession', 'Location']);
    expect(defs.Service.required).to.deep.equal(['id', 'name']);
    expect(defs.Event.required).to.deep.equal(['id', 'title', 'start']);
    const website = new RegExp(defs.Contact.properties.website.pattern);
    expect(website.test('https://example.org')).to.equal(true);
    expect(website.test('javascript:alert(1)')).to.equal(false);
    const booking = new RegExp(defs.Event.properties.bookingUrl.pattern);
    expect(booking.test('tel:01632960123')).to.equal(true);
    expect(booking.test('data:text/html,x')).to.equal(false);
    expect(defs.Service.properties.booking.enum).to.deep.equal(['drop-in', 'booking', 'referral']);
    expect(defs.Service.description).to.be.a('string');
  });

  it('gives email and date fields a format and the pattern the widgets enforce', async () => {
    const defs = (await committedSchema()).$defs;
    const email = defs.Contact.properties.email;
    expect(email.format).to.equal('email');
    expect(new RegExp(email.pattern, 'u').test('team@example.org')).to.equal(true);
    expect(new RegExp(email.pattern, 'u').test('team@example')).to.equal(false);
    for (const date of [defs.Service.properties.lastChecked, defs.Recurrence.properties.until, defs.Recurrence.properties.exclude.items]) {
      expect(date.format).to.equal('date');
      expect(new RegExp(date.pattern, 'u').test('2026-05-04')).to.equal(true);
      expect(new RegExp(date.pattern, 'u').test('2026-13-04')).to.equal(false);
      expect(new RegExp(date.pattern, 'u').test('2026-05-04T10:00')).to.equal(false);
    }
  });

  it('accepts and rejects what the widgets accept and reject (same patterns at run time)', async () => {
    const defs = (await committedSchema()).$defs;
    const cases: [string, string, boolean][] = [
      ['lastChecked', '2026-05-04', true],
      ['lastChecked', '2026-13-04', false],
      ['id', 'st-marys:2', true],
      ['id', '-leading-dash', false],
    ];
    for (const [field, value, ok] of cases) {
      const pattern = new RegExp(defs.Service.properties[field].pattern, 'u');
      expect(pattern.test(value), `JSON Schema ${field} ${value}`).to.equal(ok);
      const errors = schemaErrors(ServiceSchema, { id: field === 'id' ? value : 's1', name: 'N', [field]: value });
      expect(errors.length === 0, `reader ${field} ${value}`).to.equal(ok);
    }
    const start = new RegExp(defs.Event.properties.start.pattern, 'u');
    for (const value of ['2026-05-04T10:00', '2026-05-04', '2026-05-04T10:00Z', '2026-05-04T25:00']) {
      const readerOk = schemaErrors(EventSchema, { id: 'e', title: 'T', start: value }).length === 0;
      expect(start.test(value), value).to.equal(readerOk);
    }
  });

  it("describes feedbackSummary (issue 23): the receiver's answer fits, five ratings, a minimum of at least 1, and no raw comments anywhere in it", async () => {
    const schema = await committedSchema();
    const defs = schema.$defs;
    expect(schema.properties.feedbackSummary.$ref).to.equal('#/$defs/FeedbackSummary');
    expect(schema.required, 'optional').to.not.include('feedbackSummary');
    const summary = defs.FeedbackSummary;
    // What GET /summary answers is all it requires; youSaidWeDid is optional.
    expect(summary.required).to.deep.equal([]);
    expect(Object.keys(summary.properties)).to.deep.equal(['generatedAt', 'minimumResponses', 'services', 'youSaidWeDid']);
    expect(summary.properties.minimumResponses).to.include({ type: 'integer', minimum: 1, default: 5 });
    expect(new RegExp(summary.properties.generatedAt.pattern).test('2026-12-06T09:30:00.000Z'), 'toISOString()').to.equal(true);
    expect(summary.properties.services.items.$ref).to.equal('#/$defs/FeedbackSummaryService');
    expect(summary.properties.youSaidWeDid.items.$ref).to.equal('#/$defs/YouSaidWeDid');
    expect(defs.FeedbackSummaryService.required).to.deep.equal(['serviceId', 'responses', 'ratings']);
    expect(defs.FeedbackSummaryService.allOf[0]).to.deep.equal({ properties: { ratings: { minItems: 5, maxItems: 5 } } });
    expect(defs.YouSaidWeDid.required).to.deep.equal(['id', 'date', 'youSaid', 'weDid']);
    expect(defs.YouSaidWeDid.properties.date.format).to.equal('date');
    // The same raw-comment keys the widgets refuse, on the section, each service and each note.
    const refused = (node: Record<string, any>) => {
      const not = node.not ?? node.allOf?.find((part: Record<string, any>) => part.not)?.not;
      return not.anyOf.map((rule: Record<string, any>) => rule.required[0]);
    };
    for (const node of [summary, defs.FeedbackSummaryService, defs.YouSaidWeDid]) {
      expect(refused(node)).to.deep.equal([...RAW_COMMENT_KEYS, 'responses']);
    }
    expect(defs.FeedbackSummaryService.description).to.contain('add up to responses');
  });
});
