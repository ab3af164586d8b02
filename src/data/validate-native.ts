/**
 * Every part of a native feed validated and worded at once, for tests, benchmarks and tools.
 * No bundle imports it: each widget validates only the parts it reads (`readFeedSections`).
 */
import type { Diagnostic } from './errors.js';
import type { Feed } from './feed-schema.js';
import { validateFeedSections } from './feed-report.js';
import { eventsSection, servicesSection } from './validate.js';
import { formsSection } from './validate-forms.js';
import { feedbackSummarySection } from './validate-feedback-summary.js';

/** `validateFeedSections` with every part of the feed. */
export function validateNativeFeed(json: unknown): { feed: Feed; diagnostics: Diagnostic[] } {
  return validateFeedSections(json, {
    services: servicesSection,
    events: eventsSection,
    forms: formsSection,
    feedbackSummary: feedbackSummarySection,
  });
}
