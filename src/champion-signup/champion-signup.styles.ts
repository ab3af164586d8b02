import { css } from 'lit';

/** The sign-up's own layout: its heading, the DBS line and the two groups of "When could you help?". */
export const signupStyles = css`
  .signup {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-inline-size: 40em;
  }
  /* The page's own paragraphs in a slot: their default margins would double the form's gaps. */
  ::slotted(*) {
    margin-block: 0;
  }
  .availability {
    display: grid;
    gap: 0.35em;
  }
  .loading {
    color: var(--_text-secondary);
  }
  .inset {
    padding: 0.75em var(--_space);
    border-inline-start: 5px solid var(--_border-subtle);
    border-radius: 0;
  }
  .consent {
    display: grid;
    gap: 0.5em;
    margin-block-end: 0.5em;
    color: var(--_text);
  }
  .availability__groups {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    /* Each group as tall as its own options: an error's red bar ends with them. */
    align-items: start;
  }
  .panel__contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
`;
