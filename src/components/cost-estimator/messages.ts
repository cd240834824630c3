import { defineMessages } from '../../core/localize.js';

/**
 * Every word the cost estimator shows, prints or announces. Amounts, counts, dates and
 * durations arrive already formatted for the locale.
 *
 * Spanish (US) follows the terms Spanish-speaking clients meet on their own insurance papers
 * and on CMS's Spanish notices: "Estimación de buena fe", "deducible", "máximo de gastos de
 * bolsillo", "monto permitido". The widget's own figure is a "cálculo", so it is never
 * mistaken for the Good Faith Estimate. "Sesiones con ketamina" names the medicine session
 * plainly: "sesiones de medicina" would not tell a Spanish reader which sessions these are.
 */
export const costEstimatorMessages = defineMessages('kap-cost-estimator', {
  widgetName: 'Cost estimator',
  heading: 'Estimate your cost',
  intro: (practice: string) =>
    `An informal estimate of what ${practice} charges for the plan you choose. Change the numbers and the total updates as you go.`,

  planLegend: 'Your plan',
  preparationSession: 'Preparation sessions',
  medicineSession: 'Medicine sessions',
  integrationSession: 'Integration sessions',
  sessionTerms: (duration: string, fee: string) => `${duration}, ${fee} each`,
  integrationUsual: (perMedicine: number) =>
    perMedicine === 1 ? 'Usually one after each medicine session' : `Usually ${perMedicine} after each medicine session`,
  preparationFewer: 'One fewer preparation session',
  preparationMore: 'One more preparation session',
  medicineFewer: 'One fewer medicine session',
  medicineMore: 'One more medicine session',
  integrationFewer: 'One fewer integration session',
  integrationMore: 'One more integration session',

  countEmpty: (used: string) => `Enter a number. The estimate uses ${used} for now.`,
  countNotANumber: (used: string) => `Use digits only, like ${used}. The estimate uses ${used} for now.`,
  countRounded: (value: string) => `Sessions are whole, so the estimate uses ${value}.`,
  countBelowMin: (min: string) => `The fewest is ${min}, so the estimate uses ${min}.`,
  countAboveMax: (max: string) =>
    `This estimate goes up to ${max}, so it uses ${max}. For a longer plan, please ask the practice.`,

  benefitsToggle: 'I have out-of-network benefits',
  benefitsIntro:
    'You pay the practice, then send your plan a superbill (an itemized receipt); it may pay you back part of the preparation and integration sessions. Your plan documents or a call to your plan will give you these numbers.',
  planPaysLabel: 'Plan pays (%)',
  planPaysHint: 'The share your plan pays after the deductible, for example 60 or 70.',
  deductibleLabel: 'Deductible remaining',
  deductibleHint: 'What you still pay this year before your plan starts paying. Enter 0 if you have met it.',
  outOfPocketLabel: 'Out-of-pocket maximum remaining',
  outOfPocketHint: 'Optional. Once you have paid this much, your plan pays the whole allowed amount.',
  allowedLabel: 'Allowed amount per session',
  allowedHint: (fee: string) => `Optional. What your plan allows for one session. Leave it empty to use the fee, ${fee}.`,
  amountsIn: (currency: string, example: string) => `Enter amounts in ${currency}, like ${example}.`,

  percentNotANumber: 'Use digits only, like 70.',
  percentRounded: (value: string) => `Use a whole percentage; the estimate uses ${value}.`,
  percentBelowMin: (value: string) => `A plan pays at least ${value}, so the estimate uses ${value}.`,
  percentAboveMax: (value: string) => `A plan pays at most ${value}, so the estimate uses ${value}.`,
  amountNotANumber: (example: string) => `Use digits, like ${example}. The estimate leaves this out until then.`,
  amountTooManyDecimals: (digits: number) =>
    digits === 0
      ? 'Use a whole amount, with no decimals. The estimate leaves this out until then.'
      : `Use at most ${digits} decimals. The estimate leaves this out until then.`,
  amountBelowMin: (zero: string) => `Amounts can't be negative, so the estimate uses ${zero}.`,
  amountAboveMax: (max: string) => `That is more than this estimate can use, so it uses ${max}.`,

  tableCaption: 'What the estimate includes',
  columnService: 'Service',
  columnQuantity: 'Sessions',
  columnAmount: 'Amount',
  lineTerms: (duration: string) => duration,
  lineTermsWithCode: (duration: string, code: string) => `${duration}, service code ${code}`,
  quantityTimesFee: (quantity: string, fee: string) => `${quantity} × ${fee}`,
  totalLabel: 'Estimated total',
  perWeek: (amount: string, weeks: number, weeksText: string) =>
    weeks === 1 ? `About ${amount} for the one week of the series` : `About ${amount} a week over ${weeksText} weeks`,

  reimbursementLabel: 'Your plan may pay back',
  netLabel: 'Your estimated cost after that',
  reimbursementNone:
    'This plan has no preparation or integration sessions, the ones a superbill covers, so nothing comes back.',
  reimbursementBasis: (sessions: string, deductible: string) =>
    `Counts ${sessions} preparation and integration sessions; ${deductible} of that goes to your deductible first.`,
  aboveAllowed: (amount: string) => `${amount} of the fees is above what your plan allows; that part is yours.`,
  outOfPocketReached:
    'You reach your out-of-pocket maximum during this plan; after that your plan pays the whole allowed amount.',
  benefitsMissing:
    'To see what your plan may pay back, fill in Plan pays (%) and Deductible remaining (0 if you have met it).',
  reimbursementCaveat: 'Your plan decides what it pays and when, so treat this as a rough guide.',

  disclaimerInformal: 'This is an informal estimate, not a Good Faith Estimate, and not a contract. Actual charges may differ.',
  disclaimerExcludes:
    'Not included: the prescriber\'s fees and the medication. They are billed separately and may need their own estimates.',
  disclaimerInsurance:
    'Most insurance plans do not cover ketamine treatment. Please check with your plan about your coverage.',
  gfeTitle: 'Your right to a Good Faith Estimate',
  gfeNotice:
    'If you don\'t have insurance or are not using it, you have the right to a Good Faith Estimate: a written estimate of the expected charges for your care, given before your services. You can ask for one before you schedule. If you are billed at least $400 more than your Good Faith Estimate, you may start a patient-provider dispute resolution within 120 days of the date on the bill. Keep a copy of your Good Faith Estimate.',
  gfeMoreBefore: 'For questions or more information, visit ',
  gfeMoreBetween: ' or call ',
  gfeMoreAfter: '.',
  cmsLinkText: 'cms.gov/nosurprises',
  cmsPhoneText: '1-800-985-3059',
  gfeRequest: 'Request a Good Faith Estimate',
  gfeEmailSubject: 'Good Faith Estimate request',
  gfeCall: (phone: string) => `Call ${phone} to request a Good Faith Estimate`,
  gfeAsk: (practice: string) => `For a Good Faith Estimate, ask ${practice} when you get in touch.`,
  gfeGet: 'Get your Good Faith Estimate',
  gfeLoadFailed: 'The Good Faith Estimate could not be loaded. Check your connection, then press the button again.',

  printButton: 'Print this estimate',
  printTitle: 'Informal cost estimate',
  preparedOn: (date: string) => `Prepared ${date}`,
  serviceArea: (states: string) => `Service area: ${states}`,
  contactEmail: (email: string) => `Email: ${email}`,
  contactPhone: (phone: string) => `Phone: ${phone}`,
  benefitsEntered: 'Benefits you entered',
  benefitPlanPays: (percent: string) => `Plan pays: ${percent}`,
  benefitDeductible: (amount: string) => `Deductible remaining: ${amount}`,
  benefitOutOfPocket: (amount: string) => `Out-of-pocket maximum remaining: ${amount}`,
  benefitAllowed: (amount: string) => `Allowed amount per session: ${amount}`,
  printNotContract:
    'This estimate is not a contract and does not require you to receive any of the services listed. Other services may need separate estimates.',

  announceTotal: (total: string) => `Estimated total ${total}.`,
  announceNet: (total: string, net: string) => `Estimated total ${total}. After what your plan may pay back, about ${net}.`,
});

export type CostEstimatorMessages = (typeof costEstimatorMessages)['en'];
