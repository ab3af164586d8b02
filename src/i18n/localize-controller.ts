import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CoreStrings, LocaleIdentity } from './translation.js';
import { onTranslationsChanged, resolveTranslation } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Nearest `lang` attribute at or above `element`, crossing shadow roots. */
function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

const hosts = new Set<Host>();
let pageLangObserver: MutationObserver | undefined;

/** One observer for the whole page: a site's language switcher changes `<html lang>`. */
function watchPageLang(): void {
  if (pageLangObserver || typeof MutationObserver === 'undefined') return;
  pageLangObserver = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Gives an element its strings and `Intl` formatters. The locale comes, in order, from
 * the element's `locale` (explicit), the provider's `locale`, the nearest `lang`
 * attribute (the element's own, an ancestor's or the page's), then British English.
 *
 * `english` is the widget's British English (the core strings and its own pack): its type is
 * the type of `t`, so a widget reads only keys its English has, and a pack's missing strings
 * fall back to it.
 */
export class LocalizeController<Strings extends LocaleIdentity = CoreStrings> implements ReactiveController {
  #unsubscribe?: () => void;

  readonly #host: Host;
  readonly #explicitLocale: () => string | undefined;
  readonly #english: Strings;

  constructor(host: Host, explicitLocale: () => string | undefined, english: Strings) {
    this.#host = host;
    this.#explicitLocale = explicitLocale;
    this.#english = english;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    watchPageLang();
    this.#unsubscribe = onTranslationsChanged(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    this.#unsubscribe?.();
  }

  /** The tag asked for, before fallback. */
  get requestedLocale(): string | undefined {
    return this.#explicitLocale() || inheritedLang(this.#host) || undefined;
  }

  /** Strings for the resolved locale. */
  get t(): Strings {
    return resolveTranslation(this.requestedLocale, this.#english);
  }

  /** Text direction of the resolved locale, for a `dir` attribute on the widget's root. */
  get dir(): 'ltr' | 'rtl' {
    return this.t.$dir;
  }

  /**
   * Locale for `Intl`: the requested tag when it names a region of the translation's
   * language (so `en-US` gets US dates with British words), else the translation's own
   * code, so a page in an unsupported language never mixes English words with foreign dates.
   */
  get intlLocale(): string {
    const requested = this.requestedLocale;
    const code = this.t.$code;
    // A bare language ("en") takes the translation's region ("en-GB"): UK dates by default.
    if (requested?.includes('-') && requested.split('-')[0].toLowerCase() === code.split('-')[0].toLowerCase()) {
      try {
        return Intl.getCanonicalLocales(requested)[0] ?? code;
      } catch {
        return code;
      }
    }
    return code;
  }

  /** "3 weeks ago", "yesterday": the largest whole unit between `value` and `now`. */
  relativeTime(value: Date, now: Date = new Date()): string {
    const seconds = (value.getTime() - now.getTime()) / 1000;
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31_536_000],
      ['month', 2_592_000],
      ['week', 604_800],
      ['day', 86_400],
      ['hour', 3_600],
      ['minute', 60],
    ];
    const format = new Intl.RelativeTimeFormat(this.intlLocale, { numeric: 'auto' });
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
    }
    return format.format(0, 'minute');
  }
}
