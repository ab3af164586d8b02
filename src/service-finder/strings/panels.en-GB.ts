import type { FinderPanelStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/** British English for the finder's panels, the detail view and the filters: registered by their chunk as it loads. */
export const finderPanelsEnGB: FinderPanelStrings = {
  // The detail view
  finderContact: 'Contact',
  finderDirections: 'Get directions',
  finderLanguages: 'Languages',
  finderAccessibility: 'Accessibility',
  finderChecked: (when) => `Checked ${when}`,
  finderClose: 'Close',
  // The filter panel
  finderFilterCategory: 'Type of service',
  finderFilterAge: "Child's age",
  finderFreeOnly: 'Free only',
  finderFilterDay: 'Day',
  finderFilterLanguage: 'Languages spoken',
  finderFilterAccess: 'Accessibility and SEND',
  finderSelected: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'filter', other: 'filters' })} selected`,
  finderRemoveFilter: (label) => `Remove filter: ${label}`,
};
