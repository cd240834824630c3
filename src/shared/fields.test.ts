import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { controlAria, describedBy, formField, type FieldError } from './fields.js';

/** A field as a widget writes it: the control takes the ARIA the template computes. */
function nameField(error?: FieldError) {
  const shown = { id: 'name', hint: 'As you would like to be addressed.', error };
  const aria = controlAria(shown, 'name-note');
  return formField({
    ...shown,
    label: 'Your name',
    control: html`<input
      part="input"
      id="name"
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
    />`,
    after: html`<p id="name-note">We never share it.</p>`,
  });
}

describe('the shared field template', () => {
  it('joins the ids that are there, in reading order, and writes no attribute for none', () => {
    expect(describedBy('a-hint', false, undefined, 'a-error')).to.equal('a-hint a-error');
    expect(describedBy(undefined, false)).to.equal(undefined);
  });

  it('labels the control and has it described by its hint and note while the answer is fine', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>${nameField()}</div>`);
    const input = el.querySelector('input')!;
    expect(el.querySelector('label')!.htmlFor).to.equal('name');
    expect(el.querySelector('[part="label"]')!.textContent).to.equal('Your name');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.equal('name-hint name-note');
    expect(el.querySelector('[part="field"]')!.hasAttribute('data-invalid')).to.equal(false);
    expect(el.querySelector('[part="field-error"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error before the control, says "Error" to screen readers and ties it to the control', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>${nameField({ text: 'Please enter your name.', prefix: 'Error:' })}</div>`);
    const input = el.querySelector('input')!;
    const error = el.querySelector('[part="field-error"]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('name-hint name-note name-error');
    expect(error.id).to.equal('name-error');
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Please enter your name.');
    expect(error.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(el.querySelector('[part="field"]')!.hasAttribute('data-invalid')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
