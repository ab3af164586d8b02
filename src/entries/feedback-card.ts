/**
 * `<pc-feedback-card>` on its own (self-registering). Everything its failure, retry and offline
 * paths need is in this file. With a `<pc-provider>`, load `provider.js` too, or use the all-in-one bundle.
 */
import '../define/feedback-card.js';
import { readFeedSections } from '../formats/registry.js';
import { eventsSection, servicePlacesSection } from '../data/validate.js';

// On its own, the card reads the names of the feed's services (its picker, `service-id`) and
// sessions (`event-id`) itself: no other widget of this bundle does.
readFeedSections({ servicePlaces: servicePlacesSection, events: eventsSection });

export { PcFeedbackCard } from '../feedback-card/feedback-card.js';
export {
  PcSubmitEvent,
  PcSubmittedEvent,
  PcSubmitErrorEvent,
  type SubmitTransport,
  type SubmittedDetail,
  type SubmitErrorDetail,
  type SubmitErrorReason,
} from '../forms/events.js';
export type { FeedbackPayload, FeedbackAnswers, FeedbackSubject } from '../forms/feedback-payload.js';
