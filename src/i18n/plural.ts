/** Forms a locale's plural rules can ask for; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesCache = new Map<string, Intl.PluralRules>();

/** Picks the plural form for `count` in `locale` (CLDR rules through `Intl.PluralRules`). */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  // Many languages use an explicit "zero" form for 0 even where CLDR says "other".
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  return forms[rules.select(count)] ?? forms.other;
}
