import type { CSSResult } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds the styles of a lazily loaded part (a detail view) to an element's shadow root, after
 * the element's own, once. A constructable stylesheet like Lit's own, so a strict CSP still
 * holds; where a browser lacks them, a `<style>` with Lit's nonce (`window.litNonce`), as Lit
 * itself falls back to.
 */
export function addChunkStyles(host: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, styles: CSSResult): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  let done = added.get(root);
  if (!done) added.set(root, (done = new Set()));
  if (done.has(styles)) return;
  done.add(styles);
  const sheet = styles.styleSheet;
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.append(style);
}
