import { css } from 'lit';

/*
 * The GFE's form and document, adopted into the estimator's shadow root when they load. On
 * screen the document reads as a sheet of paper; in print, from its own button, it is all
 * that prints, on Letter or A4 alike (the widths are the paper's, not fixed ones). The
 * informal estimate's own print leaves the GFE out.
 */
export const gfeStyles = css`
  .gfe-area:empty {
    display: none;
  }
  .gfe-area {
    margin-top: var(--_space);
  }
  .gfe-form,
  .gfe-document {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .gfe-form > p {
    margin: 0 0 0.75em;
  }
  .gfe-form .gfe-name {
    display: block;
    width: 100%;
    max-width: 24em;
  }
  .gfe-birth-date legend {
    float: left;
    width: 100%;
    padding: 0;
  }
  .gfe-birth-date .hint {
    clear: both;
  }
  .gfe-date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 0.25em;
  }
  .gfe-date-part {
    display: flex;
    flex-direction: column;
  }
  .gfe-date-label {
    font-size: 0.875em;
  }
  .gfe-form .gfe-date-input {
    width: 3.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .gfe-form .gfe-year {
    width: 5em;
  }
  .gfe-problems {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-tint);
  }
  .gfe-problems-title {
    margin: 0;
    font-weight: 700;
  }
  .gfe-problems ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .gfe-problems a {
    color: var(--_danger);
    font-weight: 600;
  }
  .gfe-privacy {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .gfe-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_space);
  }

  .gfe-document {
    font-size: 0.9375em;
  }
  .gfe-document .gfe-title {
    font-size: 1.25em;
    margin-bottom: 0.75em;
  }
  .gfe-section {
    margin-top: var(--_space);
    break-inside: avoid;
  }
  .gfe-section h4 {
    margin: 0 0 0.35em;
    padding-bottom: 0.2em;
    border-bottom: 1px solid var(--_divider);
    font-size: 1em;
  }
  .gfe-section p,
  .gfe-section ul {
    margin: 0 0 0.5em;
  }
  .gfe-section ul {
    padding-inline-start: 1.25em;
  }
  .gfe-facts {
    display: grid;
    gap: 0.15em;
    margin: 0;
  }
  .gfe-facts > div {
    display: grid;
    grid-template-columns: minmax(8em, 2fr) minmax(0, 3fr);
    gap: 0 1em;
  }
  .gfe-facts dt {
    color: var(--_muted);
  }
  .gfe-facts dd {
    margin: 0;
    font-weight: 600;
  }
  .gfe-id {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.03em;
  }
  .gfe-items {
    width: 100%;
    border-collapse: collapse;
  }
  .gfe-items caption {
    margin-bottom: 0.35em;
    text-align: start;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .gfe-items th,
  .gfe-items td {
    padding: 0.4em 0.35em;
    border-bottom: 1px solid var(--_divider);
    text-align: start;
    vertical-align: top;
  }
  .gfe-items thead th {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
  }
  .gfe-items th:first-child {
    padding-inline-start: 0;
  }
  .gfe-items th:last-child,
  .gfe-items td:last-child {
    padding-inline-end: 0;
  }
  .gfe-items .num {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .gfe-item th {
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .gfe-minutes {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  .gfe-total th,
  .gfe-total td {
    border-top: 2px solid var(--_text);
    border-bottom: 0;
    font-weight: 700;
    font-size: 1.0625em;
  }
  .gfe-total th {
    text-align: end;
  }
  .gfe-section .gfe-keep {
    margin-top: 0.75em;
  }
  .gfe-small {
    margin-top: 0.35em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .gfe-delivery {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .gfe-delivery p {
    margin: 0;
  }
  .gfe-delivery--delivered p {
    color: var(--_success);
    font-weight: 600;
  }
  .gfe-delivery--failed p {
    color: var(--_danger);
    font-weight: 600;
  }
  /*
   * A phone has no room for five columns: code, quantity and unit charge move under the item's
   * name. Both copies exist and CSS shows one, so the table keeps its semantics.
   */
  .gfe-inline {
    display: none;
  }
  @container (max-width: 559px) {
    .gfe-items :is(thead, tbody) :is(th, td):is(:nth-child(2), :nth-child(3), :nth-child(4)) {
      display: none;
    }
    .gfe-items .gfe-inline {
      display: block;
    }
    .gfe-total th {
      text-align: start;
    }
    .gfe-facts > div {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  @media print {
    .gfe-area {
      display: none;
    }
    .estimator.gfe-printing > :not(.gfe-area) {
      display: none !important;
    }
    .estimator.gfe-printing > .gfe-area {
      display: block;
      margin: 0;
    }
    .gfe-document {
      padding: 0;
      border: 0;
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .gfe-document .gfe-title {
      font-size: 15pt;
    }
    .gfe-section {
      margin-top: 9pt;
    }
    .gfe-facts > div {
      grid-template-columns: 16em minmax(0, 1fr);
    }
    .gfe-items th,
    .gfe-items td {
      display: table-cell !important;
    }
    .gfe-items .gfe-inline {
      display: none !important;
    }
    .gfe-items tr {
      break-inside: avoid;
    }
  }
`;
