import type { FinderDetailStrings } from '../../i18n/translation.js';

/** British English for the finder's detail view: registered by its chunk as it loads. */
export const finderDetailEnGB: FinderDetailStrings = {
  finderContact: 'Contact',
  finderDirections: 'Get directions',
  finderLanguages: 'Languages',
  finderAccessibility: 'Accessibility',
  finderChecked: (when) => `Checked ${when}`,
  finderClose: 'Close',
};
