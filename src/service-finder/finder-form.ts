/**
 * The finder's search form: the words, the postcode (with its error), Search and "Use my
 * location", and what the finder says about finding the parent. A pure template function.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FinderEnglish } from './strings/en-GB.js';
import type { ParentLocation } from './parent-location.js';

export interface SearchFormContext {
  t: FinderEnglish;
  /** What the search box holds. */
  query: string;
  /** The postcode box and "Use my location" read and act on where the parent is. */
  place: ParentLocation;
  /** A local postcode for the hint and error ("for example NB1 4AA"), from the feed; none: no example. */
  postcodeExample?: string;
  onSubmit: (event: SubmitEvent) => void;
  onQueryInput: (event: Event) => void;
}

/** Why the postcode is not used, in words (the field's error, and what Search announces). */
export function postcodeErrorText(t: FinderEnglish, place: ParentLocation, example: string | undefined): string | undefined {
  return place.error && (place.error === 'invalid' ? t.finderPostcodeError(example) : t.finderPostcodeNotFound);
}

export function renderSearchForm(ctx: SearchFormContext): TemplateResult {
  const { t, place } = ctx;
  const status = place.status;
  const example = ctx.postcodeExample;
  const error = postcodeErrorText(t, place, example);
  return html`<form class="search" part="search-box" role="search" novalidate @submit=${ctx.onSubmit}>
    <div class="field field--query">
      <label class="field__label" for="q">${t.finderSearchLabel}</label>
      <p class="field__hint" id="q-hint">${t.finderSearchHint}</p>
      <input
        class="input"
        id="q"
        name="q"
        type="search"
        part="search-input"
        autocomplete="off"
        enterkeyhint="search"
        aria-describedby="q-hint"
        .value=${ctx.query}
        @input=${ctx.onQueryInput}
      />
    </div>
    <div class="field field--postcode ${error ? 'field--error' : ''}" @focusin=${place.prefetch}>
      <label class="field__label" for="pc">${t.finderPostcodeLabel}</label>
      <p class="field__hint" id="pc-hint">${t.finderPostcodeHint(example)}</p>
      ${error
        ? html`<p class="field__error" id="pc-error" part="postcode-error">
            <span class="visually-hidden">${t.finderErrorPrefix}</span> ${error}
          </p>`
        : nothing}
      <input
        class="input input--postcode"
        id="pc"
        name="postcode"
        part="postcode-input"
        autocomplete="postal-code"
        autocapitalize="characters"
        spellcheck="false"
        aria-describedby=${error ? 'pc-hint pc-error' : 'pc-hint'}
        aria-invalid=${error ? 'true' : nothing}
        .value=${place.text}
        @input=${place.input}
        @change=${place.changed}
      />
    </div>
    <div class="search__actions">
      <button type="submit" class="button" part="search-button">${t.finderSearch}</button>
      <button type="button" class="button button--secondary" part="location-button" @click=${place.useDevice}>
        ${t.finderUseLocation}
      </button>
    </div>
    ${status === 'unavailable'
      ? html`<p class="search__message" role="alert">${t.errorPartUnavailable}</p>`
      : status === 'failed'
        ? html`<p class="search__message" role="alert">${t.finderLocationError}</p>`
        : status === 'locating'
          ? html`<p class="search__message" role="status">${t.finderLocating}</p>`
          : nothing}
  </form>`;
}
