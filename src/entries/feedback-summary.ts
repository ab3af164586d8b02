/** `<pc-feedback-summary>` on its own (self-registering). With a `<pc-provider>`, load `provider.js` too, or use the all-in-one bundle. */
import '../define/feedback-summary.js';

export { PcFeedbackSummary } from '../feedback-summary/feedback-summary.js';
