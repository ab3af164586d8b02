import { expect } from '@open-wc/testing';
import { FEEDBACK_PAYLOAD_DOCS } from '../../src/forms/feedback-payload-docs.js';
import { feedbackJsonSchema, FEEDBACK_JSON_SCHEMA_ID } from '../../src/forms/feedback-json-schema.js';
import {
  feedbackPayload,
  FeedbackPayloadSchema,
  hasOneSubjectAtMost,
  isContactAsAllowed,
  RATINGS,
  type FeedbackAnswers,
  type FeedbackPayload,
} from '../../src/forms/feedback-payload.js';
import { newSubmissionId } from '../../src/forms/send.js';
import { schemaErrors } from '../support/schema.js';

const answers: FeedbackAnswers = {
  rating: 4,
  wentWell: 'The staff were kind and the room was warm.',
  couldBeBetter: 'More sessions after school would help.',
  contactAllowed: true,
  contactMethod: 'email',
  email: 'amina@example.org',
};

function payload(overrides: Partial<Parameters<typeof feedbackPayload>[0]> = {}): FeedbackPayload {
  return feedbackPayload({
    submissionId: newSubmissionId(),
    subject: { serviceId: 'stay-and-play-north', serviceName: 'Stay and Play, Northbridge Library' },
    answers,
    submittedAt: new Date(Date.UTC(2026, 11, 6, 9, 31)),
    locale: 'en-GB',
    pageHref: 'https://www.example-school.sch.uk/family-hub?utm_source=newsletter&email=amina@example.org#feedback',
    ...overrides,
  });
}

/** The payload with `answers` (or `subject`) changed, as JSON would carry it (no `undefined`). */
const withAnswers = (changes: Record<string, unknown>) => JSON.parse(JSON.stringify({ ...payload(), answers: { ...answers, ...changes } }));
const withSubject = (subject: Record<string, unknown>) => ({ ...payload(), subject });

describe('forms: the feedback payload', () => {
  it('carries what it is about, the answers, the locale and the page without its query string', () => {
    const sent = payload();
    expect(schemaErrors(FeedbackPayloadSchema, sent)).to.deep.equal([]);
    expect(sent.version).to.equal('1.0');
    expect(sent.form).to.equal('feedback');
    expect(sent.pageUrl).to.equal('https://www.example-school.sch.uk/family-hub');
    expect(sent.submittedAt).to.equal('2026-12-06T09:31:00.000Z');
    expect(sent.subject).to.deep.equal({ serviceId: 'stay-and-play-north', serviceName: 'Stay and Play, Northbridge Library' });
    expect(sent.answers).to.deep.equal(answers);
    expect(sent).not.to.have.property('consent');
  });

  it('reads clean anonymous, about a session, or about the page, with the rating alone', () => {
    const anonymous = payload({ subject: { eventId: 'ev-2026-12-10' }, answers: { rating: 1, contactAllowed: false } });
    expect(schemaErrors(FeedbackPayloadSchema, anonymous)).to.deep.equal([]);
    expect(anonymous.answers).to.deep.equal({ rating: 1, contactAllowed: false });
    const aboutThePage = payload({ subject: {}, answers: { rating: 5, contactAllowed: true, contactMethod: 'phone', phone: '07700900123' } });
    expect(schemaErrors(FeedbackPayloadSchema, aboutThePage)).to.deep.equal([]);
    for (const rating of RATINGS) expect(schemaErrors(FeedbackPayloadSchema, withAnswers({ rating })), `rating ${rating}`).to.deep.equal([]);
  });

  it('sends contact details only with permission, and only the chosen one', () => {
    const typed = { email: 'amina@example.org', phone: '07700900123' };
    const notAllowed = payload({ answers: { rating: 3, contactAllowed: false, contactMethod: 'email', ...typed } });
    expect(notAllowed.answers).to.deep.equal({ rating: 3, contactAllowed: false });
    const byPhone = payload({ answers: { rating: 3, contactAllowed: true, contactMethod: 'phone', ...typed } });
    expect(byPhone.answers).to.deep.equal({ rating: 3, contactAllowed: true, contactMethod: 'phone', phone: '07700900123' });
    expect(schemaErrors(FeedbackPayloadSchema, notAllowed)).to.deep.equal([]);
    expect(schemaErrors(FeedbackPayloadSchema, byPhone)).to.deep.equal([]);
  });

  it('refuses a rating off the five-point scale', () => {
    for (const rating of [0, 6, 2.5, '4', null]) {
      expect(schemaErrors(FeedbackPayloadSchema, withAnswers({ rating })).join('\n'), `rating ${rating}`).to.contain('answers');
    }
    expect(schemaErrors(FeedbackPayloadSchema, withAnswers({ rating: undefined })).join('\n')).to.contain('rating');
  });

  it('refuses contact details without permission, and permission without the chosen detail', () => {
    const refused = (changes: Record<string, unknown>) => schemaErrors(FeedbackPayloadSchema, withAnswers(changes)).join('\n');
    expect(refused({ contactAllowed: false })).to.contain('answers');
    expect(refused({ contactAllowed: false, contactMethod: undefined })).to.contain('answers');
    expect(refused({ contactAllowed: false, contactMethod: undefined, email: undefined, phone: '07700900123' })).to.contain('answers');
    expect(refused({ email: undefined })).to.contain('answers');
    expect(refused({ contactMethod: 'phone' })).to.contain('answers');
    expect(refused({ contactMethod: undefined })).to.contain('answers');
    expect(refused({ contactMethod: 'text', phone: '07700900123' })).to.contain('answers');
    expect(refused({ contactAllowed: 'yes' })).to.contain('answers');
    expect(refused({ contactAllowed: undefined })).to.contain('answers');
  });

  it('refuses feedback about both a service and a session, and a bad id', () => {
    expect(schemaErrors(FeedbackPayloadSchema, withSubject({ serviceId: 's1', eventId: 'e1' })).join('\n')).to.contain('subject');
    expect(schemaErrors(FeedbackPayloadSchema, withSubject({ serviceId: '-not-an-id' })).join('\n')).to.contain('subject');
    const { subject, ...noSubject } = payload();
    expect(subject).to.be.an('object');
    expect(schemaErrors(FeedbackPayloadSchema, noSubject).join('\n')).to.contain('subject');
  });

  it('refuses a page address with a query string, and a submission id that is not a UUID', () => {
    const withQuery = { ...payload(), pageUrl: 'https://example.org/hub?email=a@b.c' };
    expect(schemaErrors(FeedbackPayloadSchema, withQuery).join('\n')).to.contain('pageUrl');
    for (const submissionId of ['not-a-uuid', '3B241101-E2BB-4255-8CAF-4136C566A962', '']) {
      expect(schemaErrors(FeedbackPayloadSchema, { ...payload(), submissionId }).join('\n'), submissionId).to.contain('submissionId');
    }
    expect(schemaErrors(FeedbackPayloadSchema, { ...payload(), form: 'signup' }).join('\n')).to.contain('form');
  });

  it('checks with named, pure functions (the JSON Schema writer translates them by identity)', () => {
    expect(hasOneSubjectAtMost({})).to.equal(true);
    expect(hasOneSubjectAtMost({ serviceId: 's1', eventId: 'e1' })).to.equal(false);
    expect(isContactAsAllowed({ contactAllowed: false })).to.equal(true);
    expect(isContactAsAllowed({ contactAllowed: true })).to.equal(false);
    expect(isContactAsAllowed({ contactAllowed: true, contactMethod: 'phone', phone: '07700900123' })).to.equal(true);
  });
});

describe('schema/feedback.schema.json', () => {
  async function committed(): Promise<Record<string, any>> {
    const response = await fetch('/schema/feedback.schema.json');
    expect(response.ok, 'schema/feedback.schema.json is served').to.equal(true);
    return response.json();
  }

  it('is exactly what `npm run schema` generates from feedback-payload.ts', async () => {
    expect(await committed()).to.deep.equal(JSON.parse(JSON.stringify(feedbackJsonSchema())));
  });

  it('states the contract a receiver checks: required parts, one subject at most, contact only with permission', async () => {
    const schema = await committed();
    expect(schema.$id).to.equal(FEEDBACK_JSON_SCHEMA_ID);
    expect(schema.required).to.deep.equal(['version', 'form', 'submissionId', 'submittedAt', 'locale', 'pageUrl', 'subject', 'answers']);
    expect(schema.properties).not.to.have.property('consent');
    expect(schema.$defs.FeedbackSubject.required).to.deep.equal([]);
    expect(schema.$defs.FeedbackSubject.allOf).to.deep.equal([{ not: { required: ['serviceId', 'eventId'] } }]);
    const answersDef = schema.$defs.FeedbackAnswers;
    expect(answersDef.required).to.deep.equal(['rating', 'contactAllowed']);
    expect(answersDef.properties.rating).to.include({ type: 'integer', minimum: 1, maximum: 5 });
    const [contact] = answersDef.allOf;
    expect(contact.if).to.deep.equal({ properties: { contactAllowed: { const: true } } });
    expect(contact.then.required).to.deep.equal(['contactMethod']);
    expect(contact.then.allOf).to.deep.include({ if: { properties: { contactMethod: { const: 'email' } } }, then: { required: ['email'] } });
    expect(contact.then.allOf).to.deep.include({ if: { properties: { contactMethod: { const: 'phone' } } }, then: { required: ['phone'] } });
    expect(contact.else).to.deep.equal({ not: { anyOf: [{ required: ['contactMethod'] }, { required: ['email'] }, { required: ['phone'] }] } });
    const page = new RegExp(schema.properties.pageUrl.pattern);
    expect(page.test('https://example.org/hub')).to.equal(true);
    expect(page.test('https://example.org/hub?email=a@b.c')).to.equal(false);
    const uuid = new RegExp(schema.properties.submissionId.pattern);
    expect(uuid.test(payload().submissionId)).to.equal(true);
    expect(uuid.test('not-a-uuid')).to.equal(false);
  });

  it('describes every field, from feedback-payload-docs.ts', async () => {
    const schema = await committed();
    const described: Record<string, string> = {};
    for (const [name, property] of Object.entries<Record<string, any>>(schema.properties)) {
      if (!property.$ref) described[`FeedbackPayload.${name}`] = property.description;
    }
    for (const [definition, node] of Object.entries<Record<string, any>>(schema.$defs)) {
      described[definition] = node.description;
      for (const [name, property] of Object.entries<Record<string, any>>(node.properties)) described[`${definition}.${name}`] = property.description;
    }
    expect(described).to.deep.equal(FEEDBACK_PAYLOAD_DOCS);
  });
});
