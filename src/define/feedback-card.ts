/**
 * Registers `<pc-feedback-card>`: the feed's `forms` (its `forms.feedback`), and of services and
 * sessions their names (the card names what the feedback is about, and lets the parent pick a service).
 */
import './formats.js';
import { readFeedSections } from '../formats/registry.js';
import { eventsSection, formsSection, servicePlacesSection } from '../data/validate.js';
import { define } from '../internal/define.js';
import { PcFeedbackCard } from '../feedback-card/feedback-card.js';

readFeedSections({ forms: formsSection, servicePlaces: servicePlacesSection, events: eventsSection });
define('pc-feedback-card', PcFeedbackCard);
