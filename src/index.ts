/**
 * fentanyl-policy-kit — typed, sourced datasets on US overdose deaths, the designations aimed at
 * cartels and the court cases that test them, with query helpers. No DOM; runs in Node and in
 * browsers. Rows of a whole dataset: `fentanyl-policy-kit/data/<dataset>`.
 */
export { DATASET_NAMES, type DatasetName, type DatasetRow, type DatasetRows } from './registry.js';
export { loadDataset, loadMeta, setDataBaseURL, type Loaded } from './load.js';
export { selectRows, QUERY_FIELDS, type DatasetQuery } from './filter.js';
export {
  overdoseSeries,
  withYearOverYear,
  compareJurisdictions,
  changeBetween,
  populationFor,
  eventsInRange,
  joinEventsToSeries,
  seizureTotals,
  addMonths,
  revisions,
  type Revisions,
  type RevisionPoint,
  type ReleaseValue,
  type SeriesOptions,
  type SeriesPoint,
  type YearOverYear,
  type OverdoseMeasure,
  type ComparisonRow,
  type CompareOptions,
  type ChangeRow,
  type PopulationLookup,
  type Dated,
  type SeizureTotal,
} from './query.js';
export { parseCSV, toCSV, type ParseResult, type ParseOptions } from './csv.js';
export { defineSchema, formatProblem, type Schema, type Field, type RowOf, type Problem } from './schema-engine.js';
export { FpkError, UnknownValueError, LoadError, isLoadFailure, type FpkErrorCode, type LoadErrorCode } from './errors.js';
export { setFetchPolicy, fetchPolicy, DEFAULT_FETCH_POLICY, type FetchPolicy } from './fetch.js';
export { JURISDICTIONS, JURISDICTION_CODES, STATE_CODES, jurisdictionName, type Jurisdiction } from './jurisdictions.js';
export { sourceLine, citeDataset } from './cite.js';
export type { DatasetMeta, FieldMeta, Source, SourceFile, SliceManifest, ReleaseMeta, ReleaseCoverage } from './meta.js';
export {
  INDICATOR_INFO,
  OVERDOSE_INDICATORS,
  DRUG_INDICATORS,
  OVERDOSE_RELEASES,
  OVERDOSE_FOOTNOTES,
  overdosesSchema,
  type OverdoseRecord,
  type OverdoseIndicator,
  type DrugIndicator,
  type OverdoseRelease,
  type OverdoseFootnote,
} from './dataset-schemas/overdoses.js';
export {
  SEIZURE_DRUGS,
  SEIZURE_COMPONENTS,
  SEIZURE_REGIONS,
  seizuresSchema,
  type SeizureRecord,
  type SeizureDrug,
  type SeizureComponent,
  type SeizureRegion,
} from './dataset-schemas/seizures.js';
export {
  CASE_EVENT_TYPES,
  CHECK_STATUSES,
  COURTS,
  COURT_CODES,
  casesSchema,
  type CaseEvent,
  type CaseEventType,
  type CheckStatus,
  type CourtCode,
} from './dataset-schemas/cases.js';
export {
  DESIGNATION_TYPES,
  PARTY_KINDS,
  designationsSchema,
  type Designation,
  type DesignationType,
  type PartyKind,
} from './dataset-schemas/designations.js';
export {
  ORGANIZATION_KINDS,
  organizationsSchema,
  organizationName,
  type Organization,
  type OrganizationKind,
} from './dataset-schemas/organizations.js';
export {
  SANCTION_PROGRAMS,
  SANCTION_EVENT_TYPES,
  SANCTION_LIST_DATES,
  SANCTION_STATUS_DATE,
  SANCTION_STATUSES,
  ENTRY_TYPES,
  sanctionsSchema,
  sanctionEventsSchema,
  type SanctionEntry,
  type SanctionEvent,
  type SanctionProgram,
  type SanctionEventType,
  type SanctionListDate,
  type SanctionListState,
  type SanctionStatus,
  type EntryType,
} from './dataset-schemas/sanctions.js';
export { sanctionStates, sanctionStateOn } from './sanction-status.js';
export { POPULATION_VINTAGES, populationSchema, type PopulationRecord, type PopulationVintage } from './dataset-schemas/population.js';
export {
  FINAL_OVERDOSE_INDICATORS,
  FINAL_MEASURES,
  overdosesFinalSchema,
  type FinalOverdoseRecord,
  type FinalOverdoseIndicator,
  type FinalMeasure,
} from './dataset-schemas/overdoses-final.js';
export { DATASET_SCHEMAS } from './dataset-schemas/index.js';
export type { SourceQuote } from './dataset-schemas/sources.js';
