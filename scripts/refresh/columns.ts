/**
 * Header columns of each downloadable raw file, exactly as the publisher writes them (checked
 * against the copies in ../shared/data/raw). A refresh lists every column that went missing or
 * appeared, because a build step reads columns by name and a renamed one would otherwise surface
 * later as a confusing build error.
 */

const series = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
const seriesOf = (prefixes: readonly string[], from: number, to: number): string[] => prefixes.flatMap((p) => series(p, from, to));

/** data.cdc.gov `xkb8-kh2a` CSV export (display names). */
export const VSRR_CSV_COLUMNS = [
  'State',
  'Year',
  'Month',
  'Period',
  'Indicator',
  'Data Value',
  'Percent Complete',
  'Percent Pending Investigation',
  'State Name',
  'Footnote',
  'Footnote Symbol',
  'Predicted Value',
] as const;

/** The same dataset through the Socrata API (field names). */
export const VSRR_API_COLUMNS = [
  'state',
  'year',
  'month',
  'period',
  'indicator',
  'percent_complete',
  'percent_pending_investigation',
  'state_name',
  'footnote',
  'footnote_symbol',
  'data_value',
  'predicted_value',
] as const;

// OFAC's legacy CSVs have no header row; these are the names OFAC documents, in file order.
export const OFAC_SDN_COLUMNS = [
  'ent_num',
  'SDN_Name',
  'SDN_Type',
  'Program',
  'Title',
  'Call_Sign',
  'Vess_type',
  'Tonnage',
  'GRT',
  'Vess_flag',
  'Vess_owner',
  'Remarks',
] as const;
export const OFAC_ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'city_state_zip', 'country', 'add_remarks'] as const;
export const OFAC_ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'] as const;

/** CBP nationwide drug seizures (OFO + USBP). */
export const CBP_NATIONWIDE_COLUMNS = [
  'FY',
  'Month (abbv)',
  'Component',
  'Region',
  'Land Filter',
  'Area of Responsibility',
  'Drug Type',
  'Count of Event',
  'Sum Qty (lbs)',
] as const;

/** Census NST-EST2025-ALLDATA: estimates 2020–2025, components of change, rates from 2021. */
export const CENSUS_V2025_COLUMNS: readonly string[] = [
  'SUMLEV',
  'REGION',
  'DIVISION',
  'STATE',
  'NAME',
  'ESTIMATESBASE2020',
  ...series('POPESTIMATE', 2020, 2025),
  ...seriesOf(['NPOPCHG_', 'BIRTHS', 'DEATHS', 'NATURALCHG', 'INTERNATIONALMIG', 'DOMESTICMIG', 'NETMIG', 'RESIDUAL'], 2020, 2025),
  'GQESTIMATESBASE2020',
  ...series('GQESTIMATES', 2020, 2025),
  ...seriesOf(['RBIRTH', 'RDEATH', 'RNATURALCHG', 'RINTERNATIONALMIG', 'RDOMESTICMIG', 'RNETMIG'], 2021, 2025),
];

/** Census nst-est2019-alldata: Census 2010, estimates 2010–2019 ("NATURALINC" in this vintage). */
export const CENSUS_V2019_COLUMNS: readonly string[] = [
  'SUMLEV',
  'REGION',
  'DIVISION',
  'STATE',
  'NAME',
  'CENSUS2010POP',
  'ESTIMATESBASE2010',
  ...series('POPESTIMATE', 2010, 2019),
  ...seriesOf(['NPOPCHG_', 'BIRTHS', 'DEATHS', 'NATURALINC', 'INTERNATIONALMIG', 'DOMESTICMIG', 'NETMIG', 'RESIDUAL'], 2010, 2019),
  ...seriesOf(['RBIRTH', 'RDEATH', 'RNATURALINC', 'RINTERNATIONALMIG', 'RDOMESTICMIG', 'RNETMIG'], 2011, 2019),
];
