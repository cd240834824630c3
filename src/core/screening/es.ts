/**
 * The self-screen's US Spanish (DOMAIN.md section 6): the instruments' official wording and
 * the screen's own questions, keyed as their English is made translatable. A language pack:
 * the single-script bundle has it inline, the loader fetches it only for a widget in Spanish.
 */
import { addTranslations } from '../localize.js';
import type { InstrumentWords } from './instruments.js';

// The "Spanish for the USA" forms (DOMAIN.md section 6). The "(a)" markers and the en dashes
// (U+2013) in PHQ-9 items 6 and 8 are part of the official wording.
const INSTRUMENT_WORDS_ES: InstrumentWords = {
  stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  options: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
  phq9Items: [
    'Poco interés o placer en hacer cosas.',
    'Se ha sentido decaído(a), deprimido(a) o sin esperanzas.',
    'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado.',
    'Se ha sentido cansado(a) o con poca energía.',
    'Sin apetito o ha comido en exceso.',
    'Se ha sentido mal con usted mismo(a) \u2013 o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia.',
    'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión.',
    '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario \u2013 muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal.',
    'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera.',
  ],
  gad7Items: [
    'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta.',
    'No ha sido capaz de parar o controlar su preocupación.',
    'Se ha preocupado demasiado por motivos diferentes.',
    'Ha tenido dificultad para relajarse.',
    'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a).',
    'Se ha molestado o irritado fácilmente.',
    'Ha tenido miedo de que algo terrible fuera a pasar.',
  ],
  functionalQuestion:
    'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
  functionalOptions: ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'],
  notice:
    'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
};

addTranslations('es', {
  'instrument-words': INSTRUMENT_WORDS_ES,
  'question.antidepressants': '¿Ha probado dos o más medicamentos antidepresivos sin sentir suficiente alivio?',
  'question.therapy': '¿Ha estado en terapia sin lograr el avance que esperaba?',
  'question.daily-life': '¿La depresión o la ansiedad que no se le quita le hace difícil el día a día?',
  'question.ketamine-allergy': '¿Alguna vez ha tenido una reacción alérgica a la ketamina?',
  'question.high-blood-pressure': '¿Tiene presión arterial alta que no está bajo control?',
  'question.brain-blood-vessels': '¿Alguna vez ha tenido un aneurisma, una malformación arteriovenosa (MAV) o un sangrado en el cerebro?',
  'question.psychosis': '¿Tiene psicosis en este momento, o le han diagnosticado un trastorno psicótico?',
  'question.mania': '¿Está pasando por un episodio de manía en este momento?',
  'question.pregnancy': '¿Está embarazada?',
  'question.bipolar': '¿Le han diagnosticado trastorno bipolar?',
  'question.family-psychosis': '¿Alguien de su familia cercana ha tenido psicosis?',
  'question.substance-use': 'En el último año, ¿ha tenido un trastorno por consumo de sustancias (un problema con el alcohol u otras drogas), sobre todo con ketamina o con estimulantes?',
  'question.heart': '¿Tiene alguna enfermedad del corazón, como angina de pecho o latidos irregulares (arritmia), o ha tenido un ataque al corazón en los últimos 12 meses?',
  'question.head-eye-pressure': '¿Tiene presión elevada dentro de la cabeza o de los ojos, glaucoma o alguna lesión cerebral?',
  'question.liver': '¿Tiene alguna enfermedad del hígado?',
  'question.bladder': '¿Tiene problemas de la vejiga?',
  'question.hyperthyroidism': '¿Tiene hipertiroidismo (la tiroides hiperactiva) que no está bajo control?',
  'question.seizures': '¿Alguna vez ha tenido convulsiones?',
  'question.breastfeeding': '¿Está amamantando?',
  'question.benzodiazepines': '¿Toma alguna benzodiazepina?',
  'question.benzodiazepines.note': 'Las benzodiazepinas pueden disminuir el efecto de la ketamina.',
  'question.lamotrigine': '¿Toma lamotrigina?',
  'question.lamotrigine.note': 'La lamotrigina puede disminuir el efecto de la ketamina.',
  'question.maoi': '¿Toma algún IMAO (inhibidor de la monoaminooxidasa)?',
  'question.opioids': '¿Toma algún opioide?',
  'question.cyp-interactions': '¿Toma algún medicamento que sea un inhibidor o inductor potente de CYP3A4 o CYP2B6?',
  'question.suicidal-intent': '¿Tiene un plan o la intención de quitarse la vida?',
});
