/** The sign-up's checks and its setup from the feed, without a page (issue 21). */
import { expect } from '@open-wc/testing';
import { checkSignup, questionForField, splitLanguages } from '../../src/champion-signup/signup-checks.js';
import { NOT_SURE, signupSetup } from '../../src/champion-signup/signup-setup.js';
import { emptySignupValues, valuesFromDraft, type SignupValues } from '../../src/champion-signup/signup-values.js';
import { signupEnglish as t } from '../../src/champion-signup/strings/en-GB.js';
import type { SignupForm } from '../../src/data/feed-schema.js';

const valid = (): SignupValues => ({
  ...emptySignupValues(),
  name: '  Amina   Yusuf ',
  contactMethod: 'email',
  email: 'amina@example.org',
  phone: 'left over from before',
  area: 'nb1 4aa',
  languages: 'English, Somali and Arabic',
  days: ['SA', 'MO'],
  timesOfDay: ['evening'],
  interests: ['events'],
  heardAbout: ['school', 'not-an-option'],
  consent: 'yes',
});

const form = (parts: Partial<SignupForm> = {}): SignupForm => ({
  endpoint: 'https://receiver.example.org/signups',
  heardAboutOptions: [],
  interests: [],
  consentText: 'Castlegate Family Hubs will use your details to contact you.',
  questions: [],
  ...parts,
});

describe('sign-up: checking the answers', () => {
  it('gives the cleaned answers to send when all is well (only what was asked, in order)', () => {
    const { errors, answers } = checkSignup(valid(), signupSetup(undefined, undefined, t), t);
    expect(errors).to.deep.equal([]);
    expect(answers).to.deep.equal({
      name: 'Amina Yusuf',
      contactMethod: 'email',
      email: 'amina@example.org',
      area: 'NB1 4AA',
      languages: ['English', 'Somali', 'Arabic'],
      days: ['MO', 'SA'],
      timesOfDay: ['evening'],
      interests: ['events'],
      heardAbout: ['school'],
    });
  });

  it('lists every problem in the order of the form', () => {
    const { errors, answers } = checkSignup(emptySignupValues(), signupSetup(undefined, undefined, t), t);
    expect(answers).to.equal(undefined);
    expect(errors.map((e) => e.key)).to.deep.equal(['name', 'contactMethod', 'area', 'languages', 'days', 'timesOfDay', 'interests', 'consent']);
  });

  it('"I’m not sure yet" is sent on its own', () => {
    const { answers } = checkSignup({ ...valid(), interests: ['events', NOT_SURE] }, signupSetup(undefined, undefined, t), t);
    expect(answers!.interests).to.deep.equal([NOT_SURE]);
  });

  it('does not ask, check or send the questions a scheme leaves out', () => {
    const setup = signupSetup(form({ questions: [{ id: 'languages', asked: false }, { id: 'availability', asked: false }, { id: 'interests', asked: false }] }), undefined, t);
    const { errors, answers } = checkSignup({ ...valid(), languages: '', days: [], timesOfDay: [], interests: [] }, setup, t);
    expect(errors).to.deep.equal([]);
    expect(answers).to.deep.include({ languages: [], days: [], timesOfDay: [], interests: [] });
  });

  it('offers only the contact methods the scheme takes', () => {
    const setup = signupSetup(form({ contactMethods: ['phone', 'text'] }), undefined, t);
    expect(setup.contactMethods).to.deep.equal(['phone', 'text']);
    expect(checkSignup(valid(), setup, t).errors.map((e) => e.key)).to.deep.equal(['contactMethod']);
  });

  it('splits languages the ways people list them', () => {
    expect(splitLanguages('English, Polish; Urdu and British Sign Language')).to.deep.equal(['English', 'Polish', 'Urdu', 'British Sign Language']);
    expect(splitLanguages(' ,, ')).to.deep.equal([]);
  });

  it('maps a receiver’s field names onto the questions', () => {
    expect(questionForField('answers.email')).to.equal('email');
    expect(questionForField('/answers/phone')).to.equal('phone');
    expect(questionForField('consent')).to.equal('consent');
    expect(questionForField('answers.days[0]')).to.equal('days');
    expect(questionForField('constructor')).to.equal(undefined);
    expect(questionForField('answers.shoeSize')).to.equal(undefined);
  });

  it('reads back a draft from an older form without taking what does not fit', () => {
    const values = valuesFromDraft({ name: 'Grace', days: 'MO', interests: ['events'], unknown: 'x' });
    expect(values.name).to.equal('Grace');
    expect(values.days).to.deep.equal([]);
    expect(values.interests).to.deep.equal(['events']);
    expect(values).to.not.have.property('unknown');
  });
});

describe('sign-up: the setup from the feed', () => {
  it('uses the built-in questions, choices and consent wording without a feed', () => {
    const setup = signupSetup(undefined, undefined, t, undefined, 'www.example-school.sch.uk');
    expect(setup.consentFromScheme).to.be.false;
    expect(setup.consentText).to.contain('The Parent Champions team at www.example-school.sch.uk will use your name');
    expect(setup.consentText).to.contain('have them deleted at any time: tell the person who contacts you');
    expect(setup.interests.map((o) => o.id)).to.deep.equal(['school-gate', 'events', 'parent-panels', 'online']);
    // Held together by a no-break space: never split across lines.
    expect(setup.postcodeExample).to.equal('NB1\u00a04AA');
  });

  it("takes the scheme's wording, choices, privacy notice and postcode example; the attribute wins for the notice", () => {
    const programme = { name: 'Castlegate Family Hubs', postcodeExample: 'cg1 2ab', privacyNoticeUrl: 'https://castlegate.example.org/privacy', timezone: 'Europe/London', locale: 'en-GB', areas: [], categories: [] };
    const setup = signupSetup(form({ interests: [{ id: 'stay-and-play', label: 'Help at stay and play' }, { id: NOT_SURE, label: 'Clash' }] }), programme, t);
    expect(setup.consentText).to.equal('Castlegate Family Hubs will use your details to contact you.');
    expect(setup.interests).to.deep.equal([{ id: 'stay-and-play', label: 'Help at stay and play' }]);
    expect(setup.privacyUrl).to.equal('https://castlegate.example.org/privacy');
    expect(setup.postcodeExample).to.equal('CG1\u00a02AB');
    expect(signupSetup(form(), programme, t, '/our-privacy').privacyUrl).to.equal(new URL('/our-privacy', location.href).href);
    expect(signupSetup(form(), programme, t, 'javascript:alert(1)').privacyUrl).to.equal('https://castlegate.example.org/privacy');
    expect(signupSetup(form({ consentText: undefined as unknown as string }), programme, t).consentText).to.contain('Castlegate Family Hubs will use your name');
  });
});
