import type { PartialTranslation, Translation } from './translation.js';
import { enGB } from './locales/en-GB.js';
import { ar } from './locales/ar.js';

export const DEFAULT_LOCALE = 'en-GB';

const translations = new Map<string, Translation>();
const listeners = new Set<() => void>();

function key(code: string): string {
  return code.toLowerCase();
}

/**
 * Adds or replaces a locale. Strings it leaves out fall back to British English.
 * Every connected widget re-renders, so a site can register a locale after load.
 */
export function registerTranslation(translation: PartialTranslation): void {
  translations.set(key(translation.$code), { ...enGB, ...translation } as Translation);
  for (const listener of listeners) listener();
}

/** Called by `LocalizeController`s so registrations re-render them. */
export function onTranslationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Codes of every registered locale, for a language picker or a test. */
export function registeredLocales(): string[] {
  return [...translations.values()].map((t) => t.$code);
}

/**
 * The best registered translation for a BCP 47 tag: exact match, then the same language
 * (`ar-EG` → `ar`, `en-US` → `en-GB`), then British English.
 */
export function resolveTranslation(requested: string | null | undefined): Translation {
  if (requested) {
    const exact = translations.get(key(requested));
    if (exact) return exact;
    const language = key(requested).split('-')[0];
    const sameLanguage = translations.get(language);
    if (sameLanguage) return sameLanguage;
    for (const [code, translation] of translations) {
      if (code.split('-')[0] === language) return translation;
    }
  }
  return translations.get(key(DEFAULT_LOCALE)) ?? enGB;
}

registerTranslation(enGB);
registerTranslation(ar);
