import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * Shared by every widget: tokens, a reset against hostile host CSS (inherited properties
 * are the only way page styles reach into a shadow root), focus rings, buttons, links,
 * and the forced-colours / reduced-motion rules.
 */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font);
      font-size: var(--_font-size);
      color: var(--_text);
      line-height: 1.5;
      text-align: start;
      text-transform: none;
      text-indent: 0;
      letter-spacing: normal;
      word-spacing: normal;
      white-space: normal;
      font-style: normal;
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    /* Not \`inherit\`: a page rule such as \`* { box-sizing: content-box !important }\` reaches the
       host element, and inheriting it would widen every input past its box. */
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
    h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure {
      margin: 0;
    }
    h1, h2, h3, h4, h5, h6 {
      font-size: 1.1875em;
      line-height: 1.3;
      font-weight: 700;
    }
    /* -focusable: hidden until it has keyboard focus (GOV.UK's skip link). */
    .visually-hidden,
    .visually-hidden-focusable:not(:focus) {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      margin: 0 !important;
      padding: 0 !important;
      overflow: hidden !important;
      clip: rect(0 0 0 0) !important;
      clip-path: inset(50%) !important;
      border: 0 !important;
      white-space: nowrap !important;
    }
    a {
      color: var(--_link);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    a:visited {
      color: var(--_link-visited);
    }
    a:hover {
      text-decoration-thickness: 0.15em;
    }
    /* GOV.UK-style focus: yellow background with a dark underline, visible on any host colour. */
    a:focus-visible {
      outline: var(--_focus-width) solid transparent;
      background-color: var(--_focus);
      color: var(--_focus-text);
      box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
      text-decoration: none;
    }
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
      text-transform: none;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5em;
      min-height: 2.75em;
      min-width: 2.75em;
      padding: 0.5em 1em;
      border: 2px solid transparent;
      border-radius: var(--_radius);
      background: var(--_brand);
      color: var(--_brand-text);
      font-weight: 600;
      cursor: pointer;
      box-shadow: 0 2px 0 var(--_text);
    }
    .button--secondary {
      background: var(--_surface-alt);
      color: var(--_text);
    }
    /* A grey panel (an empty state, the feedback strip, the filters): its grey buttons are drawn on
       white, or each would show only its bottom line and read as a link. */
    .on-grey {
      background: var(--_surface-alt);
    }
    .on-grey .button--secondary {
      background: var(--_surface);
    }
    .button:hover {
      filter: brightness(0.92);
    }
    /* The one focus ring, on whatever takes focus (a control, a day of the grid, the "Filter
       sessions" toggle): links and solid buttons dress it as GOV.UK does, nothing else differs. */
    :focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--_focus-text);
    }
    /* What a script focuses so a screen reader reads it (the opened day's heading, the count of
       results, a message) is not a control, and its text starts at its edge: a dark ring clear of
       it, where the inset line above would touch its first letter. */
    [tabindex='-1']:focus-visible {
      outline-color: var(--_focus-text);
      outline-offset: 2px;
      box-shadow: none;
    }
    /* GOV.UK's button focus: yellow with a dark underline, which the outline above would cover. */
    .button:focus-visible {
      outline-color: transparent;
      background: var(--_focus);
      color: var(--_focus-text);
      box-shadow: 0 2px 0 var(--_focus-text);
    }
    @media (forced-colors: active) {
      .button {
        border-color: ButtonText;
      }
      :focus-visible,
      a:focus-visible {
        outline: var(--_focus-width) solid Highlight;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
  `,
];
