/**
 * `<pc-champion-signup>` on its own (self-registering). Everything its failure, retry and
 * offline paths need is in this one file: a part loaded later could not load while offline.
 */
import '../define/champion-signup.js';

export { PcChampionSignup } from '../champion-signup/champion-signup.js';
export {
  PcSubmitEvent,
  PcSubmittedEvent,
  PcSubmitErrorEvent,
  type SubmitTransport,
  type SubmittedDetail,
  type SubmitErrorDetail,
  type SubmitErrorReason,
} from '../forms/events.js';
export type { SignupPayload, SignupAnswers } from '../forms/signup-payload.js';
