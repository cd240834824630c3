import type { ScreenText } from '../../../core/localize.js';

/**
 * Every word of the Good Faith Estimate's form and document, loaded with them. Amounts, dates
 * and counts arrive formatted for the locale. Keys that end in a core code ("name-missing",
 * "item-medicine", "disclaimer-not-a-contract") are looked up from that code.
 *
 * The legal wording follows 45 CFR 149.610(c) and the CMS model form (CMS-10791), so a reader
 * who knows the model form finds its sentences; the Spanish follows CMS's own Spanish notices
 * ("Estimación de buena fe", "proceso de resolución de disputas entre pacientes y proveedores")
 * and speaks to the patient as "usted", like the rest of the widget.
 */
const en = {
  formTitle: 'Get your Good Faith Estimate',
  formIntro: (plan: string, total: string) =>
    `It lists the plan you chose above: ${plan}, ${total} in all. For an estimate of another plan, change the plan above first.`,
  nameLabel: 'Full name',
  nameHint: 'As you would like it to appear on your estimate.',
  birthDateLegend: 'Date of birth',
  birthDateHint: (example: string) => `For example, ${example}.`,
  month: 'Month',
  day: 'Day',
  year: 'Year',
  problemsTitle: 'Please check the following:',
  'name-missing': 'Enter your full name.',
  'name-too-long': 'Your name is too long for the estimate: keep it to 100 characters.',
  'birth-date-missing': 'Enter your date of birth.',
  'birth-date-incomplete': 'Enter the month, the day and the year of your date of birth.',
  'birth-date-not-a-date': 'That date is not on the calendar. Check the month (1 to 12), the day, and the year (4 digits).',
  'birth-date-not-past': 'Your date of birth must be a date in the past.',
  'birth-date-too-old': 'Check the year of your date of birth.',
  staysHere: 'Your name and date of birth stay in this browser: this page sends them nowhere.',
  goesToPractice: (practice: string) =>
    `A copy of your estimate, with your name and date of birth, goes to ${practice}, who keeps it in your record.`,
  submit: 'Show my Good Faith Estimate',
  cancel: 'Cancel',

  docTitle: 'Good Faith Estimate for Health Care Items and Services',
  patientHeading: 'Patient',
  patientName: 'Name',
  birthDate: 'Date of birth',
  serviceHeading: 'Primary service',
  primaryService:
    'Ketamine-assisted psychotherapy: psychotherapy sessions to prepare for treatment, psychotherapy during sessions with the medicine ketamine, and integration sessions after them.',
  scheduledDate: 'Scheduled date',
  notScheduled: 'Not scheduled yet',
  providerHeading: 'Provider',
  providerName: 'Name',
  npi: 'National Provider Identifier (NPI)',
  tin: 'Taxpayer Identification Number (TIN)',
  office: 'Office where services are provided',
  states: 'State where services are expected',
  itemsHeading: 'Items and services expected',
  itemsCaption: (from: string, through: string) => `Expected for the period of care from ${from} through ${through}`,
  columnItem: 'Item or service',
  columnCode: 'Service code',
  columnQuantity: 'Quantity',
  columnUnit: 'Charge each',
  columnCharge: 'Expected charge',
  'item-preparation': 'Preparation session (psychotherapy)',
  'item-medicine': 'Psychotherapy during a medicine session',
  'item-integration': 'Integration session (psychotherapy)',
  'count-preparation': (count: number, countText: string) =>
    count === 1 ? '1 preparation session' : `${countText} preparation sessions`,
  'count-medicine': (count: number, countText: string) => (count === 1 ? '1 medicine session' : `${countText} medicine sessions`),
  'count-integration': (count: number, countText: string) =>
    count === 1 ? '1 integration session' : `${countText} integration sessions`,
  noCode: 'None listed',
  inlineTerms: (code: string, quantity: string, unit: string) => `Service code: ${code}. ${quantity} × ${unit}`,
  diagnosisNote: 'Diagnosis codes: none are listed here; your provider may add the codes that apply.',
  totalLabel: 'Total estimated charges',
  separateHeading: 'Services scheduled separately',
  separateIntro:
    'These services are part of the treatment but are scheduled and billed separately, by the prescriber or the pharmacy. Their charges are not included in this estimate:',
  'separate-prescriber-evaluation': "The prescriber's medical evaluation before treatment",
  'separate-prescriber-follow-ups': 'Follow-up visits with the prescriber',
  'separate-medication': 'The medication (ketamine)',
  separateNote: 'Separate Good Faith Estimates will be issued for these services when you schedule them or ask for them.',
  disclaimerHeading: 'Disclaimer',
  'disclaimer-other-services':
    'There may be other items or services your provider recommends as part of your course of care that must be scheduled or requested separately. They are not reflected in this Good Faith Estimate.',
  'disclaimer-estimate-only':
    'This Good Faith Estimate is only an estimate of the items and services reasonably expected at the time it is issued. Actual items, services, or charges may differ from this Good Faith Estimate.',
  'disclaimer-not-a-contract':
    'This Good Faith Estimate is not a contract and does not require you to obtain the items or services from any of the providers listed in it.',
  disputeBefore: (amount: string, days: string) =>
    `If you are billed at least ${amount} more than this Good Faith Estimate by any provider listed in it, you have the right to start the patient-provider dispute resolution process, within ${days} calendar days of the date on the bill. To learn how, visit `,
  disputeBetween: ' or call ',
  disputeAfter: '. Starting this process will not affect the quality of the health care you receive.',
  issueHeading: 'This estimate',
  gfeNumber: 'GFE number',
  issuedOn: 'Date of issue',
  period: 'Period of care covered',
  periodValue: (from: string, through: string, months: number, monthsText: string) =>
    months === 1 ? `${from} through ${through} (1 month)` : `${from} through ${through} (${monthsText} months)`,
  keepCopy:
    'Keep a copy of this Good Faith Estimate in a safe place, or take pictures of it. You may need it if you are billed a higher amount.',

  print: 'Print or save as PDF',
  edit: 'Change name or date of birth',
  sending: (practice: string) => `Sending a copy to ${practice}…`,
  retrying: (attempt: string, max: string) => `The connection failed; trying again (attempt ${attempt} of ${max})…`,
  received: (practice: string) => `${practice} has received a copy of this estimate.`,
  failed: (practice: string) =>
    `The copy has not reached ${practice} yet. Your estimate is still valid: print it or save it as a PDF, and keep it.`,
  rejected: (practice: string) =>
    `The practice's form did not accept the copy. Please give ${practice} a printed copy or a PDF of your estimate.`,
  offline: (practice: string) =>
    `You are offline. The copy will be sent to ${practice} as soon as you are back online; keep this page open.`,
  sendAgain: 'Send the copy again',
  notSent: (practice: string) =>
    `This page does not send your estimate to ${practice}. Print it or save it as a PDF, and keep a copy.`,
  subject: (gfeId: string) => `Good Faith Estimate ${gfeId}`,
};

// Inline, not a language pack: this whole module loads only when a visitor asks for a GFE.
const es: typeof en = {
  formTitle: 'Obtenga su Estimación de buena fe',
  formIntro: (plan: string, total: string) =>
    `Incluye el plan que usted eligió arriba: ${plan}, ${total} en total. Si quiere una estimación de otro plan, cambie primero el plan de arriba.`,
  nameLabel: 'Nombre completo',
  nameHint: 'Tal como quiere que aparezca en su estimación.',
  birthDateLegend: 'Fecha de nacimiento',
  birthDateHint: (example: string) => `Por ejemplo, ${example}.`,
  month: 'Mes',
  day: 'Día',
  year: 'Año',
  problemsTitle: 'Revise lo siguiente:',
  'name-missing': 'Escriba su nombre completo.',
  'name-too-long': 'Su nombre es demasiado largo para la estimación: use 100 caracteres como máximo.',
  'birth-date-missing': 'Escriba su fecha de nacimiento.',
  'birth-date-incomplete': 'Escriba el día, el mes y el año de su fecha de nacimiento.',
  'birth-date-not-a-date': 'Esa fecha no existe en el calendario. Revise el día, el mes (del 1 al 12) y el año (4 cifras).',
  'birth-date-not-past': 'Su fecha de nacimiento tiene que ser una fecha pasada.',
  'birth-date-too-old': 'Revise el año de su fecha de nacimiento.',
  staysHere: 'Su nombre y su fecha de nacimiento se quedan en este navegador: esta página no los envía a ninguna parte.',
  goesToPractice: (practice: string) =>
    `Una copia de su estimación, con su nombre y su fecha de nacimiento, se envía a ${practice}, que la guarda en su expediente.`,
  submit: 'Ver mi Estimación de buena fe',
  cancel: 'Cancelar',

  docTitle: 'Estimación de buena fe de artículos y servicios de atención médica',
  patientHeading: 'Paciente',
  patientName: 'Nombre',
  birthDate: 'Fecha de nacimiento',
  serviceHeading: 'Servicio principal',
  primaryService:
    'Psicoterapia asistida con ketamina: sesiones de psicoterapia para prepararse para el tratamiento, psicoterapia durante las sesiones con el medicamento ketamina y sesiones de integración después de ellas.',
  scheduledDate: 'Fecha programada',
  notScheduled: 'Todavía no está programada',
  providerHeading: 'Proveedor',
  providerName: 'Nombre',
  npi: 'Identificador Nacional de Proveedor (NPI)',
  tin: 'Número de Identificación del Contribuyente (TIN)',
  office: 'Consultorio donde se prestan los servicios',
  states: 'Estado donde se prevén los servicios',
  itemsHeading: 'Artículos y servicios previstos',
  itemsCaption: (from: string, through: string) => `Previstos para el período de atención del ${from} al ${through}`,
  columnItem: 'Artículo o servicio',
  columnCode: 'Código de servicio',
  columnQuantity: 'Cantidad',
  columnUnit: 'Cargo por unidad',
  columnCharge: 'Cargo previsto',
  'item-preparation': 'Sesión de preparación (psicoterapia)',
  'item-medicine': 'Psicoterapia durante una sesión con ketamina',
  'item-integration': 'Sesión de integración (psicoterapia)',
  'count-preparation': (count: number, countText: string) =>
    count === 1 ? '1 sesión de preparación' : `${countText} sesiones de preparación`,
  'count-medicine': (count: number, countText: string) =>
    count === 1 ? '1 sesión con ketamina' : `${countText} sesiones con ketamina`,
  'count-integration': (count: number, countText: string) =>
    count === 1 ? '1 sesión de integración' : `${countText} sesiones de integración`,
  noCode: 'No se indica',
  inlineTerms: (code: string, quantity: string, unit: string) => `Código de servicio: ${code}. ${quantity} × ${unit}`,
  diagnosisNote: 'Códigos de diagnóstico: aquí no se indica ninguno; su proveedor puede añadir los que correspondan.',
  totalLabel: 'Total de cargos estimados',
  separateHeading: 'Servicios que se programan por separado',
  separateIntro:
    'Estos servicios forman parte del tratamiento, pero los programa y los cobra por separado el profesional que receta o la farmacia. Sus cargos no están incluidos en esta estimación:',
  'separate-prescriber-evaluation': 'La evaluación médica del profesional que receta, antes del tratamiento',
  'separate-prescriber-follow-ups': 'Las consultas de seguimiento con el profesional que receta',
  'separate-medication': 'El medicamento (ketamina)',
  separateNote:
    'Se le entregarán Estimaciones de buena fe por separado para estos servicios cuando los programe o cuando las pida.',
  disclaimerHeading: 'Aviso',
  'disclaimer-other-services':
    'Es posible que su proveedor le recomiende otros artículos o servicios como parte de su atención que se deben programar o pedir por separado. Esos no aparecen en esta Estimación de buena fe.',
  'disclaimer-estimate-only':
    'Esta Estimación de buena fe es solo una estimación de los artículos y servicios que razonablemente se prevén en el momento en que se emite. Los artículos, servicios o cargos reales pueden ser diferentes de los de esta Estimación de buena fe.',
  'disclaimer-not-a-contract':
    'Esta Estimación de buena fe no es un contrato y no le obliga a recibir los artículos o servicios de ninguno de los proveedores que aparecen en ella.',
  disputeBefore: (amount: string, days: string) =>
    `Si algún proveedor que aparece en esta Estimación de buena fe le factura al menos ${amount} más de lo estimado, usted tiene derecho a iniciar el proceso de resolución de disputas entre pacientes y proveedores dentro de los ${days} días calendario siguientes a la fecha de la factura. Para saber cómo hacerlo, visite `,
  disputeBetween: ' o llame al ',
  disputeAfter: '. Iniciar este proceso no afectará la calidad de la atención médica que usted recibe.',
  issueHeading: 'Esta estimación',
  gfeNumber: 'Número de la estimación',
  issuedOn: 'Fecha de emisión',
  period: 'Período de atención que cubre',
  periodValue: (from: string, through: string, months: number, monthsText: string) =>
    months === 1 ? `Del ${from} al ${through} (1 mes)` : `Del ${from} al ${through} (${monthsText} meses)`,
  keepCopy:
    'Guarde una copia de esta Estimación de buena fe en un lugar seguro o tómele fotos. Es posible que la necesite si le facturan una cantidad mayor.',

  print: 'Imprimir o guardar como PDF',
  edit: 'Cambiar el nombre o la fecha de nacimiento',
  sending: (practice: string) => `Enviando una copia a ${practice}…`,
  retrying: (attempt: string, max: string) => `Falló la conexión; lo intentamos de nuevo (intento ${attempt} de ${max})…`,
  received: (practice: string) => `${practice} recibió una copia de esta estimación.`,
  failed: (practice: string) =>
    `La copia todavía no le ha llegado a ${practice}. Su estimación sigue siendo válida: imprímala o guárdela como PDF, y consérvela.`,
  rejected: (practice: string) =>
    `El formulario del consultorio no aceptó la copia. Entréguele a ${practice} una copia impresa o un PDF de su estimación.`,
  offline: (practice: string) =>
    `No tiene conexión a internet. La copia se enviará a ${practice} en cuanto vuelva a tener conexión; mantenga abierta esta página.`,
  sendAgain: 'Enviar la copia de nuevo',
  notSent: (practice: string) =>
    `Esta página no le envía su estimación a ${practice}. Imprímala o guárdela como PDF, y conserve una copia.`,
  subject: (gfeId: string) => `Estimación de buena fe ${gfeId}`,
};

export const gfeMessages: ScreenText<typeof en> = { en, es };

export type GfeMessages = typeof en;
