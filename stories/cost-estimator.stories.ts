import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/cost-estimator/define.js';
// Its Spanish too, so a story in a Spanish locale reads as on a page with the bundle.
import '../src/components/cost-estimator/messages.es.js';
import type { KapCostEstimator } from '../src/components/cost-estimator/kap-cost-estimator.js';

interface EstimatorArgs {
  practiceName?: string;
  currency?: string;
  locale?: string;
  medicineFee?: string;
  sessionFee?: string;
  preparationSessions?: string;
  medicineSessions?: string;
  integrationPerMedicine?: string;
  contactEmail?: string;
  contactPhone?: string;
  gfeUrl?: string;
  providerName?: string;
  providerNpi?: string;
  providerTin?: string;
  practiceAddress?: string;
  gfeMonths?: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<EstimatorArgs> = {
  title: 'Widgets/Cost estimator',
  component: 'kap-cost-estimator',
  args: { contactEmail: 'hello@example.com' },
  render: (args) => html`
    <kap-cost-estimator
      practice-name=${ifDefined(args.practiceName)}
      currency=${ifDefined(args.currency)}
      locale=${ifDefined(args.locale)}
      medicine-fee=${ifDefined(args.medicineFee)}
      session-fee=${ifDefined(args.sessionFee)}
      preparation-sessions=${ifDefined(args.preparationSessions)}
      medicine-sessions=${ifDefined(args.medicineSessions)}
      integration-per-medicine=${ifDefined(args.integrationPerMedicine)}
      contact-email=${ifDefined(args.contactEmail)}
      contact-phone=${ifDefined(args.contactPhone)}
      gfe-url=${ifDefined(args.gfeUrl)}
      provider-name=${ifDefined(args.providerName)}
      provider-npi=${ifDefined(args.providerNpi)}
      provider-tin=${ifDefined(args.providerTin)}
      practice-address=${ifDefined(args.practiceAddress)}
      gfe-months=${ifDefined(args.gfeMonths)}
      theme=${ifDefined(args.theme)}
    ></kap-cost-estimator>
  `,
};
export default meta;

type Story = StoryObj<EstimatorArgs>;

/** Types into a field the way a visitor does, so the widget reads it as input. */
function enter(estimator: KapCostEstimator, id: string, text: string) {
  const input = estimator.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The seed practice: 2 preparation, 6 medicine and 6 integration sessions, $4,810. */
export const Default: Story = {};

/** A visitor with out-of-network benefits: 70% after a $500 deductible, $150 allowed a session. */
export const BenefitsFilled: Story = {
  play: async ({ canvasElement }) => {
    const estimator = canvasElement.querySelector('kap-cost-estimator')!;
    await estimator.updateComplete;
    estimator.shadowRoot!.querySelector<HTMLButtonElement>('[part~="benefits-toggle"]')!.click();
    await estimator.updateComplete;
    enter(estimator, 'benefit-planPays', '70');
    enter(estimator, 'benefit-deductible', '500');
    enter(estimator, 'benefit-outOfPocket', '1500');
    enter(estimator, 'benefit-allowed', '150');
  },
};

/** Input a visitor got wrong: explained beside the field, the total untouched. */
export const InputExplained: Story = {
  play: async ({ canvasElement }) => {
    const estimator = canvasElement.querySelector('kap-cost-estimator')!;
    await estimator.updateComplete;
    enter(estimator, 'count-preparation', 'two');
    enter(estimator, 'count-medicine', '40');
  },
};

/** Euros written the German way: 4.810,00 €. */
export const EuroGerman: Story = {
  args: { currency: 'EUR', locale: 'de-DE', practiceName: 'Praxis Beispiel' },
};

/** Yen have no minor unit: ¥680,000, and the benefit fields refuse decimals. */
export const Yen: Story = {
  args: { currency: 'JPY', medicineFee: '80000', sessionFee: '25000' },
};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0e1315;padding:16px">${story()}</div>`],
};

/** No gfe-url and no email: the request link becomes a call link to the practice. */
export const PhoneOnly: Story = {
  args: { contactEmail: undefined, contactPhone: '206-555-0100' },
};

/** A therapist's typo: the settings panel names the attribute and what would work. */
export const SettingsError: Story = {
  args: { medicineFee: '555,00', gfeUrl: 'javascript:alert(1)' },
};

/** Phone width, where the quantities move under each service's name. */
export const Phone: Story = {
  decorators: [(story) => html`<div style="max-width:390px">${story()}</div>`],
};

/**
 * The printed estimate. Storybook cannot switch to print media, so this story shows the
 * filled-in estimate; open the browser's print preview (or press "Print this estimate") to
 * see the page: practice, date, lines with service codes, totals and every disclaimer.
 */
export const PrintView: Story = {
  args: { practiceName: 'Cedar Therapy', contactPhone: '206-555-0100' },
  play: BenefitsFilled.play!,
};

/** A practice that has set what a Good Faith Estimate needs: "Get your Good Faith Estimate". */
const gfePractice: EstimatorArgs = {
  practiceName: 'Cedar Therapy',
  providerName: 'Jane Rivera, LMHC',
  providerNpi: '1234567893',
  providerTin: '12-3456789',
  practiceAddress: '100 Pine St, Suite 2, Seattle, WA 98101',
};

/** Opens the GFE's form the way a visitor does; its module loads on this first press. */
async function openGfe(canvasElement: HTMLElement): Promise<KapCostEstimator> {
  const estimator = canvasElement.querySelector('kap-cost-estimator')!;
  await estimator.updateComplete;
  estimator.shadowRoot!.querySelector<HTMLButtonElement>('[part~="gfe-open"]')!.click();
  while (!estimator.shadowRoot!.querySelector('[part~="gfe-form"]')) await new Promise((resolve) => setTimeout(resolve, 50));
  return estimator;
}

/** The form: full name and date of birth, for the plan chosen above. */
export const GoodFaithEstimateForm: Story = {
  args: gfePractice,
  play: async ({ canvasElement }) => {
    await openGfe(canvasElement);
  },
};

/**
 * The Good Faith Estimate as issued: every element of 45 CFR 149.610(c) in the CMS model
 * form's order. "Print or save as PDF" prints it alone. Without booking-endpoint it says the
 * practice gets no copy from this page.
 */
export const GoodFaithEstimateDocument: Story = {
  args: gfePractice,
  play: async ({ canvasElement }) => {
    const estimator = await openGfe(canvasElement);
    enter(estimator, 'gfe-name', 'Ana María Flores');
    enter(estimator, 'gfe-month', '3');
    enter(estimator, 'gfe-day', '27');
    enter(estimator, 'gfe-year', '1985');
    await estimator.updateComplete;
    estimator.shadowRoot!.querySelector<HTMLFormElement>('[part~="gfe-form"]')!.requestSubmit();
  },
};

/** The same in US Spanish, as on a page with lang="es". */
export const GoodFaithEstimateSpanish: Story = {
  ...GoodFaithEstimateDocument,
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
};
