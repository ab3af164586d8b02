import { expect } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { FEED_JSON_SCHEMA_ID, FEED_JSON_SCHEMA_OPTIONS, feedJsonSchema } from '../../src/data/feed-json-schema.js';
import { EMAIL_PATTERN, FeedSchema, ISO_DATE_PATTERN } from '../../src/data/feed-schema.js';

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

  it('is the valibot conversion with the shared options, plus identification', async () => {
    const { $schema, ...converted } = JSON.parse(JSON.stringify(toJsonSchema(FeedSchema, FEED_JSON_SCHEMA_OPTIONS)));
    const committed = await committedSchema();
    const { $id, title, description, $schema: committedDraft, ...rest } = committed;
    expect(committedDraft).to.equal($schema);
    expect(rest).to.deep.equal(converted);
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

  it('checks email and dates with exactly the patterns of valibot\'s email and isoDate actions', () => {
    expect(EMAIL_PATTERN.source).to.equal(v.email().requirement.source);
    expect(EMAIL_PATTERN.flags).to.equal(v.email().requirement.flags);
    expect(ISO_DATE_PATTERN.source).to.equal(v.isoDate().requirement.source);
    expect(ISO_DATE_PATTERN.flags).to.equal(v.isoDate().requirement.flags);
  });
});
