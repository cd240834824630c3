import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { widgetsSettled } from '../demo/frame.js';
import { WIDGET_TAGS } from '../helpers/tags.js';

/**
 * One minimum target size for every widget (the shared control styles): each button, link
 * button, text field, stepper and radio or checkbox label a visitor taps is at least 44 × 44 px,
 * on a phone, in the views a visitor reaches first (the open benefits fields, the first
 * questions of the self-check, the booking form's field errors) and in each widget.
 */
const TARGET = 44;

async function press(widget: Element, selector: string): Promise<void> {
  widget.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await widgetsSettled(document);
}

/** Every control of `widget` a visitor can see, as the box they tap: a radio or checkbox's label. */
function targets(widget: Element): { name: string; box: DOMRect }[] {
  return [...widget.shadowRoot!.querySelectorAll<HTMLElement>('button, a, input, select, textarea')]
    // The booking form's honeypot is for robots only: out of the tab order and clipped away.
    .filter((control) => control.tabIndex !== -1)
    // Links inside a sentence are exempt from target sizes (WCAG 2.5.8).
    .filter((control) => !(control.localName === 'a' && getComputedStyle(control).display === 'inline'))
    .map((control) => {
      const target = control.matches('[type="radio"], [type="checkbox"]') ? control.closest('label')! : control;
      const name = `<${widget.localName}> ${target.localName}[part="${target.getAttribute('part') ?? ''}"]`;
      return { name, box: target.getBoundingClientRect() };
    })
    .filter(({ box }) => box.width > 0 && box.height > 0);
}

describe('every control of every widget is at least 44 × 44 px', function () {
  this.timeout(30_000);

  it(`at 390 px, in the views a visitor reaches first`, async () => {
    await setViewport({ width: 390, height: 900 });
    const page = document.createElement('div');
    page.innerHTML = `<kap-practice contact-email="hello@example.com" booking-endpoint="/api/booking"
      privacy-policy-url="https://example.com/privacy">${WIDGET_TAGS.map((tag) => `<${tag} date-picker></${tag}>`).join('')}</kap-practice>`;
    document.body.append(page);
    try {
      await widgetsSettled(document);
      const [timeline, estimator, booking, intake] = WIDGET_TAGS.map((tag) => page.querySelector(tag)!);
      await press(estimator, '[part~="benefits-toggle"]');
      await press(booking, '[part~="submit"]');
      await press(intake, '[part~="next-button"]');
      const all = [timeline, estimator, booking, intake].flatMap(targets);
      for (const tag of WIDGET_TAGS) expect(all.some(({ name }) => name.startsWith(`<${tag}>`)), `controls of <${tag}>`).to.equal(true);
      expect(all.some(({ name }) => name.includes('label[part="option')), 'the self-check\'s answers').to.equal(true);
      const small = all
        .filter(({ box }) => box.height < TARGET - 0.5 || box.width < TARGET - 0.5)
        .map(({ name, box }) => `${name} ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
      expect(small).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});
