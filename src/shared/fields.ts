/**
 * The form-field templates the widgets share: a question's label, hint, error and control, and
 * the ARIA that ties them together, so that every field of the suite is announced the same
 * way. A field's parts are found by the id of its control: `<id>-hint`, `<id>-error`,
 * `<id>-note`, and whatever else a widget adds (a count) by its own ids.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Beside an error's words, never instead of them; hidden from assistive technology. */
export const errorIcon = html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <path d="M10 1.5 19 18H1L10 1.5Z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
  <path d="M10 7.5v5M10 14.6v.2" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

const hintId = (id: string): string => `${id}-hint`;
export const errorId = (id: string): string => `${id}-error`;
/** A live note under a control (what an answer means, why it was not taken). */
export const noteId = (id: string): string => `${id}-note`;

/** `aria-invalid` of a control: always present, so a fixed answer is announced as such. */
export const ariaInvalid = (invalid: boolean): 'true' | 'false' => (invalid ? 'true' : 'false');

/** `aria-describedby` from the ids that are there, in reading order; none, no attribute. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}

/** A field's error, to show at the field: the words, with "Error" said to screen readers. */
export interface FieldError {
  text: unknown;
  /** The word read before the error ("Error:"), in the widget's language. */
  prefix: string;
}

/** The error of the field whose control is `id`: an icon and the words, at `<id>-error`. */
export function fieldError(id: string, error: FieldError): TemplateResult {
  return html`<p part="field-error" class="field-error" id=${errorId(id)}>
    ${errorIcon}<span><span class="visually-hidden">${error.prefix} </span>${error.text}</span>
  </p>`;
}

export interface FieldOptions {
  /** The id of the control: the label points at it; the hint and error ids come from it. */
  id: string;
  label: unknown;
  /** Help under the label, at `<id>-hint`. */
  hint?: unknown;
  /** More classes on the hint, for a hint that looks different. */
  hintClass?: string;
  /** The field's error; the field is marked invalid while there is one. */
  error?: FieldError | undefined;
  /** The input, select or textarea, with `aria-invalid` and `aria-describedby` set (see controlAria). */
  control: TemplateResult;
  /** What follows the control: a live note, a character count. */
  after?: TemplateResult;
  /** More classes on the field. */
  className?: string;
}

/** The ARIA of a field's control: invalid while there is an error, described by hint, `extra` ids and error. */
export function controlAria(
  options: Pick<FieldOptions, 'id' | 'hint' | 'error'>,
  ...extra: (string | false | undefined)[]
): { invalid: 'true' | 'false'; describedBy: string | undefined } {
  const { id, hint, error } = options;
  return {
    invalid: ariaInvalid(error !== undefined),
    describedBy: describedBy(hint === undefined ? undefined : hintId(id), ...extra, error === undefined ? undefined : errorId(id)),
  };
}

/** One question: label, hint, error, control and what follows it, in reading order. */
export function formField(options: FieldOptions): TemplateResult {
  const { id, hint, error } = options;
  return html`
    <div part="field" class=${options.className ? `field ${options.className}` : 'field'} ?data-invalid=${error !== undefined}>
      <label part="label" class="label" for=${id}>${options.label}</label>
      ${hint === undefined
        ? nothing
        : html`<span part="hint" class=${options.hintClass ? `hint ${options.hintClass}` : 'hint'} id=${hintId(id)}>${hint}</span>`}
      ${error === undefined ? nothing : fieldError(id, error)} ${options.control} ${options.after ?? nothing}
    </div>
  `;
}
