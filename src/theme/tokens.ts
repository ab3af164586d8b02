import { css } from 'lit';

/**
 * The only place colours are written down. Each public `--pc-*` token is read once here
 * into a private `--_*` alias, so widget styles never repeat a fallback and a typo in a
 * theme name is caught by the token test.
 *
 * Defaults follow GOV.UK Design System colours (WCAG AA on white). The font family inherits
 * from the host page, so a widget looks at home before anyone themes it.
 *
 * Sizes: the host element's font size is the base (`--pc-font-size`), and everything inside the
 * shadow roots is sized in `em` of it, never `rem`. A theme that sets `html { font-size: 62.5% }`
 * (so that 1rem is 10px) would otherwise shrink the text and every button with it. The default,
 * `max(1rem, 16px)`, follows the page's root size (and a reader's larger browser default) and
 * never goes under 16px. Corners are px: they need not grow with the text.
 */
export const tokens = css`
  :host {
    --_font: var(--pc-font-family, inherit);
    --_font-size: var(--pc-font-size, max(1rem, 16px));
    --_text: var(--pc-colour-text, #0b0c0c);
    --_text-secondary: var(--pc-colour-text-secondary, #505a5f);
    --_brand: var(--pc-colour-brand, #1d70b8);
    --_brand-text: var(--pc-colour-brand-text, #ffffff);
    --_link: var(--pc-colour-link, #1d70b8);
    --_link-visited: var(--pc-colour-link-visited, #4c2c92);
    --_surface: var(--pc-colour-surface, #ffffff);
    --_surface-alt: var(--pc-colour-surface-alt, #f3f2f1);
    --_border: var(--pc-colour-border, #505a5f);
    --_border-subtle: var(--pc-colour-border-subtle, #b1b4b6);
    --_focus: var(--pc-colour-focus, #ffdd00);
    --_focus-text: var(--pc-colour-focus-text, #0b0c0c);
    --_error: var(--pc-colour-error, #d4351c);
    --_success: var(--pc-colour-success, #00703c);
    --_warning-surface: var(--pc-colour-warning-surface, #fff7bf);
    --_skeleton: var(--pc-colour-skeleton, #e8e8e8);
    --_radius: var(--pc-radius, 4px);
    --_space: var(--pc-space, 1em);
    --_focus-width: var(--pc-focus-width, 3px);
  }
`;

/** A public theme token: set it on a widget, a wrapper or `:root` (README, "Theming"). */
export type TokenName =
  | '--pc-font-family'
  | '--pc-font-size'
  | '--pc-colour-text'
  | '--pc-colour-text-secondary'
  | '--pc-colour-brand'
  | '--pc-colour-brand-text'
  | '--pc-colour-link'
  | '--pc-colour-link-visited'
  | '--pc-colour-surface'
  | '--pc-colour-surface-alt'
  | '--pc-colour-border'
  | '--pc-colour-border-subtle'
  | '--pc-colour-focus'
  | '--pc-colour-focus-text'
  | '--pc-colour-error'
  | '--pc-colour-success'
  | '--pc-colour-warning-surface'
  | '--pc-colour-skeleton'
  | '--pc-radius'
  | '--pc-space'
  | '--pc-focus-width';

/**
 * The public token names, read from the styles above rather than written out again, so the list
 * cannot drift from what the widgets read. The token test checks both against the README's table.
 */
// Marked pure so bundles that do not export it drop it (reading `cssText` would otherwise be kept).
export const TOKEN_NAMES: readonly TokenName[] = /* @__PURE__ */ (() => tokens.cssText.match(/--pc-[a-z-]+/g) as TokenName[])();
