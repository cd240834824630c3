import { defineMessages } from '../../core/localize.js';

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
export const intakeMessages = defineMessages('kap-intake-screen', {
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
});

export type IntakeMessages = (typeof intakeMessages)['en'];
