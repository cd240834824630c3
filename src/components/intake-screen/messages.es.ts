/**
 * The intake screen's words in US Spanish (see ./messages.ts for the choices they follow), with
 * the questionnaires' official Spanish and the crisis lines' Spanish words: the widget's whole
 * language pack, inline in the single-script bundle, fetched through the loader only for a
 * widget that speaks Spanish.
 */
import '../../core/crisis.es.js';
import { addTranslations } from '../../core/localize.js';
import '../../core/screening/es.js';
import type { IntakeMessages } from './messages.js';

const es: IntakeMessages = {
  widgetName: 'Autoevaluación',
  titleIntroduction: 'Una autoevaluación privada',
  titlePhq9: 'Estado de ánimo (PHQ-9)',
  titleGad7: 'Ansiedad (GAD-7)',
  titleHistory: 'Su tratamiento hasta ahora',
  titleHealth: 'Salud y seguridad',
  titleResults: 'Sus resultados',
  progressLabel: 'Progreso',
  stepOf: (step: number, count: number) => `Paso ${step} de ${count}`,

  introLead:
    'Estas preguntas pueden ayudarle a ver si le conviene hablar con el consultorio sobre la psicoterapia asistida con ketamina (KAP, por sus siglas en inglés).',
  introWhatTitle: 'De qué se trata',
  introWhat:
    'Dos cuestionarios de uso común, sobre el estado de ánimo (PHQ-9) y sobre la ansiedad (GAD-7); tres preguntas sobre el tratamiento que ha tenido hasta ahora, y algunas preguntas sobre su salud y su seguridad. Le tomará unos 5 minutos.',
  introNotTitle: 'Lo que no es',
  introNot:
    'No es un diagnóstico, y no puede decirle si la ketamina es segura para usted: eso solo lo puede decidir un profesional que receta. No le envía nada al consultorio, así que nadie verá sus respuestas ni se comunicará con usted por ellas.',
  introPrivacyTitle: 'Sus respuestas se quedan en este dispositivo',
  introPrivacy:
    'Nada de lo que responda se envía ni se guarda. Sus respuestas se borran cuando vuelve a cargar esta página, cuando sale de ella o cuando elige “Empezar de nuevo”.',
  introHeadsUp:
    'Una de las preguntas es sobre pensamientos de muerte o de hacerse daño. Si la contesta con cualquier opción que no sea “Ningún día”, aparecerán de inmediato teléfonos y líneas de mensajes de texto donde puede recibir apoyo.',
  introNeedHelpNow: '¿Necesita hablar con alguien ahora?',
  start: 'Empezar',

  back: 'Atrás',
  next: 'Siguiente',
  seeResults: 'Ver mis resultados',
  optional: '(opcional)',
  notAnswered: 'Falta esta respuesta',
  answerToContinue: (left: number) =>
    left === 1 ? 'Responda 1 pregunta más para continuar.' : `Responda ${left} preguntas más para continuar.`,

  yes: 'Sí',
  no: 'No',
  unsure: 'No sé',

  historyLead:
    'El consultorio ofrece la psicoterapia asistida con ketamina sobre todo a personas a quienes otros tratamientos no les han dado suficiente alivio.',
  healthLead:
    'Estas preguntas son sobre cosas que un profesional que receta revisa antes de usar ketamina. Si no está seguro(a) de alguna, elija “No sé”: está bien responder así.',
  groupHealth: 'Su salud',
  groupMedicines: 'Medicamentos que toma',
  groupSafety: 'Su seguridad en este momento',
  medicinesLead:
    'Estas respuestas no cambian su resultado: son para que el profesional que receta las tenga en cuenta. Por favor, no deje de tomar ni cambie ningún medicamento por su cuenta. Su farmacéutico o quien le receta puede decirle a qué grupo pertenece cada medicamento.',

  crisisTitle: 'Hay apoyo disponible ahora mismo',
  crisisBody:
    'Puede llamar o escribirle a alguien ahora mismo, a cualquier hora. Esta pantalla no puede comunicarse con nadie por usted: sus respuestas se quedan en este dispositivo.',
  crisisGoOn: 'Cuando se sienta listo(a), puede seguir con las preguntas.',
  crisisAnnouncement:
    'Hay apoyo disponible ahora mismo. Llame al 988 y marque 2 para hablar en español, o envíe la palabra AYUDA por mensaje de texto al 988. Si está en peligro inmediato, llame al 911. En la pantalla hay enlaces para llamar y para enviar mensajes.',
  crisisResultTitle: 'Por favor, busque apoyo ahora',
  crisisResultBody:
    'Sus respuestas no se enviaron a nadie, así que nadie se comunicará con usted. Puede llamar o escribirle a alguien ahora mismo, a cualquier hora.',
  crisisFooterTitle: 'Si necesita apoyo ahora',
  opensInNewTab: '(se abre en una pestaña nueva)',

  notNowTitle: 'Es probable que este tratamiento no sea adecuado para usted en este momento',
  notNowBody:
    'Algunas de sus respuestas sobre su salud son razones por las que normalmente no se usa la ketamina. Por favor, hable con nosotros sobre otras opciones que podrían ayudarle.',
  notNowConcerns: 'Las respuestas que cuentan en este caso:',
  prescriberTitle: 'Hable con un profesional que receta',
  prescriberBody:
    'Algunas de sus respuestas sobre su salud son cosas que un profesional que receta necesita revisar antes de decidir si la ketamina es segura para usted.',
  prescriberConcerns: 'Respuestas para revisar con un profesional que receta:',
  mayFitTitle: 'Este tratamiento podría ser una buena opción para usted',
  mayFitBody:
    'Sus respuestas están en el rango en el que normalmente se considera la psicoterapia asistida con ketamina. El siguiente paso es una consulta, donde usted puede hacer sus preguntas y un profesional que receta puede decidir si la ketamina es adecuada y segura para usted.',
  mildTitle: 'Sus respuestas están por debajo del rango para el que se ofrece este tratamiento',
  mildBody:
    'La psicoterapia asistida con ketamina está pensada para la depresión y la ansiedad que no han mejorado con otros tratamientos, por lo general en el rango de moderado a grave. Si está pasando por un momento difícil, hable con nosotros sobre lo que podría ayudarle.',
  requestConsultation: 'Solicitar una consulta',
  talkWithUs: 'Hable con nosotros',

  scoresTitle: 'Sus puntajes',
  phq9Name: 'Estado de ánimo (PHQ-9)',
  gad7Name: 'Ansiedad (GAD-7)',
  scoreLine: (total: number, max: number, band: string, min: number, top: number) =>
    `${total} de ${max}: en el rango que el cuestionario llama ${band} (de ${min} a ${top}).`,
  bandNoneMinimal: 'nulo o mínimo',
  bandMinimal: 'mínimo',
  bandMild: 'leve',
  bandModerate: 'moderado',
  bandModeratelySevere: 'moderadamente grave',
  bandSevere: 'grave',
  notDiagnosisTitle: 'Esto no es un diagnóstico.',
  notDiagnosis:
    'Estos cuestionarios muestran cuánto le han molestado algunos problemas últimamente. Solo un profesional de la salud que hable con usted puede hacer un diagnóstico o decidir un tratamiento.',
  medicinesTitle: 'Medicamentos para mencionarle al profesional que receta',
  medicinesNote:
    'Por favor, no deje de tomar ni cambie ningún medicamento sin hablar antes con el médico que se lo recetó.',
  print: 'Imprimir mis respuestas',
  startOver: 'Empezar de nuevo',
  printTitle: (practice: string) => `Respuestas de la autoevaluación para ${practice}`,
  printDate: (date: string) => `Impreso el ${date}, con respuestas guardadas solo en este dispositivo.`,
  answerScore: (label: string, score: number) => `${label} (${score})`,
  notAnsweredShort: 'Sin respuesta',

  settingsTitle: (widget: string) => `${widget}: hay que corregir un ajuste`,
  settingsHelp:
    'La persona que administra el sitio puede corregirlo. Mientras tanto, la autoevaluación de abajo funciona sin ese ajuste.',
};

addTranslations('es', { 'kap-intake-screen': es });
