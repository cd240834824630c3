import { css } from 'lit';

/**
 * The self-check reads only the private `--_*` tokens of the base styles, and its buttons and
 * answers are the shared controls (targets at least 44px tall for thumbs on phones). The
 * four-point scale stacks in a narrow column and sits in a row once the widget itself is wide
 * (a container query, since a page may place it anywhere).
 */
export const intakeScreenStyles = css`
  .screen {
    container-type: inline-size;
    padding: var(--_space);
    border: 1px solid var(--_divider);
  }
  /* One readable column, centred in whatever width the page gives the widget. */
  .screen > * {
    max-width: 46em;
    margin-inline: auto;
  }
  .config-error {
    margin-block-end: var(--_space);
  }

  .progress {
    display: grid;
    gap: 0.35em;
    margin-block-end: var(--_space);
  }
  .progress-text {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .progress-track {
    display: block;
    height: 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_tint);
    overflow: hidden;
  }
  .progress-fill {
    display: block;
    height: 100%;
    background: var(--_accent);
  }

  h2,
  h3,
  h4 {
    line-height: 1.3;
    color: var(--_text);
  }
  .step-title {
    margin: 0 0 0.5em;
    font-size: 1.4em;
  }
  h3 {
    margin: 1.25em 0 0.4em;
    font-size: 1.1em;
  }
  p {
    margin: 0 0 0.75em;
  }
  .lead {
    font-size: 1.05em;
  }
  .group-lead {
    color: var(--_muted);
  }

  .question {
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .question legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 600;
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .question.missing .options {
    padding-inline-start: 0.6em;
    border-inline-start: 4px solid var(--_danger);
  }
  .missing-note {
    display: block;
    margin-block-start: 0.25em;
    color: var(--_danger);
    font-weight: 700;
  }
  .missing-note::before {
    content: '! ';
  }

  .options {
    display: grid;
    gap: 0.5em;
  }
  /* Yes, No, Not sure: side by side, each as wide as its words, wrapping only if they must. */
  .options.compact {
    display: flex;
    flex-wrap: wrap;
    max-width: 30em;
  }
  .options.compact .option {
    flex: 1 1 auto;
    white-space: nowrap;
  }
  @container (min-width: 40em) {
    .options:not(.compact) {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  /* Each answer is a .choice; the chosen one in bold too, since the words are the answer. */
  .option:has(:checked) {
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: var(--_space) 0.5em;
  }
  .button.primary[aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .next-reason {
    color: var(--_muted);
  }

  .crisis {
    margin-block: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-tint);
  }
  .crisis h3 {
    margin-block-start: 0;
  }
  .resources {
    display: grid;
    gap: 0.9em;
    margin: 0.75em 0;
    padding: 0;
    list-style: none;
  }
  .resource {
    display: grid;
    gap: 0.15em;
  }
  .resource-name {
    font-weight: 700;
  }
  .resource-links {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em;
    margin-block-start: 0.3em;
  }
  /* A .button too, a little smaller so a row of them fits a phone; underlined, as links are. */
  .crisis-link {
    padding: 0.35em 0.9em;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .crisis .crisis-link {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .help-now {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_divider);
  }
  .help-now span {
    font-weight: 600;
  }

  .outcome {
    margin-block: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .outcome h3 {
    margin-block-start: 0;
  }
  .outcome > :last-child {
    margin-block-end: 0;
  }
  .scores {
    display: grid;
    gap: 0.75em;
    margin: 0 0 var(--_space);
  }
  .scores dt {
    font-weight: 700;
  }
  .scores dd {
    margin: 0;
  }
  .not-diagnosis {
    padding: 0.75em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .notice {
    margin-block-start: var(--_space);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .crisis-footer {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 2px solid var(--_danger);
  }
  .crisis-footer h3 {
    margin-block-start: 0;
  }
  @container (min-width: 40em) {
    .crisis-footer .resource {
      grid-template-columns: 16em 1fr;
      column-gap: var(--_space);
    }
    .crisis-footer .resource-note {
      grid-column: 1;
    }
    .crisis-footer .resource-links {
      grid-column: 2;
      grid-row: 1 / span 2;
      margin: 0;
    }
  }

  @media print {
    .progress,
    .actions,
    .next-reason,
    .help-now {
      display: none !important;
    }
    .screen {
      border: 0;
      padding: 0;
    }
    .crisis-link {
      min-height: 0;
      padding: 0;
      border: 0;
      background: none !important;
      color: inherit !important;
      text-decoration: none;
    }
    .print-list {
      padding: 0;
      list-style: none;
    }
    .print-list li {
      margin-block-end: 0.35em;
      break-inside: avoid;
    }
  }
`;
