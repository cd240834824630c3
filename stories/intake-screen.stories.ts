import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KapIntakeScreen } from '../src/components/intake-screen/kap-intake-screen.js';
import '../src/components/intake-screen/define.js';
// Its Spanish too, so a story in a Spanish locale reads as on a page with the bundle.
import '../src/components/intake-screen/messages.es.js';

/*
 * Every step and outcome is reached the way a visitor reaches it: the play functions tap the
 * real radios and buttons. The screen keeps answers only in memory, so there is no other way
 * in, by design.
 */

interface Args {
  bookingUrl?: string;
  shareResultsWithPage?: boolean;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/Intake screen',
  component: 'kap-intake-screen',
  args: { bookingUrl: '#contact', shareResultsWithPage: false },
  render: (args) => html`
    <kap-intake-screen
      booking-url=${ifDefined(args.bookingUrl)}
      ?share-results-with-page=${args.shareResultsWithPage}
      theme=${ifDefined(args.theme)}
    ></kap-intake-screen>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** An answer for each question of a step, by the question's radio group name. */
type Answers = (name: string) => string;

interface Visit {
  phq9?: Answers;
  gad7?: Answers;
  history?: Answers;
  health?: Answers;
}

const scores =
  (...values: number[]): Answers =>
  (name) =>
    String(values[Number(name.split('-')[1]) - 1] ?? 0);
const allNo: Answers = () => 'no';
const healthWith =
  (answers: Record<string, string>): Answers =>
  (name) =>
    answers[name.replace(/^health-/, '')] ?? 'no';

const moderate: Required<Visit> = {
  phq9: scores(2, 2, 1, 1, 1, 2, 1, 1, 0),
  gad7: scores(2, 2, 1, 1, 1, 1, 0),
  history: () => 'yes',
  health: allNo,
};

function screenIn(canvas: HTMLElement): KapIntakeScreen {
  const el = canvas.querySelector('kap-intake-screen');
  if (!el) throw new Error('kap-intake-screen is missing from the story');
  return el;
}

async function press(el: KapIntakeScreen, part: string): Promise<void> {
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="${part}"]`)?.click();
  await el.updateComplete;
}

/** Taps one answer in every required question of the current step. */
async function answer(el: KapIntakeScreen, answers: Answers): Promise<void> {
  await el.updateComplete;
  for (const fieldset of el.shadowRoot?.querySelectorAll('fieldset') ?? []) {
    if (fieldset.id === 'functional') continue;
    fieldset.querySelector<HTMLInputElement>(`input[value="${answers(fieldset.id)}"]`)?.click();
    await el.updateComplete;
  }
}

/** Goes through the steps in order, answering each one given, and stops at the first not given. */
async function visit(canvas: HTMLElement, steps: Visit): Promise<KapIntakeScreen> {
  const el = screenIn(canvas);
  await press(el, 'next-button');
  for (const answers of [steps.phq9, steps.gad7, steps.history, steps.health]) {
    if (!answers) break;
    await answer(el, answers);
    await press(el, 'next-button');
  }
  return el;
}

export const Introduction: Story = {};

export const Phq9: Story = {
  name: 'PHQ-9',
  play: async ({ canvasElement }) => void (await visit(canvasElement, {})),
};

export const NextExplainsWhatIsMissing: Story = {
  name: 'Next with questions left',
  play: async ({ canvasElement }) => {
    const el = await visit(canvasElement, {});
    await answer(el, (name) => (name === 'phq9-1' || name === 'phq9-2' ? '1' : 'none'));
    await press(el, 'next-button');
  },
};

export const CrisisPanel: Story = {
  name: 'Crisis panel (item 9 above "Not at all")',
  play: async ({ canvasElement }) => {
    const el = await visit(canvasElement, {});
    await answer(el, scores(0, 1, 0, 0, 0, 0, 0, 0, 1));
  },
};

export const Gad7: Story = {
  name: 'GAD-7',
  play: async ({ canvasElement }) => void (await visit(canvasElement, { phq9: moderate.phq9 })),
};

export const TreatmentHistory: Story = {
  play: async ({ canvasElement }) => void (await visit(canvasElement, { phq9: moderate.phq9, gad7: moderate.gad7 })),
};

export const HealthAndSafety: Story = {
  play: async ({ canvasElement }) =>
    void (await visit(canvasElement, { phq9: moderate.phq9, gad7: moderate.gad7, history: moderate.history })),
};

export const ResultMayFit: Story = {
  name: 'Result: may be a fit',
  play: async ({ canvasElement }) => void (await visit(canvasElement, moderate)),
};

export const ResultMild: Story = {
  name: 'Result: below the range KAP is meant for',
  play: async ({ canvasElement }) =>
    void (await visit(canvasElement, { ...moderate, phq9: scores(1, 1, 1), gad7: scores(1, 1) })),
};

export const ResultTalkWithAPrescriber: Story = {
  name: 'Result: talk with a prescriber',
  play: async ({ canvasElement }) =>
    void (await visit(canvasElement, { ...moderate, health: healthWith({ bipolar: 'yes', lamotrigine: 'yes' }) })),
};

export const ResultNotNow: Story = {
  name: 'Result: likely not appropriate right now',
  play: async ({ canvasElement }) =>
    void (await visit(canvasElement, { ...moderate, health: healthWith({ pregnancy: 'yes' }) })),
};

export const ResultCrisis: Story = {
  name: 'Result: crisis resources first',
  play: async ({ canvasElement }) =>
    void (await visit(canvasElement, { ...moderate, phq9: scores(2, 2, 1, 1, 1, 2, 1, 1, 2) })),
};

export const ResultDark: Story = {
  name: 'Result in dark mode',
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => void (await visit(canvasElement, moderate)),
};

export const BadBookingUrl: Story = {
  name: 'A bad booking-url: the panel above a working screen',
  args: { bookingUrl: 'javascript:alert(1)' },
};
