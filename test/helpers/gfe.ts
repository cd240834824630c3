/** The three settings that make the cost estimator offer a Good Faith Estimate, valid and made up. */
export const GFE_SETTINGS: Readonly<Record<string, string>> = {
  'provider-npi': '1234567893',
  'provider-tin': '12-3456789',
  'practice-address': '100 Pine St, Seattle, WA 98101',
};

/** The same, written as attributes of a snippet. */
export const GFE_ATTRIBUTES = Object.entries(GFE_SETTINGS)
  .map(([name, value]) => `${name}="${value}"`)
  .join(' ');
