/** A number in a locale's digits, with one `Intl.NumberFormat` per locale (a character count formats on every key). */
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}
