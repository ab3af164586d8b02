import { adoptStyles, type CSSResult, type ReactiveElement } from 'lit';

const added = new WeakMap<ShadowRoot, CSSResult[]>();

/**
 * Adds the styles of a lazily loaded part (a detail view) to an element's shadow root, after
 * the element's own, once. Constructable stylesheets like Lit's own, so a strict CSP still
 * holds; where a browser lacks them, Lit's fallback writes `<style>` elements with its nonce.
 */
export function addChunkStyles(host: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, styles: CSSResult): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const extra = added.get(root) ?? [];
  if (extra.includes(styles)) return;
  extra.push(styles);
  added.set(root, extra);
  adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, ...extra]);
}
