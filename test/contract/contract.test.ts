import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { GFE_ATTRIBUTES } from '../helpers/gfe.js';

/**
 * The theming contract, checked from both ends. A web developer styles what
 * custom-elements.json names, so every `part` a widget renders and every `--kap-*` property
 * its styles read must be named there; and everything named there must really be rendered
 * or read, or the manifest promises a hook that does nothing. Parts are collected while each
 * widget is walked through its states: the settings panel, empty and filled forms, a dated
 * plan, crisis resources, a sent request.
 */

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
const declarations = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => [declaration.tagName!, declaration]),
);

type Step = (el: HTMLElement) => Promise<void>;
interface Scenario {
  name: string;
  markup: string;
  steps?: Step[];
  /** Parts the last step must have led to: a driver that got lost says so, by name. */
  expect?: string[];
}

interface LitLike extends HTMLElement {
  updateComplete: Promise<unknown>;
}

const settle = async (el: HTMLElement) => {
  await (el as LitLike).updateComplete;
  // A task, not an animation frame: a tab in the background gets no frames.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await (el as LitLike).updateComplete;
};

function inShadow<T extends Element>(el: HTMLElement, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${el.localName}> has no ${selector} in this state`);
  return found;
}

const click = (selector: string): Step => async (el) => {
  inShadow<HTMLElement>(el, selector).click();
  await settle(el);
};

/** Replaces a field's text as a visitor does, so the widget sees real input events. */
const type = (selector: string, text: string): Step => async (el) => {
  const input = inShadow<HTMLInputElement>(el, selector);
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await settle(el);
};

/** Waits for what a step loaded on demand, like the cost estimator's Good Faith Estimate. */
const until = (selector: string): Step => async (el) => {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `<${el.localName}> shows ${selector}`, { timeout: 5_000 });
  await settle(el);
};

/** Picks an option of a select by its text, with the events a visitor's choice fires. */
const choose = (selector: string, text: string): Step => async (el) => {
  const select = inShadow<HTMLSelectElement>(el, selector);
  const option = [...select.options].find((each) => each.text.trim() === text);
  if (!option) throw new Error(`${selector} has no option "${text}"`);
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
};

/** A date `days` ahead, as an ISO string: a plan must start in the future to be dated. */
function isoDaysAhead(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Answers every question on the self-screen's current step and moves on, until the results
 * show. "light": the lowest score, and "No" to every yes-or-no question, which leads to an
 * outcome with the booking link. "heavy": the last choice everywhere, which includes the
 * answer to PHQ-9 item 9 that brings the crisis resources.
 */
const answerThrough = (how: 'light' | 'heavy'): Step => async (el) => {
  for (let guard = 0; guard < 10 && !el.shadowRoot!.querySelector('[part~="result"]'); guard += 1) {
    for (const question of el.shadowRoot!.querySelectorAll('[part~="question"]')) {
      const options = [...question.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      const no = options.find((option) => option.value === 'no');
      (how === 'light' ? (no ?? options[0]) : options[options.length - 1])?.click();
      await settle(el);
    }
    const next = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="next-button"]');
    next[next.length - 1]?.click();
    await settle(el);
  }
};

const soon = isoDaysAhead(21);

const SCENARIOS: Record<string, Scenario[]> = {
  'kap-practice': [{ name: 'a provider', markup: '<kap-practice></kap-practice>' }],
  'kap-process-timeline': [
    { name: 'a bad setting', markup: '<kap-process-timeline weeks="0"></kap-process-timeline>' },
    {
      name: 'phases with the current one open',
      markup: '<kap-process-timeline current-phase="medicine"></kap-process-timeline>',
      steps: [click('[part~="phase-toggle"]')],
    },
    {
      name: 'a dated plan with a start moved off a closed day',
      markup: `<kap-process-timeline date-picker start-date="${soon}" closed-dates="${soon}"></kap-process-timeline>`,
    },
    { name: 'a start date in the past', markup: '<kap-process-timeline date-picker start-date="2020-01-06"></kap-process-timeline>' },
  ],
  'kap-cost-estimator': [
    { name: 'a bad setting', markup: '<kap-cost-estimator medicine-fee="abc"></kap-cost-estimator>' },
    {
      name: 'benefits entered',
      markup: '<kap-cost-estimator contact-email="hello@example.com"></kap-cost-estimator>',
      steps: [
        click('[part~="benefits-toggle"]'),
        type('#benefit-planPays', '70'),
        type('#benefit-deductible', '0'),
      ],
      expect: ['reimbursement', 'net'],
    },
    {
      name: 'a Good Faith Estimate issued',
      markup:
        `<kap-cost-estimator ${GFE_ATTRIBUTES}></kap-cost-estimator>`,
      steps: [
        click('[part~="gfe-open"]'),
        until('[part~="gfe-form"]'),
        type('#gfe-name', 'Ana Flores'),
        type('#gfe-month', '3'),
        type('#gfe-day', '27'),
        type('#gfe-year', '1985'),
        click('[part~="gfe-form"] button[type="submit"]'),
      ],
      expect: ['gfe-document', 'gfe-delivery', 'gfe-print'],
    },
  ],
  'kap-booking-request': [
    { name: 'a bad setting', markup: '<kap-booking-request booking-endpoint="javascript:alert(1)"></kap-booking-request>' },
    {
      name: 'sent without filling it in, then from outside the service area, then by email',
      markup:
        '<kap-booking-request contact-email="hello@example.com" service-area="WA" privacy-policy-url="https://example.com/privacy"></kap-booking-request>',
      steps: [
        async (el) => {
          // Public hooks: no wait for the spam timer, and no mail app opened from the test page.
          Object.assign(el, { minimumFillTime: 0, openUrl: () => undefined });
        },
        click('[part~="submit"]'),
        // The form's rules arrive on the first send (core/booking-checks.ts): its answer comes then.
        until('[part~="field-error"]'),
        type('#name', 'Ada Lovelace'),
        type('#email', 'ada@example.com'),
        choose('#state', 'Oregon'),
        choose('#state', 'Washington'),
        click('#consent'),
        click('[part~="submit"]'),
      ],
      expect: ['success', 'mailto-link', 'reference'],
    },
  ],
  'kap-intake-screen': [
    { name: 'a bad setting', markup: '<kap-intake-screen weeks="0"></kap-intake-screen>' },
    {
      name: 'answered lightly, with a booking link',
      markup: '<kap-intake-screen booking-url="#contact"></kap-intake-screen>',
      steps: [answerThrough('light')],
      expect: ['result', 'outcome', 'booking-link'],
    },
    { name: 'answered heavily, with crisis resources', markup: '<kap-intake-screen></kap-intake-screen>', steps: [answerThrough('heavy')], expect: ['result', 'crisis'] },
  ],
};

function partsIn(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[part]')].flatMap((node) => [...node.part]);
}

/** Every `--kap-*` a shadow root's styles take through var(): adopted sheets and style attributes. */
function tokensReadBy(root: ShadowRoot): Set<string> {
  const texts: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      texts.push(rule.cssText);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of root.adoptedStyleSheets) walk(sheet.cssRules);
  for (const style of root.querySelectorAll('style')) texts.push(style.textContent ?? '');
  for (const node of root.querySelectorAll('[style]')) texts.push(node.getAttribute('style') ?? '');
  return new Set([...texts.join('\n').matchAll(/var\(\s*(--kap-[\w-]+)/g)].map((match) => match[1]!));
}

const errors: string[] = [];
const failures: string[] = [];

describe('the manifest and the rendered widgets agree', () => {
  const original = console.error;
  // The bad-setting scenarios log on purpose; the messages are not under test here.
  before(() => {
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  });
  after(() => {
    console.error = original;
  });

  for (const [tag, scenarios] of Object.entries(SCENARIOS)) {
    describe(`<${tag}>`, () => {
      const rendered = new Set<string>();
      const read = new Set<string>();
      const declaration = () => {
        const found = declarations.get(tag);
        if (!found) throw new Error(`custom-elements.json has no <${tag}>: run npm run analyze`);
        return found;
      };

      before(async () => {
        for (const scenario of scenarios) {
          const el = await fixture<HTMLElement>(scenario.markup);
          await settle(el);
          const collect = () => {
            if (!el.shadowRoot) return;
            for (const part of partsIn(el.shadowRoot)) rendered.add(part);
            for (const token of tokensReadBy(el.shadowRoot)) read.add(token);
          };
          collect();
          // Steps pass through states (each question page of the self-screen): see them all.
          const observer = new MutationObserver(collect);
          if (el.shadowRoot) observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, attributeFilter: ['part', 'style'] });
          for (const [i, step] of (scenario.steps ?? []).entries()) {
            try {
              await step(el);
            } catch (error) {
              failures.push(`${tag}, "${scenario.name}", step ${i + 1}: ${(error as Error).message}`);
            }
            collect();
          }
          observer.disconnect();
          if (scenario.expect) {
            const missing = scenario.expect.filter((part) => !el.shadowRoot?.querySelector(`[part~="${part}"]`));
            if (missing.length > 0) failures.push(`${tag}, "${scenario.name}": ended without ${missing.join(', ')}: ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 300)}`);
          }
        }
      });

      it('walks through every state without a step failing', () => {
        expect(failures.filter((failure) => failure.startsWith(`${tag},`))).to.deep.equal([]);
      });

      it('renders no part the manifest leaves out', () => {
        const documented = new Set((declaration().cssParts ?? []).map((part) => part.name));
        expect([...rendered].filter((part) => !documented.has(part)).sort(), 'rendered but undocumented parts').to.deep.equal([]);
      });

      it('renders every part the manifest names', () => {
        const documented = (declaration().cssParts ?? []).map((part) => part.name);
        expect(documented.filter((part) => !rendered.has(part)).sort(), 'documented parts never rendered').to.deep.equal([]);
      });

      it('reads no --kap-* property the manifest leaves out, and reads every one it names', () => {
        const documented = new Set((declaration().cssProperties ?? []).map((property) => property.name));
        expect([...read].filter((token) => !documented.has(token)).sort(), 'read but undocumented').to.deep.equal([]);
        expect([...documented].filter((token) => !read.has(token)).sort(), 'documented but never read').to.deep.equal([]);
      });
    });
  }
});
