/**
 * Whether a practice can issue a Good Faith Estimate from its page (API.md, Good Faith Estimate
 * settings): only once the treating provider's NPI, the practice's EIN and the office address
 * are set. Until then the cost estimator stays an informal estimate (DOMAIN.md section 2).
 *
 * Apart from core/gfe.ts because the cost estimator asks this on every page, while the rest of
 * the GFE loads only when a visitor asks for one: a module both import would land in the chunk
 * every widget loads. No Lit, no DOM.
 */
import { isValidNpi, type PracticeSettings, type UsState } from './practice.js';

/** The provider block of the GFE (149.610(c) item 5). */
export interface GfeProvider {
  /** Legal name and credentials; the practice's name when none is set. */
  name: string;
  npi: string;
  /** The practice's EIN, never an SSN (APA). */
  tin: string;
  /** The office where the sessions take place. */
  address: string;
  /** Where the services are expected: the practice's service area. */
  states: readonly UsState[];
}

/**
 * The provider of the GFE when the practice has set everything it needs; otherwise null. The
 * attribute parsers already refuse a bad NPI; the check digit is checked again for settings
 * that reach a widget another way.
 */
export function gfeProvider(settings: PracticeSettings): GfeProvider | null {
  const { providerNpi, providerTin, practiceAddress } = settings;
  if (!providerNpi || !isValidNpi(providerNpi) || !providerTin || !practiceAddress) return null;
  return {
    name: settings.providerName ?? settings.practiceName,
    npi: providerNpi,
    tin: providerTin,
    address: practiceAddress,
    states: settings.serviceArea,
  };
}
