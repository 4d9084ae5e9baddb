/**
 * The source line names the releases of the rows shown, never only the dataset's newest release:
 * in the image `fpk render` writes (the same composition as the browser's PNG/SVG downloads), in
 * the CSV `source` column and in the JSON download, in English and Spanish. The expected dates
 * are written out, and checked against the `release` of the dataset rows each chart reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rows as overdoses } from '../../datasets/overdoses/index.js';
import { modelCSV, modelJSON } from '../../components/shared/downloads.js';
import { sourceText } from '../../src/charts/source-line.js';
import Papa from 'papaparse';
import { render } from '../../src/render/index.js';
import { sourceLine } from '../../src/cite.js';
import { meta as overdosesMeta } from '../../datasets/overdoses/meta.js';

/** A downloaded CSV's rows by column name. */
const csvRows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

/** The image's text lines, without its heading (bold). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b(?![^>]*font-weight="700")[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))),
  );
}

/** The image's own text outside the chart, without its heading (the source line, wrapped), joined. */
function imageSource(svg: string): string {
  return texts(svg.slice(0, svg.indexOf('<svg x="0"'))).join(' ');
}

/** Releases of the dataset rows for these series and periods, from the committed rows. */
function releasesIn(jurisdictions: readonly string[], indicators: readonly string[], periods: (p: string) => boolean): string[] {
  const set = new Set<string>();
  for (const r of overdoses)
    if (jurisdictions.includes(r.jurisdiction) && indicators.includes(r.indicator) && periods(r.period)) set.add(r.release);
  return [...set].sort();
}

const STATES = (j: string) => j !== 'US' && j !== 'PR' && j !== 'YC';

test('a state map names the release its values come from and the month shown', async () => {
  const { svg, model } = await render('fpk-map', {});
  const through = model.shown!['overdoses']!.through!;
  // Every state's all-drug count runs to September 2025, from the 2026-02-14 release.
  assert.equal(through, '2025-09');
  assert.deepEqual(
    releasesIn(overdoses.map((r) => r.jurisdiction).filter(STATES), ['all-drugs'], (p) => p === through),
    ['2026-02-14'],
  );
  assert.deepEqual(model.shown!['overdoses']!.releases, ['2026-02-14']);
  const source = imageSource(svg);
  assert.ok(
    source.startsWith(
      'Source: CDC NCHS, Provisional Drug Overdose Death Counts (VSRR), release of Feb 14, 2026, data through September 2025 (data version ' +
        overdosesMeta.version +
        '); U.S. Census Bureau, Population Division, Annual Estimates of the Resident Population (Vintages 2019 and 2025), Vintage 2025 release, population on July 1, 2025 (data version ',
    ),
    source,
  );
  assert.doesNotMatch(
    source,
    /Jun 27, 2026|released Jul 1, 2025/,
    'neither the newest release nor the estimates’ reference date as a release',
  );
  // Every CSV row names its own release; the JSON lists the releases shown.
  const csv = csvRows(modelCSV(model));
  assert.equal(csv.length, 51);
  for (const row of csv)
    assert.match(
      String(row['source']),
      /^CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\), release of Feb 14, 2026, data through September 2025 \(/,
    );
  const json = JSON.parse(modelJSON(model)) as {
    source: string;
    sources: { dataset: string; releases?: string[]; through?: string; released?: string }[];
  };
  assert.deepEqual(
    json.sources.find((s) => s.dataset === 'overdoses'),
    { ...json.sources.find((s) => s.dataset === 'overdoses'), releases: ['2026-02-14'], through: '2025-09' },
  );
  assert.equal(json.sources.find((s) => s.dataset === 'overdoses')!.released, undefined);
  assert.equal(json.source, sourceText(model, 'en'));
});

test('a US trend by drug names both releases it draws, stops at the latest month all drugs have, and says so', async () => {
  const { svg, model } = await render('fpk-trend', { drugs: 'all-drugs,synthetic-opioids,cocaine' });
  assert.deepEqual(model.shown!['overdoses'], { releases: ['2026-02-14', '2026-06-27'], through: '2025-09' });
  assert.deepEqual(
    releasesIn(['US'], ['all-drugs', 'cocaine', 'synthetic-opioids'], (p) => p <= '2025-09'),
    ['2026-02-14', '2026-06-27'],
  );
  assert.equal(
    Math.max(...model.rows.map((r) => Number(String(r['period']).replace('-', '')))),
    202509,
    'no series drawn past September 2025',
  );
  const source = imageSource(svg);
  assert.ok(
    source.startsWith(
      'Source: CDC NCHS, Provisional Drug Overdose Death Counts (VSRR), releases of Feb 14, 2026 and Jun 27, 2026, data through September 2025 (data version ',
    ),
    source,
  );
  assert.ok(
    source.includes(
      'The chart ends in September 2025, the latest month every series has: “United States — synthetic opioids (mainly fentanyl)” goes to January 2026 (release of Jun 27, 2026); set to="2026-01" to see it.',
    ),
    source,
  );
  // CSV rows name their own release: cocaine rows the February release, synthetic-opioid rows the June extract.
  const csv = csvRows(modelCSV(model));
  const cell = (indicator: string) => String(csv.find((r) => r['indicator'] === indicator && r['period'] === '2025-09')!['source']);
  assert.match(cell('cocaine'), /, release of Feb 14, 2026, data through September 2025 \(/);
  assert.match(cell('synthetic-opioids'), /, release of Jun 27, 2026, data through September 2025 \(/);

  const es = await render('fpk-trend', { drugs: 'all-drugs,synthetic-opioids,cocaine', lang: 'es' });
  assert.ok(
    imageSource(es.svg).startsWith(
      'Fuente: CDC NCHS, recuentos provisionales de muertes por sobredosis de drogas (VSRR), publicaciones del 14 feb 2026 y del 27 jun 2026, datos hasta septiembre de 2025 (versión de datos ',
    ),
  );
});

test('with to past a series’ end, the trend marks where it ends and the summary says why', async () => {
  const { model } = await render('fpk-trend', { drugs: 'cocaine,synthetic-opioids', to: '2026-01' });
  assert.deepEqual(model.shown!['overdoses'], { releases: ['2026-02-14', '2026-06-27'], through: '2026-01' });
  const data = (name: string) =>
    (model.spec!['data'] as { name: string; values: Record<string, unknown>[] }[]).find((d) => d.name === name)!.values;
  assert.deepEqual(
    data('ends').map((e) => e['series']),
    ['United States — cocaine'],
  );
  assert.deepEqual(
    data('end_labels').map((e) => e['text']),
    ['ends September 2025'],
  );
  assert.match(
    model.summary,
    /peak [^.]+ 2023\. United States — cocaine ends in September 2025: the newest CDC release that has it \(Feb 14, 2026\) goes no further\.$/,
  );
});

test('a synthetic-opioid map names the mid-2026 extract, and the population vintage as a release, not its July 1 date', async () => {
  const { svg, model } = await render('fpk-map', { drugs: 'synthetic-opioids' });
  // Population estimates end with 2025, so rates end in December 2025.
  assert.deepEqual(model.shown, {
    overdoses: { releases: ['2026-06-27'], through: '2025-12' },
    population: { vintages: [{ vintage: '2025', years: [2025] }] },
  });
  assert.deepEqual(
    releasesIn(overdoses.map((r) => r.jurisdiction).filter(STATES), ['synthetic-opioids'], (p) => p === '2025-12'),
    ['2026-06-27'],
  );
  const source = imageSource(svg);
  assert.match(
    source,
    /^Source: CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\), release of Jun 27, 2026, data through December 2025 \(data version [^)]+\); U\.S\. Census Bureau, Population Division, Annual Estimates of the Resident Population \(Vintages 2019 and 2025\), Vintage 2025 release, population on July 1, 2025 \(data version [^)]+\)\. /,
  );
  const es = await render('fpk-map', { drugs: 'synthetic-opioids', lang: 'es' });
  assert.match(
    imageSource(es.svg),
    /^Fuente: CDC NCHS, recuentos provisionales de muertes por sobredosis de drogas \(VSRR\), publicación del 27 jun 2026, datos hasta diciembre de 2025 \(versión de datos [^)]+\); .+, publicación Vintage 2025, población al 1 de julio de 2025 \(/,
  );
});

test('the SDK source line names the releases it is given, and the newest release without them', () => {
  assert.equal(
    sourceLine(overdosesMeta, { releases: ['2025-01-08', '2026-02-14'], through: '2025-09' }),
    `Source: CDC NCHS, Provisional Drug Overdose Death Counts (VSRR). Releases 2025-01-08 and 2026-02-14. Data through 2025-09. Data version ${overdosesMeta.version}.`,
  );
  assert.equal(
    sourceLine(overdosesMeta),
    `Source: CDC NCHS, Provisional Drug Overdose Death Counts (VSRR). Released ${overdosesMeta.released}. Data version ${overdosesMeta.version}.`,
  );
});
