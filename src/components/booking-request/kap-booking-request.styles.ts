import { css } from 'lit';

/*
 * Phone first: one column, 44px targets, 16px+ text so iOS does not zoom into a field.
 * Wider containers (not viewports: the widget may sit in a sidebar) get two columns for
 * the short fields. Errors never rely on colour: an icon, the word "Error" for screen
 * readers, and a thicker border mark them.
 */
export const bookingStyles = css`
  .booking {
    container-type: inline-size;
    padding: var(--_space);
    border: 1px solid var(--_divider);
  }

  /* Lines a visitor can follow, however wide the page's column. */
  form,
  .success {
    max-width: 48em;
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    margin: 0;
  }

  p {
    margin: 0;
  }

  .intro {
    color: var(--_muted);
  }

  .columns {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }

  .field {
    display: grid;
    gap: 0.375em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  fieldset.field > legend {
    padding: 0;
    margin-bottom: 0.375em;
  }

  [part~='label'] {
    font-weight: 600;
    line-height: 1.35;
  }

  .hint,
  .count {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .hint.health {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    color: var(--_text);
  }

  .count[data-over] {
    color: var(--_danger);
    font-weight: 600;
  }

  .text-field {
    width: 100%;
  }

  textarea.text-field {
    min-height: 7.5em;
    resize: vertical;
  }

  select {
    appearance: auto;
  }

  .field-error {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    color: var(--_danger);
    font-weight: 600;
  }

  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.125em;
  }

  /* Radio buttons and checkboxes (.choice): the whole label is the target. */
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  [data-invalid] .choice:has([aria-invalid='true']) {
    border-color: var(--_danger);
  }

  .days {
    display: grid;
    gap: 0.625em;
  }

  .day {
    display: grid;
    gap: 0.25em;
  }

  .day-name {
    font-weight: 600;
    font-size: 0.9375em;
  }

  .slots {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.375em;
  }

  .chip {
    padding-inline: 0.5em;
    gap: 0.4em;
    font-size: 0.9375em;
    overflow-wrap: normal;
    word-break: normal;
  }

  /* Small phones: "Afternoon" beside its box would not fit in a third of the width. */
  @container (max-width: 21em) {
    .chip {
      flex-direction: column;
      gap: 0.25em;
      padding: 0.5em 0.25em;
      text-align: center;
    }
  }

  /* Empty live regions stay rendered (so their first message is announced) but take no row. */
  .area-note:empty {
    position: absolute;
  }

  .note {
    display: flex;
    gap: 0.625em;
    align-items: flex-start;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_accent);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_tint);
  }

  .note > div {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }

  .link-button {
    min-height: var(--_target);
    text-align: start;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .consent {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    gap: 0.75em;
  }

  .consent > legend {
    float: left;
    width: 100%;
    margin-bottom: 0;
  }

  .disclosures {
    display: grid;
    gap: 0.5em;
    margin: 0;
    font-size: 0.9375em;
  }

  .disclosures dt {
    font-weight: 600;
  }

  .disclosures dd {
    margin: 0;
    color: var(--_muted);
  }

  .policy a {
    display: inline-block;
    padding-block: 0.25em;
    font-weight: 600;
  }

  .consent-choice {
    align-items: flex-start;
    padding: 0.625em 0.875em 0.625em 0.625em;
  }

  .consent-choice input {
    margin-top: 0.1em;
  }

  .honeypot {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .actions {
    display: grid;
    gap: 0.75em;
    justify-items: stretch;
  }

  @container (min-width: 36em) {
    .columns {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
    .day {
      grid-template-columns: 7em 1fr;
      align-items: center;
    }
    .slots {
      max-width: 30em;
    }
    .actions {
      grid-template-columns: auto 1fr;
      align-items: center;
    }
  }

  /* The form's own action is a little wider than the shared .button. */
  .submit,
  .button-link {
    padding-inline: 1.5em;
  }

  .submit[aria-disabled='true'] {
    cursor: progress;
    background: var(--_tint);
    color: var(--_text);
  }

  .spinner {
    width: 1.1em;
    height: 1.1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }

  .status {
    display: flex;
    gap: 0.625em;
    align-items: flex-start;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_tint);
  }

  /* Kept rendered for announcements, like .area-note:empty, but with no row and no box. */
  .status[data-tone='none'] {
    position: absolute;
    padding: 0;
    border: 0;
  }

  .status[data-tone='error'] {
    border-color: var(--_danger);
    background: var(--_danger-tint);
  }

  .status[data-tone='error'] > .icon {
    color: var(--_danger);
  }

  .status[data-tone='info'] {
    border-color: var(--_accent);
  }

  .footnote {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .success {
    display: grid;
    gap: 0.75em;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_success);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
  }

  .success-head {
    display: flex;
    gap: 0.625em;
    align-items: flex-start;
  }

  .success-icon {
    width: 1.75em;
    height: 1.75em;
    margin-top: 0;
    color: var(--_success);
  }

  .success h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .success h2:focus {
    outline: none;
  }

  .success h2:focus-visible {
    outline: var(--_focus-ring);
  }

  .reference strong,
  a[href^='tel:'] {
    white-space: nowrap;
  }

  .reference strong {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.1em;
    letter-spacing: 0.05em;
  }

  .button-link {
    justify-self: start;
  }
`;
