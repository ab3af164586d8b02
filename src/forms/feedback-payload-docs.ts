/**
 * Descriptions for the published JSON Schema of the feedback payload (schema/feedback.schema.json),
 * kept apart from the run-time schemas in feedback-payload.ts so no bundle carries them. Keys as
 * in feed-schema-docs.ts: `Definition.path`.
 */
export const FEEDBACK_PAYLOAD_DOCS: Readonly<Record<string, string>> = {
  'FeedbackPayload.version': 'Payload version: "1.0". Receivers accept any 1.x.',
  'FeedbackPayload.form': 'Which form sent it',
  'FeedbackPayload.submissionId': 'UUID of this submission, also sent as the Idempotency-Key header: store each once',
  'FeedbackPayload.submittedAt': 'When the parent pressed Send (UTC); retries keep it',
  'FeedbackPayload.locale': 'The language of the page the parent used (BCP 47)',
  'FeedbackPayload.pageUrl': 'The page the card was on, without its query string or fragment',
  FeedbackSubject:
    'What the feedback is about: a service (serviceId) or a session (eventId), at most one of them; with neither, the page in pageUrl',
  'FeedbackSubject.serviceId': 'The id of the service in the scheme\u2019s feed (the card\u2019s service-id)',
  'FeedbackSubject.eventId': 'The id of the session (event) in the scheme\u2019s feed (the card\u2019s event-id)',
  'FeedbackSubject.serviceName': 'The service\u2019s or session\u2019s name as the card showed it (optional)',
  FeedbackAnswers:
    'The answers. Anonymous unless contactAllowed is true: only then are a contactMethod and its detail sent',
  'FeedbackAnswers.rating': 'The rating the parent chose (never preset): 1 very poor, 2 poor, 3 neither good nor poor, 4 good, 5 very good',
  'FeedbackAnswers.wentWell': 'What went well, in their own words (optional, plain text)',
  'FeedbackAnswers.couldBeBetter': 'What could be better, in their own words (optional, plain text)',
  'FeedbackAnswers.contactAllowed': 'Whether they may be contacted about their feedback; false unless they chose it',
  'FeedbackAnswers.contactMethod': 'How they would like to be contacted; only when contactAllowed is true, and then required with its detail',
  'FeedbackAnswers.email': 'Email address (only when contactAllowed is true; required when contactMethod is "email")',
  'FeedbackAnswers.phone': 'UK phone number, mobile or landline (only when contactAllowed is true; required when contactMethod is "phone")',
};
