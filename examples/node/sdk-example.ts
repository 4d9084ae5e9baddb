/**
 * The SDK without a browser: synthetic-opioid deaths for the United States, Ohio and West
 * Virginia in two calendar years (the 12 months ending December), with rates per 100,000 and the
 * change between them, printed as a table with the source lines under it.
 *
 *   npx tsx examples/node/sdk-example.ts
 *
 * In your own project, import from 'fentanyl-policy-kit' instead of the source path.
 */
import { compareJurisdictions, loadDataset, sourceLine, type Jurisdiction } from '../../src/index.js';

const places: Jurisdiction[] = ['US', 'OH', 'WV'];
const [before, after] = ['2023-12', '2024-12'] as const;

// Only the slices this query needs are read: one small file per jurisdiction.
const overdoses = await loadDataset('overdoses', { jurisdictions: places, indicators: ['synthetic-opioids'], from: before, to: after });
const population = await loadDataset('population');

const compare = (period: string) =>
  new Map(
    compareJurisdictions(overdoses.rows, { indicator: 'synthetic-opioids', period, population: population.rows }).map((r) => [
      r.jurisdiction,
      r,
    ]),
  );
const start = compare(before);
const end = compare(after);

const count = (n: number | null | undefined) => (n == null ? 'not shown' : n.toLocaleString('en-US'));
const rate = (n: number | null | undefined) => (n == null ? 'not shown' : n.toFixed(1));
const header = ['Jurisdiction', `Deaths ${before}`, `Deaths ${after}`, 'Change', `Per 100k ${after}`];
const rows = places.map((code) => {
  const a = start.get(code);
  const b = end.get(code);
  const change = a?.value != null && b?.value != null && a.value > 0 ? `${(((b.value - a.value) / a.value) * 100).toFixed(1)}%` : 'n/a';
  return [b?.name ?? a?.name ?? code, count(a?.value), count(b?.value), change, rate(b?.per100k)];
});

// A plain text table: the first column left-aligned, numbers right-aligned.
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`Synthetic opioids excl. methadone (ICD-10 T40.4): deaths in the 12 months ending ${before} and ${after}`);
console.log(`(CDC provisional counts; rates use Census July 1 population estimates)\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log('');
for (const meta of [overdoses.meta, population.meta]) console.log(sourceLine(meta));
