import { reportMissingFile } from '../internal/lazy-chunk.js';
import type { LocaleIdentity, PartialTranslation } from './translation.js';

export const DEFAULT_LOCALE = 'en-GB';

/**
 * Registered locales live on `globalThis` under a `Symbol.for` key, so a locale pack
 * loaded as its own script (`dist/locales/ar.js`) reaches widgets from any bundle.
 * A pack is merged with the British English of the widget that shows it, so strings a pack
 * lacks (older pack, newer widget) still read sensibly.
 *
 * That British English is the widget's own, typed as its packs (core, the widget's, and a
 * chunk's as it arrives: see `withEnglish`), never a page-wide object: a widget can only read
 * the keys its English has, and a page with two bundles (or two copies of one) never shows a
 * widget English from another copy that may be older or newer.
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

function key(code: string): string {
  return code.toLowerCase();
}

/** Each widget's English completed with each pack, made once: `completed.get(english).get(pack)`. */
const completed = new WeakMap<object, WeakMap<PartialTranslation, object>>();

/**
 * `english` with `pack`'s strings over it. A pack's value for a key has the key's type in
 * `Translation`, as `english`'s does, so the result reads as `english` does.
 */
function complete<English extends object>(english: English, pack: PartialTranslation): English {
  let byPack = completed.get(english);
  if (!byPack) completed.set(english, (byPack = new WeakMap()));
  let translation = byPack.get(pack) as English | undefined;
  if (!translation) byPack.set(pack, (translation = { ...english, ...pack }));
  return translation;
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
  // Widgets go on in British English; the console names the pack's file.
  load().catch(reportMissingFile);
}

/** Codes of every registered locale, British English first. */
export function registeredLocales(): string[] {
  return [DEFAULT_LOCALE, ...[...registry.packs.values()].map((t) => t.$code).filter((c) => c !== DEFAULT_LOCALE)];
}

/**
 * A widget's strings for a BCP 47 tag: the best registered pack (exact match, then the same
 * language: `ar-EG` → `ar`, `en-US` → `en-GB`) over the widget's British English `english`;
 * `english` itself when no pack matches.
 */
export function resolveTranslation<English extends LocaleIdentity>(requested: string | null | undefined, english: English): English {
  if (requested) {
    const wanted = key(requested);
    const exact = registry.packs.get(wanted);
    if (exact) return complete(english, exact);
    const language = wanted.split('-')[0];
    if (language === 'en') return english;
    for (const [code, pack] of registry.packs) {
      if (code.split('-')[0] === language) return complete(english, pack);
    }
    loadLanguage(language);
  }
  return english;
}

/** Strings from a chunk made once per translation: `withEnglish.get(t).get(chunkEnglish)`. */
const extended = new WeakMap<object, WeakMap<object, object>>();

/**
 * A widget's strings `t` with a lazy chunk's British English under them, for the keys only that
 * chunk reads. `t` already holds the locale pack's strings for those keys (a pack is merged whole),
 * so they win over the chunk's English.
 */
export function withEnglish<Strings extends object, ChunkEnglish extends object>(t: Strings, chunkEnglish: ChunkEnglish): ChunkEnglish & Strings {
  let byChunk = extended.get(t);
  if (!byChunk) extended.set(t, (byChunk = new WeakMap()));
  let merged = byChunk.get(chunkEnglish) as (ChunkEnglish & Strings) | undefined;
  if (!merged) byChunk.set(chunkEnglish, (merged = { ...chunkEnglish, ...t }));
  return merged;
}
