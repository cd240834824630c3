/** The self-screen's domain: instruments, scoring, questions, outcome and crisis resources. */
// The texts' language is the suite's; these read a text in one.
export { screenText, screenTextLanguage, type ScreenText } from '../localize.js';
export * from './instruments.js';
export * from './scoring.js';
export * from './questions.js';
export * from './outcome.js';
export * from '../crisis.js';
