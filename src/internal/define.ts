/**
 * Registers a custom element unless the tag is already taken.
 *
 * Sites paste our script tag more than once (a CMS block per widget, a theme that
 * bundles a copy): `customElements.define` throws on the second call, so every tag is
 * registered through this guard instead of `@customElement`.
 */
export function define(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(tagName)) return;
  customElements.define(tagName, elementClass);
}
