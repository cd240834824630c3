import { css } from 'lit';

/*
 * Phone first: one column, controls above the figures. The layout follows the width the
 * host page gives the widget (a container query), not the window, because a sidebar on a
 * wide screen is as narrow as a phone.
 */
export const costEstimatorStyles = css`
  .estimator {
    container-type: inline-size;
    padding: var(--_space);
    border: 1px solid var(--_border);
  }
  .heading {
    margin: 0 0 0.25em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .intro {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  @container (min-width: 720px) {
    .layout {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
      align-items: start;
    }
    /* The figures stay in view while the visitor works down the benefits fields. */
    .results {
      position: sticky;
      top: var(--_space);
    }
  }
  .controls,
  .results {
    min-width: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .legend {
    padding: 0;
    margin-bottom: 0.5em;
    font-weight: 700;
  }
  .field {
    margin-bottom: calc(var(--_space) * 0.75);
  }
  .label {
    display: block;
    font-weight: 600;
  }
  .hint {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .count-field {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 0.75em;
    align-items: center;
  }
  .count-field .label {
    grid-column: 1;
  }
  .count-field .hint {
    grid-column: 1;
    align-self: start;
  }
  .count-field .stepper {
    grid-column: 2;
    grid-row: 1 / span 2;
  }
  .count-field .note {
    grid-column: 1 / -1;
  }
  .stepper,
  .affixed {
    display: flex;
    align-items: stretch;
    border: 1px solid var(--_border);
    border-radius: var(--_field-radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .stepper:has(input:focus-visible),
  .affixed:has(input:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .stepper input:focus-visible,
  .affixed input:focus-visible {
    outline: none;
  }
  .step {
    width: var(--_target);
    min-height: var(--_target);
    padding: 0;
    border: 0;
    background: var(--_tint);
    color: var(--_accent);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
  }
  .step:disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }
  .step:disabled span {
    opacity: 0.45;
  }
  .input {
    min-width: 0;
    min-height: var(--_target);
    padding: 0.4em 0.6em;
    border: 0;
    background: transparent;
  }
  .count-input {
    width: 3.75em;
    text-align: center;
    font-variant-numeric: tabular-nums;
    border-inline: 1px solid var(--_border);
  }
  .affixed .input {
    flex: 1;
  }
  .affix {
    display: flex;
    align-items: center;
    padding: 0 0.6em;
    background: var(--_tint);
    color: var(--_muted);
  }
  .input[aria-invalid='true'] {
    background: var(--_danger-tint);
  }
  .note {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  .note:empty {
    margin: 0;
  }
  [aria-invalid='true'] ~ .note,
  .field:has([aria-invalid='true']) .note {
    color: var(--_danger);
    font-weight: 600;
  }

  .benefits-area {
    margin-top: calc(var(--_space) * 0.5);
  }
  .benefits-toggle {
    display: flex;
    align-items: center;
    gap: 0.6em;
    width: 100%;
    min-height: var(--_target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .chevron {
    flex: none;
    width: 0.55em;
    height: 0.55em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .benefits {
    margin-top: 0.5em;
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .benefits[hidden] {
    display: none;
  }
  .benefits-intro {
    margin: 0 0 0.5em;
    font-size: 0.9375em;
  }
  .benefits > .hint {
    margin-bottom: 0.75em;
  }

  .lines {
    width: 100%;
    border-collapse: collapse;
  }
  .lines th,
  .lines td {
    padding: 0.5em 0.25em;
    border-bottom: 1px solid var(--_divider);
    vertical-align: top;
    text-align: start;
  }
  .lines thead th {
    padding-top: 0;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .lines th:first-child,
  .lines td:first-child {
    padding-inline-start: 0;
  }
  .lines th:last-child,
  .lines td:last-child {
    padding-inline-end: 0;
  }
  .lines .num {
    padding-inline-start: 0.75em;
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .line-name {
    font-weight: 600;
  }
  .line-terms {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
  /*
   * A phone has no room for three columns of amounts in euros: the quantity moves under the
   * service's name. Both copies exist and CSS shows one, so the table keeps its semantics.
   */
  .quantity-inline {
    display: none;
  }
  @container (max-width: 479px) {
    .lines .quantity {
      display: none;
    }
    .lines .quantity-inline {
      display: block;
    }
  }
  @container (max-width: 300px) {
    .count-field {
      grid-template-columns: minmax(0, 1fr);
    }
    .count-field .stepper {
      grid-column: 1;
      grid-row: auto;
      justify-self: start;
      margin-top: 0.25em;
    }
  }
  .total,
  .sum-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 0 1em;
  }
  .total-amount,
  .sum-row .amount {
    white-space: nowrap;
    text-align: end;
  }
  .total {
    margin: 0.5em 0 0;
    padding-top: 0.5em;
    border-top: 2px solid var(--_text);
    font-size: 1.25em;
    font-weight: 700;
  }
  .total-amount {
    font-variant-numeric: tabular-nums;
  }
  .per-week {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .reimbursement {
    margin-top: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .reimbursement p {
    margin: 0;
  }
  .sum-row + .sum-row {
    margin-top: 0.25em;
  }
  .net {
    font-weight: 700;
    font-size: 1.125em;
  }
  .explain {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }

  .print-button {
    margin-top: var(--_space);
  }

  .disclaimers {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
    font-size: 0.9375em;
  }
  .disclaimer {
    margin: 0 0 0.75em;
  }
  .gfe-notice {
    margin: var(--_space) 0 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .gfe-title {
    margin: 0 0 0.5em;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .gfe-notice p {
    margin: 0 0 0.5em;
  }
  .gfe-notice .gfe-request {
    margin: 0.75em 0 0;
  }
  a[href^='tel:'] {
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  /*
   * Paper: black on white whatever the theme, nothing to click, and every figure with the
   * words that qualify it. Tokens are overridden here rather than colours per rule so that
   * a dark theme cannot leak onto the page.
   */
  @media print {
    :host,
    :host([theme]) {
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_border: #777;
      --_tint: #fff;
      --_accent: #000;
      color-scheme: light;
    }
    .estimator {
      padding: 0;
      border: 0;
      font-size: 11pt;
    }
    .screen-only,
    .controls,
    .print-button {
      display: none;
    }
    .layout {
      display: block;
    }
    .print-header {
      margin-bottom: 12pt;
      padding-bottom: 6pt;
      border-bottom: 1px solid #000;
    }
    .print-header p {
      margin: 0;
    }
    .print-practice {
      font-size: 16pt;
      font-weight: 700;
    }
    .print-title {
      font-size: 13pt;
      font-weight: 600;
    }
    .print-subtitle {
      margin: 6pt 0 0;
      font-weight: 600;
    }
    .reimbursement ul {
      margin: 2pt 0 0;
      padding-inline-start: 1.25em;
    }
    .disclaimers > .print-only {
      margin-top: 8pt;
    }
    .lines tr,
    .total,
    .reimbursement,
    .gfe-notice {
      break-inside: avoid;
    }
    .reimbursement {
      border: 1px solid #777;
    }
    .explain li + li {
      margin-top: 2pt;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
