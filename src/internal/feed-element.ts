import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { FeedController, type FeedView } from '../context/feed-controller.js';
import type { FeedCredentials } from '../data/feed-client.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { CoreStrings } from '../i18n/translation.js';
import { renderError, renderLoading, renderStaleNotice } from '../ui/states.js';
import { WhileLoading } from './while-loading.js';
import { RetryFocus } from '../controllers/retry-focus.js';

type ReadyView = Extract<FeedView, { status: 'ready' }>;

/**
 * What every feed-reading widget shares: `src`, `format`, `locale`, `heading-level`, the
 * feed (own or from `<pc-provider>`), strings, and the shared loading/error/stale states.
 * Widgets implement `renderReady()`, and pass their British English (`Strings`: the core
 * strings and their own pack) to the constructor: it is the type of `t`.
 */
export abstract class PcFeedElement<Strings extends CoreStrings = CoreStrings> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    locale: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    credentials: {},
  };

  /** Feed URL. Optional inside `<pc-provider>`; when set, it wins over the provider's. */
  src?: string;

  /** Feed format: `auto` (detect by shape), `native`, or another registered format. */
  format = 'auto';

  /** BCP 47 locale, e.g. `en-GB`. Defaults to the provider's, then the page's `lang`. */
  locale?: string;

  /** Level (1–6) of the widget's top headings, so it fits the page outline. */
  headingLevel = 2;

  /**
   * For the widget's own `src`: whether its request carries the site's cookies and logins, as in
   * `fetch`. `omit` (default: a feed is public), `same-origin`, or `include` (the feed's server
   * must then allow credentials).
   */
  credentials?: FeedCredentials;

  protected readonly feed = new FeedController(this, {
    src: () => this.src,
    format: () => this.format,
    credentials: () => this.credentials,
  });

  protected readonly localize: LocalizeController<Strings>;

  /** Keeps focus with the parent across "Try again" (see `RetryFocus`). */
  readonly #retryFocus = new RetryFocus(this, () => this.feed.view.status);

  #retry = (): void => {
    this.#retryFocus.retried();
    this.feed.reload();
  };

  constructor(english: Strings) {
    super();
    this.localize = new LocalizeController(this, () => this.locale || this.feed.provider?.locale, english);
    new WhileLoading(this, () => this.feed.view.status === 'loading', () => this.prepareWhileLoading());
  }

  /**
   * Work to do while the feed is on the network, so that it is off the parent's path once the feed
   * arrives. Here: the browser's one-off set-up of date and number formatting, which a page pays on
   * its first `Intl.DateTimeFormat` or `Intl.NumberFormat` (20–30 ms on a laptop, about four times
   * that on a cheap phone) and every widget's first view needs. Widgets add their own formatters.
   */
  protected prepareWhileLoading(): void {
    new Intl.DateTimeFormat(this.localize.intlLocale);
    new Intl.NumberFormat(this.localize.intlLocale);
  }

  /** The widget's strings in the resolved locale. */
  protected get t(): Strings {
    return this.localize.t;
  }

  /** How many skeleton cards the loading state shows (match the usual content height). */
  protected skeletonRows = 3;

  protected abstract renderReady(view: ReadyView): unknown;

  /**
   * The shared states, then the widget's own content; wraps everything in the locale's `dir`.
   * A saved copy shows at once; the "could not refresh" notice waits until a refresh failed.
   */
  protected override render(): TemplateResult {
    const view = this.feed.view;
    return html`<div class="root" part="base" dir=${this.localize.dir} lang=${this.t.$code}>
      ${view.status === 'loading'
        ? renderLoading(this.t, this.skeletonRows)
        : view.status === 'error'
          ? renderError(this.t, view.error, this.#retry, this.headingLevel)
          : html`${view.stale && !view.revalidating ? renderStaleNotice(this.t, this.localize.relativeTime(new Date(view.fetchedAt))) : ''}
            ${this.renderReady(view)}`}
    </div>`;
  }
}
