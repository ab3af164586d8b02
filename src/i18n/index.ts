export type { Translation, PartialTranslation } from './translation.js';
export { plural, type PluralForms } from './plural.js';
export { registerTranslation, registeredLocales, resolveTranslation, DEFAULT_LOCALE } from './registry.js';
export { LocalizeController } from './localize-controller.js';
