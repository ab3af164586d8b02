/**
 * Words only the panels show (the filter panel and the detail view), so they travel in the
 * panels' chunks, not the entry: a filter's age band ("Under 1", "2 years") and language
 * names from codes. Pure functions of the panels' strings and a locale, tested without a DOM.
 */
import { withEnglish } from '../i18n/registry.js';
import type { FinderEnglish } from './strings/en-GB.js';
import { finderPanelsEnGB, type FinderPanelText } from './strings/panels.en-GB.js';
import { AGE_BAND_MONTHS, type AgeBand } from './filters.js';
import { years, type Num } from './service-text.js';

/** A filter's age band: "Under 1", "2 years", "5 years and over". */
/** The finder's strings `t` with the panels' British English laid under them. */
export function panelText(t: FinderEnglish): FinderPanelText {
  return withEnglish(t, finderPanelsEnGB);
}

export function ageBandText(band: AgeBand, t: FinderPanelText, num: Num): string {
  if (band === 'under-1') return t.finderAgeUnder(1, num(1));
  const year = AGE_BAND_MONTHS[band].min / 12;
  return band === '5-plus' ? t.finderAgeFrom(years(t, year, num)) : years(t, year, num);
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const languageNames = new Map<string, Intl.DisplayNames | null>();

/**
 * A language's name in the parent's language when the feed gives a code ("ur" → "Urdu",
 * "الأردية"); names the feed writes out ("Polish") are shown as written.
 */
export function languageName(value: string, locale: string): string {
  const trimmed = value.trim();
  if (!LANGUAGE_CODE.test(trimmed)) return trimmed;
  let names = languageNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    languageNames.set(locale, names);
  }
  try {
    return names?.of(trimmed) ?? trimmed;
  } catch {
    return trimmed;
  }
}
