import type { FinderPanelStrings } from '../../i18n/translation.js';
import type { FinderEnglish } from './en-GB.js';
import { plural } from '../../i18n/plural.js';

/** British English for the finder's panels, the detail view and the filters: it travels in their chunks (finder-detail.ts, finder-filter-panel.ts). */
export const finderPanelsEnGB: FinderPanelStrings = {
  // The detail view
  finderContact: 'Contact',
  finderDirections: 'Get directions',
  finderLanguages: 'Languages',
  finderAccessibility: 'Accessibility',
  finderChecked: (when) => `Checked ${when}`,
  finderFeedback: 'Tell us what you think',
  // The filter panel
  finderFilterCategory: 'Type of service',
  finderFilterAge: "Child's age",
  finderFreeOnly: 'Free only',
  finderFilterDay: 'Day',
  finderFilterLanguage: 'Languages spoken',
  finderFilterAccess: 'Accessibility and SEND',
  finderSelected: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'filter', other: 'filters' })} selected`,
  finderRemoveFilter: (label) => `Remove filter: ${label}`,
  finderNoFilterOptions: 'None of the filters apply to the services found.',
  // No results
  finderTryInstead: 'Try instead:',
  finderDidYouMean: (words) => `Did you mean “${words}”?`,
  finderSeeCategory: (label) => `See all services in “${label}”`,
  finderServiceCount: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'service', other: 'services' })}`,
  finderServiceCountWithoutFilters: (n, formatted) =>
    `${formatted} ${plural('en-GB', n, { one: 'service', other: 'services' })}, without the filters`,
  finderAskProgramme: (programme) => `Still not found what you need? Contact ${programme}:`,
  finderAskUs: 'Still not found what you need? Get in touch:',
};

/** What the panels read: the finder's strings and the panels' own. */
export type FinderPanelText = FinderEnglish & FinderPanelStrings;
