/**
 * What the feedback card asks and says, from the feed's `forms.feedback` and the element's
 * attributes (or the built-in words when the card stands alone): where the answers go, the
 * rating's question, what happens to the parent's words, the safeguarding line, and what the
 * feedback is about. Pure: the element renders from this.
 */
import type { Contact, FeedbackForm } from '../data/feed-schema.js';
import type { FeedbackSubject } from '../forms/feedback-payload.js';
import type { FeedbackCardEnglish } from './strings/en-GB.js';

/** The picker's choice for a service the list does not have: the feedback is then about the page. */
export const NOT_LISTED = 'not-listed';

/** A service or session the card can be about: its id and its name as the feed gives it. */
export interface Subject {
  id: string;
  name: string;
}

export interface CardSetup {
  /** The feed's endpoint (the `action` attribute wins over it). */
  endpoint?: string;
  /** The scheme's own question for the rating (the `question` attribute wins over it). */
  question?: string;
  whatHappens: string;
  safeguarding: string;
  /** The reminder under the text boxes not to name anyone. */
  noNames: string;
  /** The scheme's "you said, we did" page, linked from the thank-you. */
  youSaidWeDidUrl?: string;
  /** The programme's phone and email: another way to get in touch when the card cannot send. */
  contact?: Contact;
  /**
   * What the feedback is about when the page says so (`service-id`, `event-id`) or there is
   * nothing to pick from (the page itself); `undefined` when the parent picks from `services`.
   */
  fixed?: FeedbackSubject;
  /** The feed's services, for the picker. */
  services: readonly Subject[];
}

export interface SetupInputs {
  form?: FeedbackForm;
  contact?: Contact;
  serviceId?: string;
  eventId?: string;
  /** The feed's services and sessions (empty without a feed). */
  services: readonly Subject[];
  events: readonly Subject[];
}

/** Kept only when it is text with something in it (an attribute set to "" is not set). */
const given = (value: string | undefined): string | undefined => value?.trim() || undefined;

export function cardSetup(inputs: SetupInputs, t: FeedbackCardEnglish): CardSetup {
  const { form } = inputs;
  const serviceId = given(inputs.serviceId);
  const eventId = given(inputs.eventId);
  let fixed: FeedbackSubject | undefined;
  if (serviceId) fixed = withName({ serviceId }, inputs.services.find((s) => s.id === serviceId));
  // A service named too wins: the payload is about one thing.
  else if (eventId) fixed = withName({ eventId }, inputs.events.find((e) => e.id === eventId));
  else if (!inputs.services.length) fixed = {};
  return {
    endpoint: form?.endpoint,
    question: form?.question,
    whatHappens: form?.whatHappensText ?? form?.consentText ?? t.feedbackCardWhatHappens,
    safeguarding: form?.safeguardingText ?? t.feedbackCardSafeguarding,
    noNames: form?.noNamesText ?? t.feedbackCardNoNamesHint,
    youSaidWeDidUrl: form?.youSaidWeDidUrl,
    contact: inputs.contact,
    fixed,
    services: fixed ? [] : inputs.services,
  };
}

function withName(subject: FeedbackSubject, found: Subject | undefined): FeedbackSubject {
  return found ? { ...subject, serviceName: found.name } : subject;
}

/**
 * What the feedback is about: the fixed subject, or the parent's pick (a service's id, or "not
 * listed" for the page); `undefined` while nothing is picked.
 */
export function subjectOf(setup: CardSetup, picked: string): FeedbackSubject | undefined {
  if (setup.fixed) return setup.fixed;
  if (picked === NOT_LISTED) return {};
  const service = setup.services.find((s) => s.id === picked);
  return service ? { serviceId: service.id, serviceName: service.name } : undefined;
}

/**
 * The rating's question: the site's or scheme's own, else about what the feedback is about (a
 * service or session by name, "the session" the feed does not name, the page when there is nothing
 * else, or "the service" while the parent picks).
 */
export function questionFor(setup: CardSetup, subject: FeedbackSubject | undefined, own: string | undefined, t: FeedbackCardEnglish): string {
  if (own) return own;
  if (subject?.serviceName) return t.feedbackCardQuestionAbout(subject.serviceName);
  if (subject?.eventId) return t.feedbackCardQuestionSession;
  const aboutPage = setup.fixed && !setup.fixed.serviceId && !setup.fixed.eventId;
  return aboutPage ? t.feedbackCardQuestionPage : t.feedbackCardQuestionService;
}
