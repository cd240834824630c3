/** The self-screen's domain: instruments, scoring, questions, outcome and crisis resources. */
export * from './language.js';
export * from './instruments.js';
export * from './scoring.js';
export * from './questions.js';
export * from './outcome.js';
export * from '../crisis.js';
