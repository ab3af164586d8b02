export type { Translation, PartialTranslation, CoreStrings, FinderStrings, CalendarStrings } from './translation.js';
export { plural, type PluralForms } from './plural.js';
export { registerTranslation, withEnglish, registeredLocales, resolveTranslation, DEFAULT_LOCALE } from './registry.js';
export { LocalizeController } from './localize-controller.js';
