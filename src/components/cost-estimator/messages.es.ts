/**
 * The cost estimator's words in US Spanish (see ./messages.ts for the choices they follow). A
 * language pack: inline in the single-script bundle, fetched through the loader only for a
 * widget that speaks Spanish.
 */
import { addTranslations } from '../../core/localize.js';
import type { CostEstimatorMessages } from './messages.js';

const es: CostEstimatorMessages = {
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
};

addTranslations('es', { 'kap-cost-estimator': es });
