import { createContext } from '@lit/context';
import type { PracticeSettings, SettingIssue } from '../core/practice.js';

/** What a `<kap-practice>` hands to the widgets inside it. */
export interface ProvidedPractice {
  /** The provider's valid settings; anything it did not set is absent. */
  values: Partial<PracticeSettings>;
  /** The provider's own bad attributes, shown by every widget that relies on them. */
  issues: SettingIssue[];
}

/** A symbol from `Symbol.for`, so two copies of the bundle still find each other's provider. */
export const practiceContext = createContext<ProvidedPractice>(Symbol.for('kap-widgets/practice'));
