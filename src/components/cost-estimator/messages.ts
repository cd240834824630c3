import { defineMessages } from '../../shared/i18n.js';

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
export const costEstimatorMessages = defineMessages({
  widgetName: 'Cost estimator',
  heading: 'Estimate your cost',
  intro: (practice: string) =>
    `An informal estimate of what ${practice} charges for the plan you choose. Change the numbers and the total updates as you go.`,

  planLegend: 'Your plan',
  preparationSession: 'Preparation sessions',
  medicineSession: 'Medicine sessions',
  integrationSession: 'Integration sessions',
  sessionTerms: (duration: string, fee: string) => `${duration}, ${fee} each`,
  durationMinutes: (minutes: string) => `${minutes} min`,
  durationHours: (hours: number, hoursText: string) => (hours === 1 ? `${hoursText} hour` : `${hoursText} hours`),
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
}, {
  es: {
    widgetName: 'Calculadora de costos',
    heading: 'Calcule el costo de su tratamiento',
    intro: (practice: string) =>
      `Un cálculo informal de lo que cobra ${practice} por el plan que usted elija. Cambie los números y el total se actualiza al instante.`,

    planLegend: 'Su plan de tratamiento',
    preparationSession: 'Sesiones de preparación',
    medicineSession: 'Sesiones con ketamina',
    integrationSession: 'Sesiones de integración',
    // A no-break space keeps "cada una" together: "una" alone on a line reads as a count.
    sessionTerms: (duration: string, fee: string) => `${duration}, ${fee} cada\u00a0una`,
    durationMinutes: (minutes: string) => `${minutes} min`,
    durationHours: (hours: number, hoursText: string) => (hours === 1 ? `${hoursText} hora` : `${hoursText} horas`),
    integrationUsual: (perMedicine: number) =>
      perMedicine === 1
        ? 'Normalmente, una después de cada sesión con ketamina'
        : `Normalmente, ${perMedicine} después de cada sesión con ketamina`,
    preparationFewer: 'Una sesión de preparación menos',
    preparationMore: 'Una sesión de preparación más',
    medicineFewer: 'Una sesión con ketamina menos',
    medicineMore: 'Una sesión con ketamina más',
    integrationFewer: 'Una sesión de integración menos',
    integrationMore: 'Una sesión de integración más',

    countEmpty: (used: string) => `Escriba un número. Por ahora, el cálculo usa ${used}.`,
    countNotANumber: (used: string) => `Use solo números; por ejemplo, ${used}. Por ahora, el cálculo usa ${used}.`,
    countRounded: (value: string) => `Las sesiones se cuentan enteras, así que el cálculo usa ${value}.`,
    countBelowMin: (min: string) => `El mínimo es ${min}, así que el cálculo usa ${min}.`,
    countAboveMax: (max: string) =>
      `Este cálculo llega hasta ${max}, así que usa ${max}. Si su plan es más largo, pregúntele al consultorio.`,

    benefitsToggle: 'Tengo beneficios fuera de la red',
    benefitsIntro:
      'Usted le paga al consultorio y después le envía a su seguro un recibo detallado (en inglés, “superbill”); es posible que su seguro le devuelva parte de lo que pagó por las sesiones de preparación y de integración. Los datos que le pedimos abajo aparecen en los documentos de su seguro, o puede pedirlos llamando a su seguro.',
    planPaysLabel: 'Su seguro paga (%)',
    planPaysHint: 'La parte que paga su seguro después del deducible; por ejemplo, 60 o 70.',
    deductibleLabel: 'Deducible pendiente',
    deductibleHint: 'Lo que todavía le toca pagar este año antes de que su seguro empiece a pagar. Escriba 0 si ya lo cubrió.',
    outOfPocketLabel: 'Máximo de gastos de bolsillo pendiente',
    outOfPocketHint: 'Opcional. Cuando usted haya pagado esta cantidad, su seguro pagará todo el monto permitido.',
    allowedLabel: 'Monto permitido por sesión',
    allowedHint: (fee: string) =>
      `Opcional. Lo que su seguro permite por una sesión. Si lo deja en blanco, se usa la tarifa: ${fee}.`,
    amountsIn: (currency: string, example: string) => `Escriba las cantidades en ${currency}; por ejemplo, ${example}.`,

    percentNotANumber: 'Use solo números; por ejemplo, 70.',
    percentRounded: (value: string) => `Use un porcentaje entero; el cálculo usa ${value}.`,
    percentBelowMin: (value: string) => `Un seguro paga como mínimo ${value}, así que el cálculo usa ${value}.`,
    percentAboveMax: (value: string) => `Un seguro paga como máximo ${value}, así que el cálculo usa ${value}.`,
    amountNotANumber: (example: string) =>
      `Use números; por ejemplo, ${example}. Mientras tanto, el cálculo no toma en cuenta este dato.`,
    amountTooManyDecimals: (digits: number) =>
      digits === 0
        ? 'Escriba una cantidad entera, sin decimales. Mientras tanto, el cálculo no toma en cuenta este dato.'
        : `Use ${digits === 1 ? 'un decimal' : `${digits} decimales`} como máximo. Mientras tanto, el cálculo no toma en cuenta este dato.`,
    amountBelowMin: (zero: string) => `Las cantidades no pueden ser negativas, así que el cálculo usa ${zero}.`,
    amountAboveMax: (max: string) => `Esa cantidad es mayor de lo que este cálculo puede usar, así que usa ${max}.`,

    tableCaption: 'Qué incluye el cálculo',
    columnService: 'Servicio',
    columnQuantity: 'Sesiones',
    columnAmount: 'Monto',
    lineTerms: (duration: string) => duration,
    // The code stays with its words on a narrow screen, where "90834" alone reads as a stray figure.
    lineTermsWithCode: (duration: string, code: string) => `${duration}, código de servicio\u00a0${code}`,
    quantityTimesFee: (quantity: string, fee: string) => `${quantity} × ${fee}`,
    totalLabel: 'Total estimado',
    perWeek: (amount: string, weeks: number, weeksText: string) =>
      weeks === 1
        ? `Alrededor de ${amount} por la única semana de la serie`
        : `Alrededor de ${amount} por semana durante ${weeksText} semanas`,

    reimbursementLabel: 'Su seguro podría devolverle',
    netLabel: 'Su costo después del reembolso',
    reimbursementNone:
      'Este plan no tiene sesiones de preparación ni de integración, que son las que se pueden presentar al seguro, así que no habría reembolso.',
    // The count may be 1: "(1 en total)" reads right where "1 sesiones" would not.
    reimbursementBasis: (sessions: string, deductible: string) =>
      `Se cuentan las sesiones de preparación e integración (${sessions} en total); de lo que cuestan, ${deductible} se aplica primero a su deducible.`,
    aboveAllowed: (amount: string) =>
      `${amount} de las tarifas pasa de lo que su seguro permite; esa parte le corresponde a usted.`,
    outOfPocketReached:
      'Durante este plan, usted llega a su máximo de gastos de bolsillo; a partir de ahí, su seguro paga todo el monto permitido.',
    benefitsMissing:
      'Para ver lo que su seguro podría devolverle, complete “Su seguro paga (%)” y “Deducible pendiente” (escriba 0 si ya lo cubrió).',
    reimbursementCaveat: 'Su seguro decide cuánto paga y cuándo, así que tome esta cifra solo como una guía aproximada.',

    disclaimerInformal:
      'Este es un cálculo informal: no es una Estimación de buena fe ni un contrato. Los cargos reales pueden ser diferentes.',
    disclaimerExcludes:
      'No incluye los honorarios del profesional que receta ni el costo del medicamento. Esos se cobran aparte y pueden necesitar su propio cálculo.',
    disclaimerInsurance:
      'La mayoría de los seguros médicos no cubren el tratamiento con ketamina. Le recomendamos consultar con su seguro qué cubre su plan.',
    gfeTitle: 'Su derecho a una Estimación de buena fe',
    gfeNotice:
      'Si usted no tiene seguro médico o no lo va a usar, tiene derecho a recibir una Estimación de buena fe: un cálculo por escrito de los cargos que se esperan por su atención, que se le entrega antes de sus servicios. Puede pedirla antes de programar una cita. Si le cobran al menos $400 más de lo que indica su Estimación de buena fe, puede iniciar un proceso de resolución de disputas entre paciente y proveedor dentro de los 120 días siguientes a la fecha de la factura. Guarde una copia de su Estimación de buena fe.',
    gfeMoreBefore: 'Si tiene preguntas o quiere más información, visite ',
    gfeMoreBetween: ' o llame al ',
    gfeMoreAfter: '.',
    cmsLinkText: 'cms.gov/nosurprises',
    cmsPhoneText: '1-800-985-3059',
    gfeRequest: 'Solicitar una Estimación de buena fe',
    gfeEmailSubject: 'Solicitud de una Estimación de buena fe',
    gfeCall: (phone: string) => `Llame al ${phone} para solicitar una Estimación de buena fe`,
    gfeAsk: (practice: string) => `Cuando se comunique con ${practice}, pida su Estimación de buena fe.`,
    gfeGet: 'Obtenga su Estimación de buena fe',
    gfeLoadFailed: 'No se pudo cargar la Estimación de buena fe. Revise su conexión y vuelva a presionar el botón.',

    printButton: 'Imprimir este cálculo',
    printTitle: 'Cálculo informal de costos',
    preparedOn: (date: string) => `Preparado el ${date}`,
    serviceArea: (states: string) => `Área de servicio: ${states}`,
    contactEmail: (email: string) => `Correo electrónico: ${email}`,
    contactPhone: (phone: string) => `Teléfono: ${phone}`,
    benefitsEntered: 'Beneficios que usted indicó',
    benefitPlanPays: (percent: string) => `Su seguro paga: ${percent}`,
    benefitDeductible: (amount: string) => `Deducible pendiente: ${amount}`,
    benefitOutOfPocket: (amount: string) => `Máximo de gastos de bolsillo pendiente: ${amount}`,
    benefitAllowed: (amount: string) => `Monto permitido por sesión: ${amount}`,
    printNotContract:
      'Este cálculo no es un contrato y no le obliga a recibir ninguno de los servicios que aparecen aquí. Otros servicios pueden necesitar su propio cálculo.',

    announceTotal: (total: string) => `Total estimado: ${total}.`,
    announceNet: (total: string, net: string) =>
      `Total estimado: ${total}. Después de lo que su seguro podría devolverle, alrededor de ${net}.`,
  },
});

export type CostEstimatorMessages = (typeof costEstimatorMessages)['en'];
