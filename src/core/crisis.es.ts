/**
 * The crisis resources' words in US Spanish (DOMAIN.md section 6), keyed as their English is
 * made translatable in ./crisis.ts. A language pack: inline in the single-script bundle,
 * fetched through the loader only for a widget that speaks Spanish.
 */
import { addTranslations } from './localize.js';

addTranslations('es', {
  'crisis.988-lifeline.name': 'Línea 988 de Prevención del Suicidio y Crisis',
  'crisis.988-lifeline.note': 'Al llamar, marque 2 para hablar en español, o 1 si es veterano(a).',
  'crisis.988-lifeline.0': 'Llame al 988 y marque 2',
  'crisis.988-lifeline.1': 'Envíe AYUDA al 988',
  'crisis.988-lifeline.2': 'Chat en 988lifeline.org',
  'crisis.crisis-text-line.0': 'Envíe AYUDA al 741741',
  'crisis.emergency.name': 'Emergencias',
  'crisis.emergency.note': 'Si está en peligro inmediato.',
  'crisis.emergency.0': 'Llame al 911',
  'crisis.native-and-strong.note': 'Para personas indígenas americanas y nativas de Alaska.',
  'crisis.native-and-strong.0': 'Llame al 988 y luego marque 4',
  'crisis.wa-recovery-help-line.note': 'Para la salud mental y el consumo de alcohol o drogas. Abierta las 24 horas, todos los días.',
  'crisis.wa-recovery-help-line.0': 'Llame al 1-866-789-1511',
});
