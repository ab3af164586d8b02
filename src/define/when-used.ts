/**
 * For the all-in-one bundle: a widget's code fetched only when the page uses its tag, so a page
 * with only a service finder never downloads the forms. It is fetched as soon as the tag is in
 * the page (at load, or when a script or a CMS adds it later), before a parent could type, so
 * sending offline never waits for it. Tags inside another component's shadow root are not seen:
 * such a page loads the widget's own entry (`dist/champion-signup.js`) instead.
 */
import { reportMissingFile } from '../internal/lazy-chunk.js';

const waiting = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

function loadUsed(): void {
  for (const [tag, load] of waiting) {
    if (customElements.get(tag)) waiting.delete(tag);
    else if (document.getElementsByTagName(tag).length) {
      waiting.delete(tag);
      load().catch(reportMissingFile);
    }
  }
  if (!waiting.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Loads `load` (which defines `tag`) once `tag` is in the document. */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined' || customElements.get(tag)) return;
  waiting.set(tag, load);
  loadUsed();
  if (waiting.size && !observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(loadUsed);
    observer.observe(document, { childList: true, subtree: true });
  }
}
