import { defineMessages } from '../../shared/i18n.js';

/**
 * Every word the self-screen shows besides the questionnaires and questions themselves (those
 * are data in src/core/screening). Plain, kind words; no diagnosis, no "eligible", no
 * reassurance where someone may be at risk (DOMAIN.md section 3).
 *
 * Spanish (US) speaks to the visitor as "usted", the way a clinician speaks to a client, and
 * keeps the outcomes' meaning: "podría ser una buena opción", "hable con un profesional que
 * receta", "es probable que este tratamiento no sea adecuado para usted en este momento";
 * never "elegible" or "aprobado". The treatment goes by its name, "psicoterapia asistida con
 * ketamina" (or "este tratamiento" in a short heading): the English initials KAP mean nothing
 * to a Spanish reader, so they appear once, explained. "No sé" is the short, everyday answer
 * for "Not sure", and needs no "(a)". "Profesional que receta" is the cost estimator's word
 * for the prescriber.
 */
export const intakeMessages = defineMessages({
  widgetName: 'Self-check',
  titleIntroduction: 'A private self-check',
  titlePhq9: 'Mood (PHQ-9)',
  titleGad7: 'Anxiety (GAD-7)',
  titleHistory: 'Treatment so far',
  titleHealth: 'Health and safety',
  titleResults: 'Your results',
  progressLabel: 'Progress',
  stepOf: (step: number, count: number) => `Step ${step} of ${count}`,

  introLead:
    'These questions can help you see whether ketamine-assisted psychotherapy (KAP) may be worth talking about with the practice.',
  introWhatTitle: 'What this is',
  introWhat:
    'Two standard questionnaires about mood (PHQ-9) and anxiety (GAD-7), three questions about treatment so far, and questions about your health and safety. It takes about 5 minutes.',
  introNotTitle: 'What this is not',
  introNot:
    'It is not a diagnosis, and it cannot tell you whether ketamine is safe for you: only a prescriber can decide that. It sends nothing to the practice, so no one will see your answers or contact you because of them.',
  introPrivacyTitle: 'Your answers stay on this device',
  introPrivacy:
    'Nothing you answer is sent or saved. Your answers are gone when you reload or leave this page, or choose Start over.',
  introHeadsUp:
    'One question asks about thoughts of death or of hurting yourself. If you answer it with anything but "Not at all", phone and text lines for support appear right away.',
  introNeedHelpNow: 'Need to talk to someone now?',
  start: 'Start',

  back: 'Back',
  next: 'Next',
  seeResults: 'See my results',
  optional: '(optional)',
  notAnswered: 'Not answered yet',
  answerToContinue: (left: number) =>
    left === 1 ? 'Answer 1 more question to go on.' : `Answer ${left} more questions to go on.`,

  yes: 'Yes',
  no: 'No',
  unsure: 'Not sure',

  historyLead: 'The practice offers KAP mostly to people for whom other treatment has not brought enough relief.',
  healthLead:
    'These questions cover things a prescriber checks before ketamine. If you are not sure, choose "Not sure": that is a fine answer.',
  groupHealth: 'Your health',
  groupMedicines: 'Medicines you take',
  groupSafety: 'Your safety right now',
  medicinesLead:
    'These answers don\u2019t change your result: they are for the prescriber to know. Please don\u2019t stop or change any medicine on your own. Your pharmacist or prescriber can tell you which group a medicine belongs to.',

  crisisTitle: 'Support is available right now',
  crisisBody:
    'You can call or text someone now, at any hour. This screen can\u2019t contact anyone for you: your answers stay on this device.',
  crisisGoOn: 'You can go on with the questions when you are ready.',
  crisisAnnouncement:
    'Support is available right now. Call or text 988, or call 911 if you are in immediate danger. Phone and text links are shown on the screen.',
  crisisResultTitle: 'Please reach out for support now',
  crisisResultBody:
    'Your answers have not been sent to anyone, so no one will contact you. You can call or text someone now, at any hour.',
  crisisFooterTitle: 'If you need support now',
  opensInNewTab: '(opens in a new tab)',

  notNowTitle: 'KAP is likely not appropriate right now',
  notNowBody:
    'Some of your health answers are reasons ketamine is usually not used. Please talk with us about what may help instead.',
  notNowConcerns: 'The answers that matter here:',
  prescriberTitle: 'Talk with a prescriber',
  prescriberBody:
    'Some of your health answers are things a prescriber needs to look at before deciding whether ketamine is safe for you.',
  prescriberConcerns: 'Answers to go over with a prescriber:',
  mayFitTitle: 'KAP may be a fit for you',
  mayFitBody:
    'Your answers are in the range where KAP is usually considered. The next step is a consultation, where you can ask your questions and a prescriber can decide whether ketamine is right and safe for you.',
  mildTitle: 'Your answers are below the range KAP is meant for',
  mildBody:
    'KAP is meant for depression and anxiety that have not eased with other treatment, usually in the moderate to severe range. If you are struggling, talk with us about what may help.',
  requestConsultation: 'Request a consultation',
  talkWithUs: 'Talk with us',

  scoresTitle: 'Your scores',
  phq9Name: 'Mood questions (PHQ-9)',
  gad7Name: 'Anxiety questions (GAD-7)',
  scoreLine: (total: number, max: number, band: string, min: number, top: number) =>
    `${total} out of ${max}: in the range the questionnaire calls ${band} (${min} to ${top}).`,
  bandNoneMinimal: 'none to minimal',
  bandMinimal: 'minimal',
  bandMild: 'mild',
  bandModerate: 'moderate',
  bandModeratelySevere: 'moderately severe',
  bandSevere: 'severe',
  notDiagnosisTitle: 'This is not a diagnosis.',
  notDiagnosis:
    'These questionnaires show how much some problems have bothered you lately. Only a clinician who talks with you can make a diagnosis or decide on treatment.',
  medicinesTitle: 'Medicines to mention to the prescriber',
  medicinesNote: 'Please don\u2019t stop or change any medicine without talking with the doctor who prescribed it.',
  print: 'Print my answers',
  startOver: 'Start over',
  printTitle: (practice: string) => `Self-check answers for ${practice}`,
  printDate: (date: string) => `Printed ${date}, from answers kept only on this device.`,
  answerScore: (label: string, score: number) => `${label} (${score})`,
  notAnsweredShort: 'No answer',

  settingsTitle: (widget: string) => `${widget}: a setting needs fixing`,
  settingsHelp: 'The website owner can correct it. In the meantime the self-check below works without it.',
}, {
  es: {
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
  },
});
