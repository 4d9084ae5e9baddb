/** Build step of `seizures`, from CBP's drug-seizure CSVs in `seizures/` (see its PROVENANCE.md). */
import {
  SEIZURE_COMPONENT_LABELS,
  SEIZURE_DRUG_LABELS,
  SEIZURE_REGION_LABELS,
  seizuresSchema,
  type SeizureComponent,
  type SeizureDrug,
  type SeizureFile,
  type SeizureLandFilter,
  type SeizureRecord,
  type SeizureRegion,
} from '../../src/dataset-schemas/seizures.js';
import { defineSchema, type Problem } from '../../src/schema-engine.js';
import type { BuildContext } from '../pipeline/context.js';
import { defineDataset } from '../pipeline/dataset.js';

const DIR = 'seizures';
const FISCAL_MONTHS = ['OCT', 'NOV', 'DEC', 'JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP'] as const;
const FISCAL_YEAR = /^(\d{4})( \(FYTD\))?$/;

const invert = <K extends string, V extends string>(map: Readonly<Record<K, V>>) =>
  new Map(Object.entries(map).map(([slug, label]) => [label as V, slug as K]));
const DRUG_BY_LABEL = invert<SeizureDrug, string>(SEIZURE_DRUG_LABELS);
const COMPONENT_BY_LABEL = invert<SeizureComponent, string>(SEIZURE_COMPONENT_LABELS);
const REGION_BY_LABEL = invert<SeizureRegion, string>(SEIZURE_REGION_LABELS);
// The nationwide files write "Land Only", the AMO files "Land" in the same "Land Filter" column.
const LAND_FILTER_BY_LABEL = new Map<string, SeizureLandFilter>([
  ['Land Only', 'land-only'],
  ['Land', 'land-only'],
  ['Other', 'other'],
]);

/** Columns both kinds of file share, exactly as CBP writes them. */
const commonFields = {
  fy: { type: 'string', column: 'FY', pattern: FISCAL_YEAR, description: '' },
  fiscalMonth: { type: 'enum', column: 'Month (abbv)', values: FISCAL_MONTHS, description: '' },
  region: { type: 'enum', column: 'Region', values: Object.values(SEIZURE_REGION_LABELS), description: '' },
  drug: { type: 'enum', column: 'Drug Type', values: Object.values(SEIZURE_DRUG_LABELS), description: '' },
  events: { type: 'integer', column: 'Count of Event', min: 1, description: '' },
  pounds: { type: 'number', column: 'Sum Qty (lbs)', min: 0, description: '' },
} as const;

/** Nationwide files: OFO and USBP. */
export const rawNationwideSchema = defineSchema({
  name: 'CBP nationwide drug seizures CSV',
  fields: {
    ...commonFields,
    component: {
      type: 'enum',
      column: 'Component',
      values: [SEIZURE_COMPONENT_LABELS.ofo, SEIZURE_COMPONENT_LABELS.usbp],
      description: '',
    },
    landFilter: { type: 'enum', column: 'Land Filter', values: ['Land Only', 'Other'], description: '' },
    area: { type: 'string', column: 'Area of Responsibility', description: '' },
  },
});

/** AMO files: one component, `Branch` instead of `Area of Responsibility`. */
export const rawAmoSchema = defineSchema({
  name: 'CBP AMO drug seizures CSV',
  fields: {
    ...commonFields,
    component: { type: 'enum', column: 'Component', values: [SEIZURE_COMPONENT_LABELS.amo], description: '' },
    landFilter: { type: 'enum', column: 'Land Filter', values: ['Land', 'Other'], description: '' },
    area: { type: 'string', column: 'Branch', description: '' },
  },
});

interface RawFile {
  readonly name: SeizureFile | 'nationwide-drugs-fy23-fy26-dec.csv';
  readonly kind: 'nationwide' | 'amo';
  /** Fiscal years the file name promises; a row outside them is a problem. */
  readonly fiscalYears: readonly [number, number];
  readonly retrievedFrom: string;
}

const CNX = 'GitHub ntimbs/CNX_Mapping_Project, commit e5fb4d6533dde9c203ae4bc92dc1d47c0dd5ecbf, "Drug Border Seizures/';
export const SHIPPED_FILES: readonly (RawFile & { name: SeizureFile })[] = [
  {
    name: 'nationwide-drugs-fy19-fy22.csv',
    kind: 'nationwide',
    fiscalYears: [2019, 2022],
    retrievedFrom: `${CNX}nationwide-drugs-fy19-fy22.csv" (byte-for-byte, blob 499f332d…)`,
  },
  {
    name: 'nationwide-drugs-fy23-fy26-apr.csv',
    kind: 'nationwide',
    fiscalYears: [2023, 2026],
    retrievedFrom:
      'GitHub Cheeku1820/neo4j-docker-demo, commit fdd2be37880f0fb2603af8cac06fb73f84666909, "import/seizures_apr2026/nationwide-drugs-fy23-fy26-apr.csv" (byte-for-byte, blob 6bf83afa381dac0527ae6fe5d6098437bec6f234)',
  },
  {
    name: 'amo-drug-seizures-fy19-fy22.csv',
    kind: 'amo',
    fiscalYears: [2019, 2022],
    retrievedFrom: `${CNX}amo-drug-seizures-fy19-fy22.csv" (byte-for-byte, blob 9afaa251…)`,
  },
  {
    name: 'amo-drug-seizures-fy23-fy26-dec.csv',
    kind: 'amo',
    fiscalYears: [2023, 2026],
    retrievedFrom: `${CNX}amo-drug-seizures-fy23-fy26-dec.csv" (byte-for-byte, blob 981649ec…)`,
  },
];
/** Superseded by the `-apr` vintage: read only to measure CBP's revisions, never shipped. */
export const SUPERSEDED_FILE: RawFile = {
  name: 'nationwide-drugs-fy23-fy26-dec.csv',
  kind: 'nationwide',
  fiscalYears: [2023, 2026],
  retrievedFrom: `${CNX}nationwide-drugs-fy23-fy26-dec.csv" (byte-for-byte, blob 9d20829a…)`,
};

type Cell = Omit<SeizureRecord, 'file'>;
interface ReadCell {
  readonly cell: Cell;
  readonly line: number;
}

function calendarMonth(fiscalYear: number, fiscalMonth: (typeof FISCAL_MONTHS)[number]): string {
  const i = FISCAL_MONTHS.indexOf(fiscalMonth);
  // OCT–DEC belong to the fiscal year that ends the following September.
  const year = i < 3 ? fiscalYear - 1 : fiscalYear;
  return `${year}-${String(((i + 9) % 12) + 1).padStart(2, '0')}`;
}

const cellKey = (c: Cell) => seizuresSchema.key!.map((k) => String(c[k as keyof Cell])).join(' | ');

/** Reads one raw file into cells; every row that breaks the file's promises is a problem. */
function readFile(ctx: BuildContext, raw: RawFile): ReadCell[] {
  const path = `${DIR}/${raw.name}`;
  const table = ctx.readTable(path, raw.kind === 'amo' ? rawAmoSchema : rawNationwideSchema);
  const parsed = table.rows.map((r, i) => {
    const [, year, fytd] = FISCAL_YEAR.exec(r.fy)!;
    return { r, line: table.lines[i]!, fiscalYear: Number(year), toDate: fytd !== undefined };
  });
  const newestYear = Math.max(...parsed.map((p) => p.fiscalYear));
  const labelsByYear = new Map<number, Set<boolean>>();
  for (const p of parsed) labelsByYear.set(p.fiscalYear, (labelsByYear.get(p.fiscalYear) ?? new Set()).add(p.toDate));

  const cells: ReadCell[] = [];
  const seen = new Map<string, number>();
  for (const { r, line, fiscalYear, toDate } of parsed) {
    const bad = (expected: string) => ctx.problem({ file: path, row: line, column: 'FY', value: r.fy, expected });
    if (fiscalYear < raw.fiscalYears[0] || fiscalYear > raw.fiscalYears[1]) {
      bad(`a fiscal year ${raw.fiscalYears[0]}–${raw.fiscalYears[1]}, as the file name says`);
      continue;
    }
    // "(FYTD)" marks the one year still running when the file was made: only the newest year, and always it.
    if (toDate && fiscalYear !== newestYear) bad(`"(FYTD)" only on the newest fiscal year in the file (${newestYear})`);
    if (labelsByYear.get(fiscalYear)!.size > 1) bad(`FY${fiscalYear} labelled the same way on every row (with or without "(FYTD)")`);
    const cell: Cell = {
      month: calendarMonth(fiscalYear, r.fiscalMonth),
      fiscalYear,
      fiscalYearToDate: toDate,
      component: COMPONENT_BY_LABEL.get(r.component)!,
      region: REGION_BY_LABEL.get(r.region)!,
      landFilter: LAND_FILTER_BY_LABEL.get(r.landFilter)!,
      area: r.area,
      drug: DRUG_BY_LABEL.get(r.drug)!,
      pounds: r.pounds,
      events: r.events,
    };
    const key = cellKey(cell);
    const first = seen.get(key);
    if (first !== undefined) {
      // CBP's files hold one row per cell; a repeat is either a duplicate or a split we cannot resolve.
      ctx.problem({
        file: path,
        row: line,
        column: 'FY+Month (abbv)+Component+Region+Land Filter+area+Drug Type',
        value: key,
        expected: `one row per cell (first at row ${first})`,
      });
      continue;
    }
    seen.set(key, line);
    cells.push({ cell, line });
  }
  return cells;
}

const thousands = (text: string) => text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const lb = (n: number) => thousands(n.toFixed(2));
const signed = (n: number, f: (n: number) => string) => (n >= 0 ? `+${f(n)}` : `−${f(-n)}`);
const describeCell = (c: Cell) =>
  `${c.month} ${SEIZURE_COMPONENT_LABELS[c.component]} ${c.area} (${SEIZURE_REGION_LABELS[c.region]}, ${c.landFilter}) ${SEIZURE_DRUG_LABELS[c.drug]}`;

/** How the superseded nationwide vintage differs from the newest one over the months both cover. */
export function compareVintages(older: readonly Cell[], newer: readonly Cell[], olderName: string, newerName: string): string[] {
  const months = new Set(older.map((c) => c.month));
  if (months.size === 0) return [];
  const sortedMonths = [...months].sort();
  const before = new Map(older.map((c) => [cellKey(c), c]));
  const after = new Map(newer.filter((c) => months.has(c.month)).map((c) => [cellKey(c), c]));
  const keys = new Set([...before.keys(), ...after.keys()]);
  let onlyNewer = 0;
  let onlyOlder = 0;
  let poundsChanged = 0;
  let poundsNoise = 0;
  let eventsChanged = 0;
  const changedMonths = new Set<string>();
  let largestPounds: { cell: Cell; from: number; to: number } | null = null;
  let largestEvents: { cell: Cell; from: number; to: number } | null = null;
  for (const key of keys) {
    const a = before.get(key);
    const b = after.get(key);
    const cell = (b ?? a)!;
    const fromLb = a?.pounds ?? 0;
    const toLb = b?.pounds ?? 0;
    const fromEv = a?.events ?? 0;
    const toEv = b?.events ?? 0;
    if (!a) onlyNewer++;
    if (!b) onlyOlder++;
    if (a && b && fromLb !== toLb) {
      poundsChanged++;
      if (Math.abs(toLb - fromLb) < 0.005) poundsNoise++;
    }
    if (a && b && fromEv !== toEv) eventsChanged++;
    if (fromLb !== toLb || fromEv !== toEv) changedMonths.add(cell.month);
    if (!largestPounds || Math.abs(toLb - fromLb) > Math.abs(largestPounds.to - largestPounds.from))
      largestPounds = { cell, from: fromLb, to: toLb };
    if (!largestEvents || Math.abs(toEv - fromEv) > Math.abs(largestEvents.to - largestEvents.from))
      largestEvents = { cell, from: fromEv, to: toEv };
  }
  const differing = [...keys].filter((k) => {
    const a = before.get(k);
    const b = after.get(k);
    return !a || !b || a.pounds !== b.pounds || a.events !== b.events;
  }).length;
  const unchanged = sortedMonths.filter((m) => !changedMonths.has(m));
  const fentanylByMonth = (cells: Iterable<Cell>) => {
    const totals = new Map<string, number>();
    for (const c of cells) if (c.drug === 'fentanyl') totals.set(c.month, (totals.get(c.month) ?? 0) + c.pounds);
    return totals;
  };
  const fOld = fentanylByMonth(before.values());
  const fNew = fentanylByMonth(after.values());
  const fentanylChanges = sortedMonths
    .filter((m) => lb(fOld.get(m) ?? 0) !== lb(fNew.get(m) ?? 0))
    .map((m) => `${m} ${lb(fOld.get(m) ?? 0)} → ${lb(fNew.get(m) ?? 0)} lb`);
  const lines = [
    `${olderName} (superseded vintage, data ${sortedMonths[0]}…${sortedMonths.at(-1)}) was compared with ${newerName} over the ${months.size} months both cover: of ${thousands(String(keys.size))} cells (month × component × region × land filter × area × drug, the dataset key) ${differing} differ — ${onlyNewer} only in the newer file, ${onlyOlder} only in the older file, ${poundsChanged} with changed pounds (${poundsNoise} of them by less than 0.005 lb, float noise from re-summing), ${eventsChanged} with changed event counts. Changed months: ${[...changedMonths].sort().join(', ') || 'none'}; the other ${unchanged.length} months are identical in both files.`,
  ];
  if (largestPounds && largestPounds.from !== largestPounds.to) {
    lines.push(
      `Largest pounds revision: ${describeCell(largestPounds.cell)} ${lb(largestPounds.from)} → ${lb(largestPounds.to)} lb (${signed(largestPounds.to - largestPounds.from, lb)}).`,
    );
  }
  if (largestEvents && largestEvents.from !== largestEvents.to) {
    lines.push(
      `Largest events revision: ${describeCell(largestEvents.cell)} ${largestEvents.from} → ${largestEvents.to} events (${signed(largestEvents.to - largestEvents.from, String)}).`,
    );
  }
  lines.push(`Fentanyl monthly totals (OFO + USBP) that changed at 2-decimal precision: ${fentanylChanges.join('; ') || 'none'}.`);
  return lines;
}

/** The last day of a YYYY-MM month, as the as-of date of data that runs through it. */
function endOfMonth(month: string | undefined): string {
  if (!month) return '0000-01-01';
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

const lastMonth = (cells: readonly ReadCell[]) =>
  cells
    .map((c) => c.cell.month)
    .sort()
    .at(-1);

export const seizures = defineDataset({
  name: 'seizures',
  schema: seizuresSchema,
  rowType: { name: 'SeizureRecord', module: '../../src/dataset-schemas/seizures.js' },
  sliceBy: 'drug',
  coverageField: 'month',
  build(ctx) {
    const read = new Map(SHIPPED_FILES.map((f) => [f.name, readFile(ctx, f)]));
    const superseded = readFile(ctx, SUPERSEDED_FILE);

    const rows: SeizureRecord[] = [];
    const owner = new Map<string, { file: string; line: number }>();
    for (const f of SHIPPED_FILES) {
      for (const { cell, line } of read.get(f.name)!) {
        const key = cellKey(cell);
        const first = owner.get(key);
        if (first) {
          const problem: Problem = {
            file: `${DIR}/${f.name}`,
            row: line,
            value: key,
            expected: `each cell in one shipped file only (also in ${first.file} row ${first.line})`,
          };
          ctx.problem(problem);
          continue;
        }
        owner.set(key, { file: f.name, line });
        rows.push({ ...cell, file: f.name });
      }
    }

    const newest = read.get('nationwide-drugs-fy23-fy26-apr.csv')!;
    const nationwideEnd = lastMonth(newest);
    const amoEnd = lastMonth(read.get('amo-drug-seizures-fy23-fy26-dec.csv')!);
    const oldEnd = lastMonth(superseded);
    const revisions = compareVintages(
      superseded.map((c) => c.cell),
      newest.map((c) => c.cell),
      SUPERSEDED_FILE.name,
      'nationwide-drugs-fy23-fy26-apr.csv',
    );

    const source = (f: RawFile) => ctx.sourceFile(`${DIR}/${f.name}`, f.retrievedFrom);
    const [fy19, apr, amo19, amo23] = SHIPPED_FILES as [RawFile, RawFile, RawFile, RawFile];
    return {
      rows,
      meta: {
        title: 'CBP drug seizures by month, component, region, area and drug',
        description: `U.S. Customs and Border Protection drug seizure statistics: pounds seized and number of seizure events per calendar month, CBP component (OFO ports of entry, USBP between ports, AMO air and marine), region, land filter, field office / sector / AMO branch and drug. Nationwide OFO + USBP rows run from 2018-10 (FY2019) to ${nationwideEnd} (newest vintage, the "-apr" file); AMO rows, from CBP's separate AMO files, run to ${amoEnd}. Filter \`drug === 'fentanyl'\` (one slice) for fentanyl.`,
        publisher: 'U.S. Customs and Border Protection (CBP)',
        license: 'Public domain in the US (works of the US federal government, 17 U.S.C. § 105). Code MIT.',
        credit: 'U.S. Customs and Border Protection, Drug Seizure Statistics',
        citation: `U.S. Customs and Border Protection, "Drug Seizure Statistics" (nationwide-drugs-fy19-fy22.csv, nationwide-drugs-fy23-fy26-apr.csv, amo-drug-seizures-fy19-fy22.csv, amo-drug-seizures-fy23-fy26-dec.csv), https://www.cbp.gov/newsroom/stats/drug-seizure-statistics, data through ${nationwideEnd}.`,
        released: endOfMonth(nationwideEnd),
        sources: [
          {
            title: 'Nationwide Drug Seizures (OFO and USBP), monthly CSV: FY2019–FY2022 and FY2023–FY2026 to date (April vintage)',
            publisher: 'U.S. Customs and Border Protection',
            url: 'https://www.cbp.gov/document/stats/nationwide-drug-seizures',
            ...(nationwideEnd ? { released: nationwideEnd } : {}),
            files: [source(fy19), source(apr)],
          },
          {
            title: 'Air and Marine Operations drug seizures, monthly CSV: FY2019–FY2022 and FY2023–FY2026 to date (December vintage)',
            publisher: 'U.S. Customs and Border Protection, Air and Marine Operations',
            // The exact AMO document URL was not verified; this is the statistics section that lists it.
            url: 'https://www.cbp.gov/newsroom/stats/drug-seizure-statistics',
            ...(amoEnd ? { released: amoEnd } : {}),
            files: [source(amo19), source(amo23)],
          },
          {
            title: 'Nationwide Drug Seizures, FY2023–FY2026 to date (December vintage; superseded, read only to measure revisions)',
            publisher: 'U.S. Customs and Border Protection',
            url: 'https://www.cbp.gov/document/stats/nationwide-drug-seizures',
            ...(oldEnd ? { released: oldEnd } : {}),
            files: [source(SUPERSEDED_FILE)],
          },
        ],
        caveats: [
          'Seizures are not supply: they measure enforcement activity (what CBP caught), not how much of a drug crossed the border or reached users. A rise can mean more smuggling, more or better enforcement, or both.',
          "CBP converts pill and dosage-unit counts to weight; pounds are CBP's figure, not a weighed total.",
          `Rows exist only where a seizure happened. A month, area or drug with no row had zero seizure events — it is not missing data. Sum the rows you need; do not treat absent rows as gaps.`,
          `CBP revises past months in every monthly file. FY2023 onward comes from the newest vintage here (nationwide-drugs-fy23-fy26-apr.csv, data through ${nationwideEnd}); later CBP files may differ, and figures quoted in early press reports may not match (e.g. OFO fentanyl Oct 2022 – Jan 2023 is 8,273.53 lb here, while a February 2023 report quoted 12,017 lb). See revisions.`,
          `FY2026 is partial (fiscalYearToDate = true): nationwide OFO + USBP through ${nationwideEnd}, AMO through ${amoEnd} (the newest AMO file available ends there). Do not compare FY2026 totals with full years, and do not compare nationwide and AMO for months after ${amoEnd}.`,
          'AMO (Air and Marine Operations) comes from separate files. The nationwide files hold only OFO and USBP rows, and the "all CBP" totals CBP and the press published (e.g. FY2022 fentanyl 14,699.88 lb, FY2019 2,803.60 lb) equal OFO + USBP without AMO. The files do not say whether some AMO seizures are also counted in OFO or USBP rows, so do not add AMO to OFO + USBP: reproduce CBP\'s totals with component "ofo" and "usbp", and show AMO on its own.',
          `${rows.filter((r) => r.pounds === 0).length} rows with one or more events have 0 pounds (the AMO files round pounds to two decimals, so small quantities show as 0.0); the files do not say why. They are kept as written.`,
          "`released` is the last day of the newest month in the data: CBP's CSV files carry no publication date.",
        ],
        revisions: [
          `FY2019–FY2022 come from nationwide-drugs-fy19-fy22.csv and FY2023 onward from nationwide-drugs-fy23-fy26-apr.csv, the newest vintage (data to ${nationwideEnd}); the December vintage nationwide-drugs-fy23-fy26-dec.csv (data to ${oldEnd}) is superseded and none of its rows is shipped. AMO has only one vintage here (data to ${amoEnd}).`,
          ...revisions,
        ],
      },
    };
  },
});
