/**
 * Descriptions for the published JSON Schema of the sign-up payload (schema/signup.schema.json),
 * kept apart from the run-time schemas in signup-payload.ts so no bundle carries them. Keys as
 * in feed-schema-docs.ts: `Definition.path`.
 */
export const SIGNUP_PAYLOAD_DOCS: Readonly<Record<string, string>> = {
  'SignupPayload.version': 'Payload version: "1.0". Receivers accept any 1.x.',
  'SignupPayload.form': 'Which form sent it',
  'SignupPayload.submissionId': 'UUID of this submission, also sent as the Idempotency-Key header: store each once',
  'SignupPayload.submittedAt': 'When the parent pressed Send (UTC); retries keep it',
  'SignupPayload.locale': 'The language of the page the parent used (BCP 47)',
  'SignupPayload.pageUrl': 'The page the form was on, without its query string or fragment',
  Consent: 'The consent the parent gave: unticked until they ticked it, separate from the other questions',
  'Consent.given': 'Always true: without consent nothing is sent',
  'Consent.text': 'The consent wording the parent saw, exactly (who uses the data, why, how to withdraw)',
  'Consent.givenAt': 'When they ticked it (UTC)',
  SignupAnswers: 'The answers. A scheme may leave questions out; the required ones are always asked',
  'SignupAnswers.name': 'Name, as the parent gave it',
  'SignupAnswers.contactMethod': 'How they would like to be contacted; its detail (email or phone) is then required',
  'SignupAnswers.email': 'Email address (required when contactMethod is "email")',
  'SignupAnswers.phone': 'UK phone number, mobile or landline (required when contactMethod is "phone" or "text")',
  'SignupAnswers.area': 'Postcode or ward, as written',
  'SignupAnswers.childrenAges': 'Their children\u2019s ages, in their own words (optional)',
  'SignupAnswers.languages': 'Languages they speak',
  'SignupAnswers.days': 'Days they could help: MO TU WE TH FR SA SU',
  'SignupAnswers.timesOfDay': 'Times of day they could help',
  'SignupAnswers.interests': 'What they would like to do: ids from forms.signup.interests, or the built-in ones',
  'SignupAnswers.heardAbout': 'How they heard about Parent Champions: ids from forms.signup.heardAboutOptions, or the built-in ones',
  'SignupAnswers.anythingElse': 'Anything else they wanted to say (optional, plain text)',
};
