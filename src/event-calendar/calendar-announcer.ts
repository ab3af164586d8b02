/**
 * The calendar's polite live region, and what the last render said in it: after a move (previous
 * / next, a view, a new month by key, the filters) the range and its number of sessions, once they
 * are in; after "Show more", what is now shown. Other renders say nothing new.
 */
import { html, type TemplateResult } from 'lit';
import { FIRST_PAGE, type ListLimits } from './list-window.js';

export class CalendarAnnouncer {
  #text = '';
  /** The move and the "Show more" it last spoke for. */
  #moves = 0;
  #limits = FIRST_PAGE;

  /** For the element's move numbered `moves`, once its sessions are in (`ready`): says `words()`. */
  afterMove(moves: number, ready: boolean, words: () => string): void {
    if (moves === this.#moves || !ready) return;
    this.#moves = moves;
    this.#text = words();
  }

  /** For limits that "Show more" grew (`grown`: a day's key, or '' for the list): says `words(grown)`. */
  afterShowMore(limits: ListLimits, words: (grown: string) => string): void {
    if (limits === this.#limits) return;
    this.#limits = limits;
    if (limits.grown !== undefined) this.#text = words(limits.grown);
  }

  render(): TemplateResult {
    return html`<p class="visually-hidden cal__live" role="status">${this.#text}</p>`;
  }
}
