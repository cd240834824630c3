import { css } from 'lit';

/**
 * Layout follows the widget's own width (container queries), not the window's: a timeline in
 * a sidebar stays vertical on a desktop screen. Colours come only from the private `--_*`
 * tokens of the base styles, so themes and dark mode need nothing here.
 */
export const timelineStyles = css`
  .timeline {
    container: kap-timeline / inline-size;
    padding: var(--_space);
    --_marker: 2.5em;
  }

  /* Phases: a vertical list with a connecting line, side by side when there is room. */
  .phases {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .phase {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker) minmax(0, 1fr);
    column-gap: 0.875em;
    align-content: start;
    padding-block-end: 1.25em;
  }
  .phase > :not(.marker) {
    grid-column: 2;
    margin: 0;
  }
  .phase:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: var(--_marker) 0;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    width: 2px;
    background: var(--_divider);
  }
  .marker {
    grid-column: 1;
    grid-row: 1;
    position: relative;
    z-index: 1;
    display: grid;
    place-items: center;
    width: var(--_marker);
    height: var(--_marker);
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
    line-height: 1;
  }
  .phase-title {
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 600;
  }
  .phase-title button {
    display: flex;
    align-items: center;
    justify-content: flex-start;
    gap: 0.5em;
    width: calc(100% + 1em);
    /* As tall as the marker beside it (whose 2.5em are the timeline's, 1.125 of this font
       size), and never under the shared target: where the marker is the smaller, the target
       reaches into the gaps above and below, so the rows keep their rhythm. */
    --_row: calc(var(--_marker) / 1.125);
    min-height: max(var(--_target), var(--_row));
    margin-block: min(0px, (var(--_row) - var(--_target)) / 2);
    margin-inline-start: -0.5em;
    padding: 0.25em 0.5em;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .phase-title button:hover {
    background: var(--_tint);
  }
  .chevron {
    flex: none;
    width: 1em;
    height: 1em;
    color: var(--_accent);
    transition: transform 150ms ease;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .phase > .phase-meta {
    margin-block-start: 0.25em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .phase > .current-label {
    justify-self: start;
    margin-block-start: 0.375em;
    padding: 0.0625em 0.625em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_tint);
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 600;
  }
  [part~='phase--current'] .marker {
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 0 0 4px var(--_tint);
  }
  .phase-body {
    max-width: 65ch;
    padding-block-start: 0.5em;
  }
  .phase-body p {
    margin: 0 0 0.625em;
  }

  @container kap-timeline (min-width: 860px) {
    .phases {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      column-gap: var(--_space);
    }
    .phase {
      grid-template-columns: minmax(0, 1fr);
    }
    .phase > :not(.marker) {
      grid-column: 1;
    }
    .marker {
      margin-block-end: 0.625em;
    }
    .phase-body {
      font-size: 0.9375em;
    }
    .phase:not(:last-child)::before {
      inset-block: calc(var(--_marker) / 2 - 1px) auto;
      inset-inline: var(--_marker) calc(-1 * var(--_space));
      width: auto;
      height: 2px;
    }
  }

  /* The dated plan. */
  .plan {
    margin-block-start: 0.5em;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_divider);
  }
  .plan p {
    margin: 0 0 0.75em;
  }
  .plan-title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .date-field {
    display: grid;
    gap: 0.25em;
    max-width: 22em;
    margin-block-end: 1em;
  }
  .date-field label {
    font-weight: 600;
  }
  .plan .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .message {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_danger);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_danger-tint);
  }
  .plan-summary {
    font-weight: 600;
  }
  .zone-note {
    font-weight: 400;
  }
  .warnings-box {
    margin-block-end: 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) / 2);
  }
  .plan .warnings-title {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .warnings-title svg,
  .calendar-button svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  .warnings {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .warnings li + li {
    margin-block-start: 0.375em;
  }
  .weeks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: 1em var(--_space);
    margin: 1em 0;
    padding: 0;
    list-style: none;
  }
  .week-title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    margin: 0 0 0.375em;
    font-size: 1em;
  }
  .week-range {
    color: var(--_muted);
    font-size: 0.9375em;
    font-weight: 400;
  }
  .sessions {
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .session {
    display: grid;
    gap: 0.125em;
    padding: 0.625em 0.875em;
    border-inline-start: 4px solid transparent;
  }
  .session + .session {
    border-block-start: 1px solid var(--_divider);
  }
  .session--medicine {
    border-inline-start-color: var(--_accent);
    background: var(--_tint);
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .day {
    font-weight: 600;
  }
  .time,
  .note {
    color: var(--_muted);
  }
  .what {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .note::before {
    content: '·';
    margin-inline-end: 0.5em;
  }
  .calendar .hint {
    margin-block-start: 0.375em;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media print {
    .phase-body[hidden] {
      display: block;
    }
    .chevron,
    .calendar,
    .date-field {
      display: none;
    }
  }
`;
