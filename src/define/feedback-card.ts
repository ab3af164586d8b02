/**
 * Registers `<pc-feedback-card>` and the feed's `forms` (its `forms.feedback`). The names of services
 * and sessions the card shows come from whatever else on the page reads them: every bundle that
 * can open a card reads services (the finder all of each, the calendar their places), the calendar
 * reads sessions, and the card's own entry reads both. Reading them here would put their schemas
 * into every bundle that can open a card, for nothing.
 */
import './formats.js';
import { readFeedSections } from '../formats/registry.js';
import { formsSection } from '../data/validate-forms.js';
import { define } from '../internal/define.js';
import { PcFeedbackCard } from '../feedback-card/feedback-card.js';

readFeedSections({ forms: formsSection });
define('pc-feedback-card', PcFeedbackCard);
