/**
 * The one way the coordinator's pages put text into markup: the `html` tag escapes whatever is not
 * already `SafeHtml`, and `said` wraps what a parent wrote in `<bdi>` too, so a right-to-left
 * override in a name cannot reorder the words around it.
 */

/** Markup that is already safe: made only by `html` (or `raw` for constant strings). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text to HTML text or attribute value (always written in double quotes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function part(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** The only way to build markup: every interpolated value is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += part(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** A parent's words: escaped and isolated (bidi), shown exactly as written. */
export const said = (text: string | undefined): SafeHtml => (text ? html`<bdi>${text}</bdi>` : html``);
