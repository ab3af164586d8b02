/**
 * Registers `<pc-feedback-summary>`: the feed's published feedback summary, and of services only
 * their names (a summary shows each service by name).
 */
import './formats.js';
import { readFeedSections } from '../formats/registry.js';
import { servicePlacesSection } from '../data/validate.js';
import { feedbackSummarySection } from '../data/validate-feedback-summary.js';
import { define } from '../internal/define.js';
import { PcFeedbackSummary } from '../feedback-summary/feedback-summary.js';

readFeedSections({ servicePlaces: servicePlacesSection, feedbackSummary: feedbackSummarySection });
define('pc-feedback-summary', PcFeedbackSummary);
