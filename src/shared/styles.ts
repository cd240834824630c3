import { css } from 'lit';

/*
 * Design tokens. Public `--kap-*` properties are only ever read, into private `--_*`
 * variables on :host, so a theme set on :root or on any wrapper reaches every widget.
 * Setting a public token on :host would block that inheritance.
 */
const lightDefaults = css`
  --_accent: var(--kap-color-accent, #1f6468);
  --_text: var(--kap-color-text, #1d2326);
  --_muted: var(--kap-color-muted, #4a565b);
  --_surface: var(--kap-color-surface, #ffffff);
  --_border: var(--kap-color-border, #75838a);
  --_danger: var(--kap-color-danger, #b3261e);
  --_success: var(--kap-color-success, #1e6b3a);
  --_on-accent: #ffffff;
  --_tint: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  --_danger-tint: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  color-scheme: light;
`;

const darkDefaults = css`
  --_accent: var(--kap-color-accent, #7fd0d3);
  --_text: var(--kap-color-text, #e8eef0);
  --_muted: var(--kap-color-muted, #b4c0c4);
  --_surface: var(--kap-color-surface, #151b1e);
  --_border: var(--kap-color-border, #7d8b90);
  --_danger: var(--kap-color-danger, #ffb4ab);
  --_success: var(--kap-color-success, #8fd6a4);
  --_on-accent: #0b1f20;
  --_tint: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
  --_danger-tint: color-mix(in srgb, var(--_danger) 14%, var(--_surface));
  color-scheme: dark;
`;

/**
 * One look for the controls of every widget: buttons (`.button`, `.button.primary`), text
 * fields (`.text-field`) and radio or checkbox choices whose whole label is the target
 * (`.choice`). Everything a visitor taps is at least `--_target` (44px) tall, steppers and
 * disclosure buttons too: WCAG 2.2 AA (2.5.8) asks for 24px, 44px is its enhanced size (2.5.5)
 * and what most of the widgets' controls already had. In px, not em, so a site that sets a
 * smaller --kap-font-size does not shrink a target.
 */
const controlStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_target);
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.primary:not([aria-disabled='true']):hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
  }

  /* 16px or more, so iOS does not zoom into a field. */
  .text-field {
    min-height: var(--_target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_field-radius);
    background: var(--_surface);
    font-size: max(1em, 16px);
    line-height: 1.4;
  }
  .text-field[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }

  .choice {
    display: flex;
    gap: 0.625em;
    align-items: center;
    min-height: var(--_target);
    padding: 0.375em 0.875em 0.375em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_field-radius);
    background: var(--_surface);
    line-height: 1.3;
    cursor: pointer;
  }
  .choice:hover {
    background: var(--_tint);
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_tint);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice:has(input:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .choice input:focus-visible {
    outline: none;
  }
`;

/**
 * Shared by every widget: tokens in light and dark, and a reset that keeps the host page's
 * CSS out. Only inherited properties cross the shadow boundary, so the wrapper (`part="base"`)
 * sets each of them explicitly; sizes use px or em from that base, never rem, because page
 * builders often shrink the root font to 62.5%.
 */
export const baseStyles = css`
  :host {
    display: block;
    ${lightDefaults}
    --_font-family: var(--kap-font-family, inherit);
    --_font-size: var(--kap-font-size, max(1rem, 16px));
    --_radius: var(--kap-radius, 8px);
    --_field-radius: calc(var(--_radius) * 0.75);
    --_space: var(--kap-space, 16px);
    --_focus-ring: var(--kap-focus-ring, 3px solid var(--_accent));
    /* The one minimum size of everything a visitor taps (see controlStyles). */
    --_target: 44px;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkDefaults}
    }
  }
  :host([theme='dark']) {
    ${darkDefaults}
  }
  /*
   * Each widget lays itself out by container queries, and a query container has no width of
   * its own: in a shrink-to-fit box (a flex row inside a flex row, an inline-block, a float, a
   * table cell, an auto grid column) the host would shrink to its padding. This invisible,
   * zero-height line gives the host the intrinsic widths of a long paragraph instead: its
   * max-content is about 11,000px (twelve dots 1000px apart) and its min-content is one dot,
   * so the page gives the widget what it would give a paragraph of text: the whole column
   * where there is one, and a share of a row, without ever pushing the page sideways. In a
   * normal block it changes nothing. !important because a page's own ::before rules reach the
   * host's pseudo-element and would win over :host rules; an important shadow rule wins.
   */
  :host::before {
    content: '. . . . . . . . . . . .' !important;
    display: block !important;
    block-size: 0 !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: hidden !important;
    visibility: hidden !important;
    font: 1px/0 sans-serif !important;
    letter-spacing: 0 !important;
    word-spacing: 1000px !important;
    text-indent: 0 !important;
    white-space: normal !important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='base'] {
    /* Hairlines between rows and around quiet panels. Declared here, not on :host, so it is
       worked out from the --_border and --_surface this wrapper sees: a dark theme, a print
       override on :host or a ::part(base) rule all reach it. */
    --_divider: color-mix(in srgb, var(--_border) 45%, var(--_surface));
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    font-variant: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    -webkit-text-fill-color: currentcolor;
    caret-color: auto;
    border-collapse: separate;
    border-spacing: 0;
    list-style: disc outside;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    visibility: visible;
    cursor: auto;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
  }

  .config-error {
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-tint);
  }
  .config-error h2 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .config-error ul {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .config-error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  .config-error p {
    margin: 0.5em 0 0;
  }
  ${controlStyles}
`;
