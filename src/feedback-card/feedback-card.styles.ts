import { css } from 'lit';

/** The card's own look: a bordered card (the form's fields come from form.styles.ts), the strip and the "what happens" inset. */
export const feedbackCardStyles = css`
  .card {
    display: grid;
    gap: var(--_space);
    max-inline-size: 40em;
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card__heading {
    margin: 0;
  }
  .form {
    gap: calc(var(--_space) * 1.25);
  }
  /* Three lines, not the sign-up's five: a card's answers are short. */
  .textarea {
    block-size: 5.5em;
  }
  .loading {
    color: var(--_text-secondary);
  }
  .label--small {
    font-size: 1em;
  }
  .pick__search {
    display: grid;
    gap: 0.35em;
    /* Apart from the question's error above it (GOV.UK's error message keeps a gap below). */
    margin-block: 0.5em 0.75em;
  }
  .pick__count {
    margin: 0;
  }
  .inset {
    padding: 0.75em var(--_space);
    border-inline-start: 5px solid var(--_border-subtle);
    border-radius: 0;
  }
  .inset > p {
    margin-block: 0 0.5em;
  }
  .inset > p:last-child {
    margin-block-end: 0;
  }
  .inset__title,
  .safeguarding {
    font-weight: 700;
  }
  .strip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
    padding: 0.75em var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .strip p {
    margin: 0;
    font-weight: 700;
  }
  /* Its thanks in the strip's own weight: \`.strip p\` would make it bold. */
  .strip .strip__glad {
    font-weight: 400;
  }
  .strip__answers {
    display: flex;
    gap: 0.5em;
  }
  .panel__contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
`;
