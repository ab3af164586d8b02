import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { providerContext, type ProviderContextValue } from '../context/provider-context.js';
import { reloadDocument, watchDocument, type DocumentState, type FeedCredentials } from '../data/feed-client.js';

/**
 * Loads a feed once and shares it, with its locale and timezone, with every widget inside.
 *
 * @summary Loads a Parent Champion feed once and shares it with the widgets inside it.
 * @tagname pc-provider
 * @slot - The widgets (and any other content) that share this feed.
 */
export class PcProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    locale: {},
    timezone: {},
    credentials: {},
    documentState: { state: true, attribute: false },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the feed (native JSON, or a format a widget inside can read). Relative URLs resolve against the page. */
  src = '';

  /** BCP 47 locale for every widget inside, e.g. `en-GB`, `ar`. Defaults to the page's `lang`. */
  locale?: string;

  /** IANA timezone that overrides the feed's programme timezone, e.g. `Europe/London`. */
  timezone?: string;

  /**
   * Whether the feed request carries the site's cookies and logins, as in `fetch`: `omit` (default:
   * a feed is public), `same-origin` (a feed behind your own site's login), or `include` (also
   * cross-origin; that server must send `Access-Control-Allow-Credentials: true`).
   */
  credentials?: FeedCredentials;

  private documentState: DocumentState = { status: 'loading' };

  readonly #provider = new ContextProvider(this, { context: providerContext });
  #unwatch?: () => void;
  #watchedSrc?: string;
  #watchedCredentials?: FeedCredentials;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#watchedSrc = undefined;
    this.#watchedCredentials = undefined;
  }

  protected override willUpdate(): void {
    if (this.isConnected) this.#watch();
    this.#provider.setValue(this.#contextValue());
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** (Re)subscribes when `src` or `credentials` changed; the old request is aborted if nobody else needs it. */
  #watch(): void {
    if (this.src === this.#watchedSrc && this.credentials === this.#watchedCredentials) return;
    this.#unwatch?.();
    this.#watchedSrc = this.src;
    this.#watchedCredentials = this.credentials;
    this.#unwatch = watchDocument(
      this.src,
      (next) => {
        this.documentState = next;
      },
      { credentials: this.credentials },
    );
  }

  #contextValue(): ProviderContextValue {
    return {
      src: this.src,
      locale: this.locale || undefined,
      timezone: this.timezone || undefined,
      credentials: this.credentials,
      state: this.documentState,
      reload: () => reloadDocument(this.src),
    };
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'pc-provider': PcProvider;
  }
}
