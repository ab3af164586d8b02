import type { PartialTranslation, Translation } from './translation.js';
import { enGB } from './locales/en-GB.js';

export const DEFAULT_LOCALE = 'en-GB';

/**
 * Registered locales live on `globalThis` under a `Symbol.for` key, so a locale pack
 * loaded as its own script (`dist/locales/ar.js`) reaches widgets from any bundle.
 * Each bundle merges a pack with its own British English, so strings a pack lacks
 * (older pack, newer widget) still read sensibly.
 *
 * That British English is per bundle, not shared: the core strings plus the packs its
 * widgets add with `registerStrings` as they load. A page with two bundles (or two copies of
 * one) therefore never shows a widget English from another copy that may be older or newer.
 */
interface SharedRegistry {
  packs: Map<string, PartialTranslation>;
  listeners: Set<() => void>;
  /** Packs a bundle can fetch on first use, by language (`ar`). */
  loaders?: Map<string, () => Promise<unknown>>;
}

const REGISTRY_KEY = Symbol.for('parent-champion-widgets/translations@1');
const globalScope = globalThis as typeof globalThis & { [REGISTRY_KEY]?: SharedRegistry };
const registry: SharedRegistry = (globalScope[REGISTRY_KEY] ??= { packs: new Map(), listeners: new Set() });

// This bundle's British English: core now, each widget's pack as its module loads. A widget
// reads only its own keys, so the cast holds for whatever renders. Pure, so a bundle with no
// widget (the Arabic pack) drops the English entirely.
const english = /* @__PURE__ */ Object.assign({}, enGB) as Translation;
let merged = new WeakMap<PartialTranslation, Translation>();

function key(code: string): string {
  return code.toLowerCase();
}

function complete(pack: PartialTranslation): Translation {
  let translation = merged.get(pack);
  if (!translation) {
    translation = { ...english, ...pack } as Translation;
    merged.set(pack, translation);
  }
  return translation;
}

/**
 * Adds a widget's British English to this bundle's default, at the widget module's load
 * (so a bundle carries only the English of the widgets in it).
 */
export function registerStrings(strings: Partial<Translation>): void {
  Object.assign(english, strings);
  merged = new WeakMap(); // completed packs would lack the new English
}

/**
 * Adds or replaces a locale. Strings it leaves out fall back to British English.
 * Every connected widget re-renders, so a site can register a locale after load.
 */
export function registerTranslation(translation: PartialTranslation): void {
  registry.packs.set(key(translation.$code), translation);
  for (const listener of registry.listeners) listener();
}

/** Called by `LocalizeController`s so registrations re-render them. */
export function onTranslationsChanged(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

/**
 * Lets a bundle fetch a locale pack the first time a widget asks for its language, instead
 * of shipping it up front. The pack registers itself as it loads; widgets show British
 * English until then (usually less than the feed takes), and re-render in the language.
 */
export function registerLocaleLoader(language: string, load: () => Promise<unknown>): void {
  (registry.loaders ??= new Map()).set(key(language), load);
}

function loadLanguage(language: string): void {
  const load = registry.loaders?.get(language);
  if (!load) return;
  registry.loaders!.delete(language);
  load().catch((error: unknown) => console.warn('[parent-champion-widgets] Could not load the locale pack', language, error));
}

/** Codes of every registered locale, British English first. */
export function registeredLocales(): string[] {
  return [DEFAULT_LOCALE, ...[...registry.packs.values()].map((t) => t.$code).filter((c) => c !== DEFAULT_LOCALE)];
}

/**
 * The best registered translation for a BCP 47 tag: exact match, then the same language
 * (`ar-EG` → `ar`, `en-US` → `en-GB`), then British English.
 */
export function resolveTranslation(requested: string | null | undefined): Translation {
  if (requested) {
    const wanted = key(requested);
    const exact = registry.packs.get(wanted);
    if (exact) return complete(exact);
    const language = wanted.split('-')[0];
    if (language === 'en') return english;
    for (const [code, pack] of registry.packs) {
      if (code.split('-')[0] === language) return complete(pack);
    }
    loadLanguage(language);
  }
  return english;
}
