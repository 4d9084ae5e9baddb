/** Jurisdiction names as readers see them, in English and Spanish. */
import { jurisdictionName, type Jurisdiction } from '../jurisdictions.js';
import type { Lang } from './index.js';

// Spanish names where Spanish-language newsrooms use one; the others are written as in English.
const SPANISH: Partial<Record<Jurisdiction, string>> = {
  US: 'Estados Unidos',
  DC: 'Distrito de Columbia',
  HI: 'Hawái',
  LA: 'Luisiana',
  MS: 'Misisipi',
  MO: 'Misuri',
  NC: 'Carolina del Norte',
  SC: 'Carolina del Sur',
  ND: 'Dakota del Norte',
  SD: 'Dakota del Sur',
  NH: 'Nuevo Hampshire',
  NJ: 'Nueva Jersey',
  NM: 'Nuevo México',
  OR: 'Oregón',
  PA: 'Pensilvania',
  WV: 'Virginia Occidental',
  YC: 'Ciudad de Nueva York',
};

/**
 * A jurisdiction's name. CDC's `NY` is New York State without New York City (which is `YC`), so
 * its name says so wherever it is shown.
 */
export function placeName(lang: Lang, code: Jurisdiction): string {
  if (code === 'NY') return lang === 'es' ? 'Nueva York sin NYC' : 'New York excl. NYC';
  return (lang === 'es' ? SPANISH[code] : undefined) ?? jurisdictionName(code);
}
