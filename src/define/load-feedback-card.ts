/**
 * `<pc-feedback-card>` for a widget that offers it ("Tell us what you think" in the finder's and
 * the calendar's detail views): the card's code is a chunk of its own, fetched when a parent asks
 * for it, so neither widget's entry carries it. Only this module names the card's registration.
 */
import { reportMissingFile } from '../internal/lazy-chunk.js';

/**
 * Defines `<pc-feedback-card>`: at once when it already is (the all-in-one bundle, another script
 * on the page, an earlier press), else by fetching its chunk. Rejects, once the console has named
 * the file that did not load, when that fetch failed: the caller keeps its button, and the next
 * press asks again.
 */
export function loadFeedbackCard(): Promise<void> {
  if (customElements.get('pc-feedback-card')) return Promise.resolve();
  return import('./feedback-card.js').then(
    () => undefined,
    (error: unknown) => {
      reportMissingFile(error);
      throw error;
    },
  );
}
