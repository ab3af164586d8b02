import { expect } from '@open-wc/testing';
import { signupJsonSchema, SIGNUP_JSON_SCHEMA_ID } from '../../src/forms/signup-json-schema.js';
import { signupPayload, SignupPayloadSchema, type SignupAnswers } from '../../src/forms/signup-payload.js';
import { newSubmissionId } from '../../src/forms/send.js';
import { schemaErrors } from '../support/schema.js';

const answers: SignupAnswers = {
  name: 'Amina Test',
  contactMethod: 'text',
  phone: '07700 900123',
  area: 'NB1 4AA',
  languages: ['Somali', 'English'],
  days: ['MO', 'WE'],
  timesOfDay: ['morning'],
  interests: ['school-gate'],
  heardAbout: ['childrens-centre'],
};

function payload(overrides: Partial<Parameters<typeof signupPayload>[0]> = {}) {
  return signupPayload({
    submissionId: newSubmissionId(),
    answers,
    consentText: 'Northbridge Council will use your details to contact you about volunteering.',
    consentGivenAt: new Date(Date.UTC(2026, 11, 6, 9, 30)),
    submittedAt: new Date(Date.UTC(2026, 11, 6, 9, 31)),
    locale: 'en-GB',
    pageHref: 'https://www.example-school.sch.uk/get-involved?utm_source=newsletter&email=amina@example.org#form',
    ...overrides,
  });
}

describe('forms: the sign-up payload', () => {
  it('carries the answers, the consent wording and time, the locale and the page without its query string', () => {
    const sent = payload();
    expect(schemaErrors(SignupPayloadSchema, sent)).to.deep.equal([]);
    expect(sent.version).to.equal('1.0');
    expect(sent.form).to.equal('signup');
    expect(sent.pageUrl).to.equal('https://www.example-school.sch.uk/get-involved');
    expect(sent.consent).to.deep.equal({
      given: true,
      text: 'Northbridge Council will use your details to contact you about volunteering.',
      givenAt: '2026-12-06T09:30:00.000Z',
    });
    expect(sent.submittedAt).to.equal('2026-12-06T09:31:00.000Z');
    expect(sent.answers).to.deep.equal(answers);
  });

  it('refuses a chosen way to get in touch without its detail, and a consent not given', () => {
    const noPhone = { ...payload(), answers: { ...answers, phone: undefined } };
    expect(schemaErrors(SignupPayloadSchema, JSON.parse(JSON.stringify(noPhone))).join('\n')).to.contain('answers');
    const emailChosen = { ...payload(), answers: { ...answers, contactMethod: 'email' } };
    expect(schemaErrors(SignupPayloadSchema, emailChosen)).not.to.deep.equal([]);
    const notGiven = { ...payload(), consent: { ...payload().consent, given: false } };
    expect(schemaErrors(SignupPayloadSchema, notGiven).join('\n')).to.contain('consent');
    const withQuery = { ...payload(), pageUrl: 'https://example.org/join?email=a@b.c' };
    expect(schemaErrors(SignupPayloadSchema, withQuery).join('\n')).to.contain('pageUrl');
  });
});

describe('schema/signup.schema.json', () => {
  async function committed(): Promise<Record<string, any>> {
    const response = await fetch('/schema/signup.schema.json');
    expect(response.ok, 'schema/signup.schema.json is served').to.equal(true);
    return response.json();
  }

  it('is exactly what `npm run schema` generates from signup-payload.ts', async () => {
    expect(await committed()).to.deep.equal(JSON.parse(JSON.stringify(signupJsonSchema())));
  });

  it('states the contract a receiver checks: required parts, the contact rule, consent given', async () => {
    const schema = await committed();
    expect(schema.$id).to.equal(SIGNUP_JSON_SCHEMA_ID);
    expect(schema.required).to.include.members(['submissionId', 'consent', 'answers', 'pageUrl']);
    const answersDef = schema.$defs.SignupAnswers;
    expect(answersDef.required).to.deep.equal(['name', 'contactMethod', 'area']);
    expect(answersDef.allOf).to.deep.include({ if: { properties: { contactMethod: { const: 'email' } } }, then: { required: ['email'] } });
    expect(schema.$defs.Consent.allOf).to.deep.equal([{ properties: { given: { const: true } } }]);
    const page = new RegExp(schema.properties.pageUrl.pattern);
    expect(page.test('https://example.org/join')).to.equal(true);
    expect(page.test('https://example.org/join?email=a@b.c')).to.equal(false);
  });
});
