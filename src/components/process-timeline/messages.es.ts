/**
 * The process timeline's words in US Spanish (see ./messages.ts for the choices they follow). A
 * language pack: inline in the single-script bundle, fetched through the loader only for a
 * widget that speaks Spanish.
 */
import { addTranslations } from '../../core/localize.js';
import type { SessionKind } from '../../core/schedule.js';
import type { TimelineMessages } from './messages.js';

const sesiones = (count: number) => (count === 1 ? '1 sesión' : `${count} sesiones`);
const semanas = (count: number) => (count === 1 ? '1 semana' : `${count} semanas`);

const es: TimelineMessages = {
  widgetName: 'Etapas del tratamiento',
  phasesLabel: 'Etapas de la psicoterapia asistida con ketamina',
  currentPhase: 'Usted está aquí',

  consultationTitle: 'Consulta inicial',
  consultationMeta: 'Una llamada gratuita',
  consultationBody:
    'Hablamos de lo que está viviendo y de si la psicoterapia asistida con ketamina podría ser adecuada para usted.',
  consultationBodyMore:
    'La ketamina se receta para un uso distinto del aprobado en su etiqueta (en inglés, “off-label”). La receta la da un profesional con licencia (un médico, una enfermera practicante o un asistente médico), que evalúa si el tratamiento es médicamente adecuado para usted y decide la vía de administración y la dosis. Su terapeuta no receta medicamentos.',

  preparationTitle: 'Preparación',
  preparationMeta: (count: number, duration: string) =>
    count === 1 ? `1 sesión de ${duration}` : `${count} sesiones de ${duration} cada\u00a0una`,
  preparationBody:
    'Antes de la primera sesión con ketamina, hablamos de sus intenciones, de lo que puede esperar y de cualquier miedo o preocupación que tenga.',
  preparationBodyMore:
    'Poco a poco practicamos lo que le ayuda a sentirse a salvo y con los pies en la tierra, y construimos la confianza que le acompañará durante todo el proceso. Prepararse bien reduce los riesgos y le permite aprovechar al máximo los beneficios.',

  medicineTitle: 'Sesiones con ketamina',
  medicineMeta: (count: number, weeks: number, duration: string) =>
    `${sesiones(count)} en ${semanas(weeks)}, de alrededor de ${duration}${count === 1 ? '' : ' cada\u00a0una'}`,
  medicineBody: (duration: string) =>
    `En persona, en un espacio cálido y cómodo, con su terapeuta a su lado todo el tiempo. Cada sesión dura alrededor de ${duration}: tiempo para llegar y acomodarse, la experiencia con la ketamina y las primeras reflexiones.`,
  medicineBodyMore:
    'Un antifaz y la música le ayudan a mirar hacia su interior. Después de la sesión, necesitará que alguien le lleve a casa.',

  integrationTitle: 'Integración',
  // Always "cada una": the series holds one integration session per medicine session.
  integrationMeta: (perMedicine: number, duration: string) =>
    `${perMedicine === 1 ? 'Una' : perMedicine} después de cada sesión con ketamina, entre 24 y 48 horas más tarde, de ${duration} cada\u00a0una`,
  integrationBody:
    'En persona o por videollamada, entre 24 y 48 horas después de cada sesión con ketamina, mientras lo vivido sigue fresco en su memoria.',
  integrationBodyMore:
    'Le damos sentido a lo que surgió, lo conectamos con su vida diaria y ajustamos el plan sobre la marcha. Para muchas personas, esta es la parte más importante del proceso.',

  ongoingTitle: 'Integración continua',
  ongoingMeta: 'Cuando la necesite, al terminar las sesiones con ketamina',
  ongoingBody:
    'Al terminar las sesiones con ketamina, la integración puede continuar mientras le sirva: herramientas, atención plena y otras prácticas que ayudan a que los cambios perduren.',

  planTitle: 'Las fechas de su plan',
  pickerLabel: 'Fecha de la primera sesión',
  pickerHint: 'Elija una fecha para ver cuándo podría ser cada sesión.',
  planIntro: (date: string) =>
    `Si empieza el ${date}, sus sesiones podrían ser en estos días. Todavía no hay nada reservado: el consultorio confirmará cada horario con usted.`,
  planSummary: (count: number, first: string, last: string) => `${sesiones(count)}, del ${first} al ${last}.`,
  timeZoneNote: (zone: string) => `Los horarios están en ${zone}.`,
  weekTitle: (week: number) => `Semana ${week}`,
  sessionLabel: (kind: SessionKind, number: number, of: number) =>
    `${{ preparation: 'Sesión de preparación', medicine: 'Sesión con ketamina', integration: 'Sesión de integración' }[kind]} ${number} de ${of}`,
  rideHome: 'Organice quién le lleve a casa',
  calendarButton: 'Agregar al calendario',
  calendarHint: 'Descarga un archivo que se abre en los calendarios de Apple, Google y Outlook.',
  calendarFileName: 'plan-de-tratamiento.ics',

  startUnreadable: (value: string) =>
    `No se puede leer la fecha de inicio “${value}”, así que no se muestran fechas. Debe escribirse como año-mes-día; por ejemplo, 2027-03-01.`,
  startUnreadablePicker: 'Por favor, escriba la fecha completa o elíjala en el calendario.',
  startPassedPicker: (date: string) => `El ${date} ya pasó. Por favor, elija hoy o una fecha posterior.`,
  startPassed: (date: string) =>
    `Este plan empezaba el ${date}, una fecha que ya pasó, así que no se muestran sus fechas. Comuníquese con el consultorio para conocer las fechas disponibles.`,

  warningsTitle: 'Tenga en cuenta',
  warnStartMoved: (requested: string, actual: string) =>
    `La primera sesión no puede ser el ${requested}, así que el plan empieza el ${actual}.`,
  warnSeriesClosed: (weeks: number, actualWeeks: number) =>
    `Como el consultorio cierra algunos días, las sesiones con ketamina se extienden a ${actualWeeks} semanas en lugar de ${weeks}.`,
  warnSeriesDays: (weeks: number, actualWeeks: number) =>
    `Hay más sesiones con ketamina que días de sesión en ${semanas(weeks)}, así que la serie se extiende a ${actualWeeks} semanas.`,
  warnIntegration: (medicine: number, date: string, hours: number) =>
    `La sesión de integración que sigue a la sesión con ketamina ${medicine} queda para el ${date}, ${hours} horas después de esa sesión y no en las 24 a 48 horas habituales, porque los días intermedios están cerrados u ocupados. El consultorio puede ayudarle a encontrar otro horario.`,
  // The time stays inside the sentence: es-US writes "3:30 a.m.", and a closing period would double it.
  warnTimeSkipped: (date: string, time: string) =>
    `Como el ${date} se adelantan los relojes, esa sesión empieza a las ${time}, porque ese día no existe la hora de siempre.`,

  icsSummary: (label: string, practiceName: string) => `${label} · ${practiceName}`,
  icsPreparation:
    'Sesión de preparación: sus intenciones, qué esperar y prácticas que le ayudan a sentirse a salvo y con los pies en la tierra.',
  icsMedicine: 'Sesión con ketamina, en persona con su terapeuta. Después, necesitará que alguien le lleve a casa.',
  icsIntegration:
    'Sesión de integración, en persona o por videollamada, para darle sentido a lo vivido en la sesión con ketamina.',
  icsProposed: 'Horario propuesto: el consultorio confirmará cada sesión con usted.',
};

addTranslations('es', { 'kap-process-timeline': es });
