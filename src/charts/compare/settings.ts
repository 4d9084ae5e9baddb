/**
 * `<fpk-compare>` attributes read strictly into settings: every wrong value or combination is
 * an `FpkError` naming the attribute, what was wrong and what is allowed.
 */
import { JURISDICTION_CODES, STATE_CODES, type Jurisdiction } from '../../jurisdictions.js';
import { attributeError, parseList, pickAll, pickOne, pickRange, readDataset } from '../attributes.js';
import { DRUG_INDICATORS, type DrugIndicator } from '../../i18n/names.js';
import type { ValueMeasure } from '../readings.js';

import {
  COMPARE_ATTRIBUTES,
  COMPARE_DATASETS,
  COMPARE_MEASURES,
  COMPARE_MODES,
  DEPRECATED_MEASURES,
  type CompareMode,
} from './attributes.js';

export { COMPARE_DATASETS, COMPARE_MEASURES, COMPARE_MODES, type CompareMeasure, type CompareMode } from './attributes.js';

export interface CompareSettings {
  /** What the bars are: jurisdictions (one drug) or drugs (one jurisdiction). */
  readonly by: 'jurisdiction' | 'drug';
  readonly jurisdictions: readonly Jurisdiction[];
  /** True when `jurisdictions` was not set (the 50 states and DC). */
  readonly allStates: boolean;
  readonly drugs: readonly DrugIndicator[];
  /** The value read at each period; the deprecated `measure="change"` reads reported counts. */
  readonly measure: ValueMeasure;
  readonly mode: CompareMode;
  readonly from?: string;
  readonly to?: string;
  /** Jurisdiction codes or drug slugs drawn in the highlight colour. */
  readonly highlight: readonly string[];
}

export interface CompareAttributes {
  readonly dataset?: string | null;
  readonly measure?: string | null;
  readonly mode?: string | null;
  readonly jurisdictions?: string | null;
  readonly drugs?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly highlight?: string | null;
}

export function readCompareSettings(a: CompareAttributes): CompareSettings {
  readDataset('fpk-compare', a.dataset, COMPARE_DATASETS);
  // `measure="change"` (deprecated) is `mode="change"` on reported counts; it is not listed as allowed.
  const deprecated = a.measure === 'change' ? a.measure : undefined;
  const measure = deprecated
    ? 'reported'
    : pickOne('measure', a.measure, COMPARE_MEASURES, COMPARE_ATTRIBUTES.measure.default as (typeof COMPARE_MEASURES)[number]);
  const range = pickRange(a.from, a.to);
  const mode: CompareMode = pickOne('mode', a.mode, COMPARE_MODES, range.from || deprecated ? 'change' : 'bars');
  if (deprecated && mode !== 'change') {
    throw attributeError(
      'mode',
      `measure="change" (deprecated: write ${DEPRECATED_MEASURES.change}) draws percent change bars; mode="${mode}" needs measure reported, predicted or per100k.`,
    );
  }
  if (mode === 'bars' && range.from) {
    throw attributeError('from', `from="${range.from}" compares two periods: use mode="dumbbell" or mode="change", or remove from.`);
  }
  if (mode !== 'bars' && !range.from) {
    throw attributeError(
      'from',
      `${deprecated ? 'measure="change"' : `mode="${mode}"`} compares two periods: set from="YYYY-MM" (the earlier 12-month period).`,
    );
  }
  const given = [...new Set(parseList(a.jurisdictions))];
  const jurisdictions = given.length ? pickAll('jurisdictions', given, JURISDICTION_CODES, 'jurisdiction') : STATE_CODES;
  const drugsGiven = [...new Set(parseList(a.drugs))];
  const drugs = drugsGiven.length ? pickAll('drugs', drugsGiven, DRUG_INDICATORS, 'drug') : (['all-drugs'] as DrugIndicator[]);
  if (drugs.length > 1 && jurisdictions.length !== 1) {
    throw attributeError(
      'drugs',
      `Several drugs (${drugs.join(', ')}) are compared within one jurisdiction, but ${given.length ? `jurisdictions has ${jurisdictions.length} (${jurisdictions.join(', ')})` : 'jurisdictions is not set (all 50 states and DC)'}. Set one jurisdiction, or one drug.`,
    );
  }
  const by = drugs.length > 1 ? 'drug' : 'jurisdiction';
  const keys: readonly string[] = by === 'drug' ? drugs : jurisdictions;
  const highlight = pickAll('highlight', [...new Set(parseList(a.highlight))], keys, by);
  // Dumbbells and change bars already spend their colours on the periods and the direction.
  if (highlight.length && mode !== 'bars')
    throw attributeError(
      'highlight',
      `highlight is drawn in mode="bars" only; mode="${mode}" colours ${mode === 'dumbbell' ? 'the two periods' : 'rises and falls'}.`,
    );
  return {
    by,
    jurisdictions,
    allStates: !given.length,
    drugs,
    measure,
    mode,
    ...range,
    highlight,
  };
}
