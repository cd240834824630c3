import { addTranslations, defineMessages } from '../core/localize.js';

/**
 * Strings the base element shows for every widget. Their Spanish stays with them, in the
 * shared chunk: the settings panel is every widget's, not any one widget's pack.
 */
export const sharedMessages = defineMessages('shared', {
  configErrorTitle: "This section can't be shown yet: a setting needs fixing",
  configErrorHelp: 'The website owner can correct the setting below; the section appears as soon as it is valid.',
  configErrorVisitor: 'If you are a visitor, please contact the practice directly in the meantime.',
});

addTranslations('es', {
  shared: {
    configErrorTitle: 'Esta sección aún no se puede mostrar: hay que corregir un ajuste',
    configErrorHelp:
      'La persona que administra el sitio puede corregir el ajuste que aparece abajo; la sección se mostrará en cuanto sea válido.',
    configErrorVisitor: 'Si usted visita este sitio, mientras tanto comuníquese directamente con el consultorio.',
  } satisfies (typeof sharedMessages)['en'],
});
