import { defineMessages } from './i18n.js';

/** Strings the base element shows for every widget. */
export const sharedMessages = defineMessages({
  configErrorTitle: 'This section can\'t be shown yet: a setting needs fixing',
  configErrorHelp: 'The website owner can correct the setting below; the section appears as soon as it is valid.',
  configErrorVisitor: 'If you are a visitor, please contact the practice directly in the meantime.',
});
