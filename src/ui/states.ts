import { html, nothing, type TemplateResult } from 'lit';
import type { CoreStrings } from '../i18n/translation.js';
import type { Diagnostic, FeedError } from '../data/errors.js';

/**
 * The shared loading, error, empty and stale states every widget shows, so parents meet
 * the same wording and behaviour everywhere. Styles are in `states.styles.ts`.
 */

/**
 * Placeholder lines shaped like the content, so the page does not jump when data arrives.
 * The visible skeleton is hidden from assistive technology; a polite status says "Loading…".
 */
export function renderLoading(t: CoreStrings, rows = 3): TemplateResult {
  return html`<div class="state state--loading" part="loading">
    <p class="visually-hidden" role="status">${t.loading}</p>
    <div class="skeleton" aria-hidden="true">
      ${Array.from({ length: rows }, () => html`<div class="skeleton__block">
        <span class="skeleton__line skeleton__line--title"></span>
        <span class="skeleton__line"></span>
        <span class="skeleton__line skeleton__line--short"></span>
      </div>`)}
    </div>
  </div>`;
}

/** The parent-facing message for a load failure; the precise cause is in the console. */
export function errorMessage(t: CoreStrings, error: FeedError): string {
  switch (error.kind) {
    case 'network':
      return t.errorNetwork;
    case 'timeout':
      return t.errorTimeout;
    case 'http':
      return httpMessage(t, error.status ?? 0);
    case 'parse':
      return t.errorParse;
    case 'not-a-feed':
      return t.errorNotAFeed;
    case 'no-source':
      return t.errorNoSource;
    case 'chunk':
      return t.errorPartUnavailable;
  }
}

/**
 * 401/403: behind a login ("not public"); 408: as a timeout; 429: busy; the rest through
 * `errorHttp` (5xx: the server has problems; 404, 410 and other 4xx: not found).
 */
function httpMessage(t: CoreStrings, status: number): string {
  if (status === 401 || status === 403) return t.errorNotPublic;
  if (status === 408) return t.errorTimeout;
  if (status === 429) return t.errorBusy;
  return t.errorHttp(status);
}

/**
 * An alert with a "Try again" button, omitted only when no address was given. A document that
 * is not a feed gets one too: a site fixing its feed, or a CMS that answered with the wrong
 * page for a moment, is put right by asking again.
 */
export function renderError(
  t: CoreStrings,
  error: FeedError,
  onRetry: () => void,
  headingLevel = 2,
): TemplateResult {
  const retryable = error.kind !== 'no-source';
  return html`<div class="state state--error" part="error" role="alert">
    ${heading(headingLevel, 'state__heading', t.errorHeading)}
    <p class="state__message">${errorMessage(t, error)}</p>
    ${retryable
      ? html`<button type="button" class="button button--secondary" part="retry-button" @click=${onRetry}>
          ${t.retry}
        </button>`
      : nothing}
  </div>`;
}

/** A kind empty state, with an optional action such as "Clear filters". */
export function renderEmpty(
  heading_: string,
  message: string | undefined,
  action?: { label: string; onClick: () => void },
  headingLevel = 2,
): TemplateResult {
  return html`<div class="state state--empty on-grey" part="empty">
    ${heading(headingLevel, 'state__heading', heading_)}
    ${message ? html`<p class="state__message">${message}</p>` : nothing}
    ${action
      ? html`<button type="button" class="button button--secondary" @click=${action.onClick}>${action.label}</button>`
      : nothing}
  </div>`;
}

/**
 * Shown above a feed's items when part of the feed could not be loaded (a page of a live directory or an
 * OpenActive feed): `passing` where trying again later may load it, `lasting` where every gap would stay.
 */
export function renderIncompleteNotice(diagnostics: readonly Diagnostic[], words: { passing: string; lasting: string }): TemplateResult | typeof nothing {
  const gaps = diagnostics.filter((diagnostic) => diagnostic.incomplete);
  if (!gaps.length) return nothing;
  const message = gaps.every((gap) => gap.lasting) ? words.lasting : words.passing;
  return html`<p class="stale-notice" part="incomplete-notice" role="status">${message}</p>`;
}

/** Shown above data from the last-good copy when a refresh failed. */
export function renderStaleNotice(t: CoreStrings, savedAt: string): TemplateResult {
  return html`<p class="stale-notice" part="stale-notice" role="status">${t.staleNotice(savedAt)}</p>`;
}

/**
 * A heading at a level the host page chooses (`heading-level`), so the widget fits the
 * page outline. Lit cannot bind a tag name, hence the switch. Feed text goes in as
 * `isolated(text)`.
 */
export function heading(level: number, className: string, text: string | TemplateResult, part?: string): TemplateResult {
  switch (clampHeadingLevel(level)) {
    case 1:
      return html`<h1 class=${className} part=${part ?? nothing}>${text}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part ?? nothing}>${text}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part ?? nothing}>${text}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part ?? nothing}>${text}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part ?? nothing}>${text}</h5>`;
    default:
      return html`<h6 class=${className} part=${part ?? nothing}>${text}</h6>`;
  }
}

/**
 * Feed text isolated from what surrounds it (`<bdi>`: its own direction, found from its
 * first strong character), so Arabic or Hebrew in a name, or a direction control, cannot
 * reorder the sentence or page around it.
 */
export const isolated = (text: string): TemplateResult => html`<bdi>${text}</bdi>`;

/**
 * A translated sentence with feed text in it ("Run by {name}"), the feed text isolated.
 * The sentence is built around a marker so every locale's word order is kept.
 */
export function sentenceWith(sentence: (value: string) => string, value: string): TemplateResult {
  const [before, after, ...rest] = sentence('\u0000').split('\u0000');
  return after === undefined || rest.length ? isolated(sentence(value)) : html`${before}${isolated(value)}${after}`;
}

export function clampHeadingLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2;
}
