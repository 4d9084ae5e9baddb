/**
 * `datasets/CHANGES.md`: what each dataset's current version changed against the build it
 * replaced, for the maintainer who reviews a refresh before releasing it (README, "Monthly refresh").
 *
 * The baseline is the build on disk before this one (the committed `datasets/`). A dataset's section
 * records the two versions it compares (`<!-- name from=… to=… -->`) and is rewritten only when
 * the dataset's version changes; when a build produces the version a section already describes,
 * the section is kept as it is. So building twice, or `npm run data:check`, reproduces the file
 * byte for byte, while the first build after a refresh reports against the data it replaces.
 * Every section starts with its own heading and marker, so two branches that change different
 * datasets change different lines of the file.
 *
 * Everything is generic: rows are compared as their canonical CSV text, matched by the schema key;
 * a field named `release` marks rows that name their release; the time field gives new periods.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { DatasetMeta } from '../../src/meta.js';
import { formatCell } from '../../src/schema-engine.js';
import type { DatasetBuild } from './dataset.js';
import { seriesFieldsOf } from './output.js';

const EXAMPLES = 3;
const GROUPS = 5;

type Cells = Record<string, string>;

interface Side {
  readonly version: string | null;
  readonly meta: DatasetMeta | null;
  readonly fields: readonly string[];
  readonly rows: readonly Cells[];
}

export interface ReportInput {
  readonly build: DatasetBuild;
  readonly meta: DatasetMeta;
  readonly rows: readonly object[];
}

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

/** The build on disk before this one, as CSV text cells (none when the dataset is new). */
function previousSide(root: string, name: string): Side {
  const dir = join(root, 'datasets', name);
  const metaPath = join(dir, 'meta.json');
  const csvPath = join(dir, `${name}.csv`);
  if (!existsSync(metaPath) || !existsSync(csvPath)) return { version: null, meta: null, fields: [], rows: [] };
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as DatasetMeta;
  const parsed = Papa.parse<Cells>(readFileSync(csvPath, 'utf8'), { header: true, skipEmptyLines: 'greedy', dynamicTyping: false });
  return { version: meta.version, meta, fields: parsed.meta.fields ?? [], rows: parsed.data };
}

function currentSide(input: ReportInput): Side {
  const fields = Object.entries(input.build.schema.fields);
  const rows = input.rows.map((r) =>
    Object.fromEntries(fields.map(([name, f]) => [name, formatCell(f, (r as Record<string, unknown>)[name])])),
  );
  return { version: input.meta.version, meta: input.meta, fields: fields.map(([name]) => name), rows };
}

/** The committed report's sections by dataset: the version each describes, and its text. */
export function parseReport(text: string): Map<string, { to: string; text: string }> {
  const sections = new Map<string, { to: string; text: string }>();
  const parts = text.split(/^(?=## )/m).slice(1);
  for (const part of parts) {
    const m = /^## (\S+)\n<!-- \S+ from=\S+ to=(\S+) -->\n/.exec(part);
    if (m) sections.set(m[1]!, { to: m[2]!, text: part.replace(/\n+$/, '\n') });
  }
  return sections;
}

/** "2024-08 – 2025-09 (14)": the new periods of one series, as a label that groups series. */
function span(periods: readonly string[]): string {
  return periods.length === 1 ? periods[0]! : `${periods[0]} – ${periods[periods.length - 1]} (${periods.length})`;
}

function examplesOf(labels: readonly string[]): string {
  const shown = labels.slice(0, 6).join(', ');
  return labels.length > 6 ? `${shown}, …` : shown;
}

/** The body of one dataset's section: a list of what changed from `before` to `after`. */
function compare(build: DatasetBuild, before: Side, after: Side): string[] {
  const lines: string[] = [];
  const key = build.schema.key?.length ? [...build.schema.key] : [...after.fields];
  const hasRelease = after.fields.includes('release');
  // Rows of one cell across releases: the key without `release` (where the key has one).
  const cellKey = key.filter((k) => k !== 'release');
  const series = seriesFieldsOf(build.schema, build.coverageField);
  const time = series ? build.coverageField! : null;
  const seriesFields = series ?? [];
  const join = (row: Cells, fields: readonly string[]) => fields.map((f) => row[f] ?? '').join(' · ');

  const addedFields = after.fields.filter((f) => !before.fields.includes(f));
  const removedFields = before.fields.filter((f) => !after.fields.includes(f));
  if (addedFields.length) lines.push(`- Fields added: ${addedFields.map((f) => `\`${f}\``).join(', ')}.`);
  if (removedFields.length) lines.push(`- Fields removed: ${removedFields.map((f) => `\`${f}\``).join(', ')}.`);

  // Rows added and removed, by the full key.
  const beforeKeys = new Set(before.rows.map((r) => join(r, key)));
  const afterKeys = new Set(after.rows.map((r) => join(r, key)));
  const added = after.rows.filter((r) => !beforeKeys.has(join(r, key)));
  const removed = before.rows.filter((r) => !afterKeys.has(join(r, key)));
  lines.push(
    `- Rows added: ${n(added.length)}${
      added.length
        ? ` (e.g. ${added
            .slice(0, EXAMPLES)
            .map((r) => join(r, key))
            .join('; ')})`
        : ''
    }; rows removed: ${n(removed.length)}${
      removed.length
        ? ` (e.g. ${removed
            .slice(0, EXAMPLES)
            .map((r) => join(r, key))
            .join('; ')})`
        : ''
    }.`,
  );

  // New periods per series, grouped by their span.
  if (time) {
    const periodsBefore = new Map<string, Set<string>>();
    for (const r of before.rows) {
      const s = join(r, seriesFields);
      (periodsBefore.get(s) ?? periodsBefore.set(s, new Set()).get(s)!).add(r[time]!);
    }
    const newPeriods = new Map<string, Set<string>>();
    let newSeries = 0;
    for (const r of after.rows) {
      const s = join(r, seriesFields);
      const had = periodsBefore.get(s);
      if (!had) continue;
      if (!had.has(r[time]!)) (newPeriods.get(s) ?? newPeriods.set(s, new Set()).get(s)!).add(r[time]!);
    }
    const seriesAfter = new Set(after.rows.map((r) => join(r, seriesFields)));
    for (const s of seriesAfter) if (!periodsBefore.has(s)) newSeries++;
    const groups = new Map<string, string[]>();
    for (const [s, periods] of newPeriods) {
      const label = span([...periods].sort());
      (groups.get(label) ?? groups.set(label, []).get(label)!).push(s);
    }
    const ranked = [...groups].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
    if (!ranked.length) lines.push('- New periods: none.');
    else {
      lines.push(
        `- New periods in ${plural(newPeriods.size, 'series', 'series')}${seriesFields.length ? ` (${seriesFields.join(' × ')})` : ''}:`,
      );
      for (const [label, series] of ranked.slice(0, GROUPS))
        lines.push(
          `  - ${label}: ${plural(series.length, 'series', 'series')}${seriesFields.length ? ` (${examplesOf(series.sort())})` : ''}`,
        );
      if (ranked.length > GROUPS) lines.push(`  - and ${plural(ranked.length - GROUPS, 'other span')}`);
    }
    if (newSeries) lines.push(`- New series: ${n(newSeries)}.`);
  }

  // Revised values: one cell (key without release) in both builds, its newest-release row compared.
  const newest = (rows: readonly Cells[]) => {
    const m = new Map<string, Cells>();
    for (const r of rows) {
      const k = join(r, cellKey);
      const had = m.get(k);
      if (!had || (hasRelease && (r.release ?? '') > (had.release ?? ''))) m.set(k, r);
    }
    return m;
  };
  const old = newest(before.rows);
  const valueFields = after.fields.filter((f) => !key.includes(f) && f !== 'release' && before.fields.includes(f));
  const revised = new Map<string, { label: string; from: string; to: string }[]>();
  let revisedRows = 0;
  const releaseMoves = new Map<string, number>();
  for (const [k, r] of newest(after.rows)) {
    const o = old.get(k);
    if (!o) continue;
    let any = false;
    for (const f of valueFields) {
      if (o[f] === r[f]) continue;
      any = true;
      (revised.get(f) ?? revised.set(f, []).get(f)!).push({ label: k, from: o[f] ?? '', to: r[f] ?? '' });
    }
    if (any) revisedRows++;
    if (hasRelease && o.release !== r.release)
      releaseMoves.set(`${o.release} → ${r.release}`, (releaseMoves.get(`${o.release} → ${r.release}`) ?? 0) + 1);
  }
  const total = [...revised.values()].reduce((s, v) => s + v.length, 0);
  if (!total) lines.push('- Values revised: none.');
  else {
    lines.push(`- Values revised: ${n(total)} in ${plural(revisedRows, 'row')}:`);
    const magnitude = (c: { from: string; to: string }) => {
      const d = Math.abs(Number(c.to) - Number(c.from));
      return Number.isFinite(d) && c.from !== '' && c.to !== '' ? d : -1;
    };
    for (const [f, changes] of [...revised].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))) {
      const shown = [...changes].sort((a, b) => magnitude(b) - magnitude(a) || (a.label < b.label ? -1 : 1)).slice(0, EXAMPLES);
      const show = (v: string) => (v === '' ? 'empty' : v.length > 40 ? `${v.slice(0, 37)}…` : v);
      lines.push(`  - \`${f}\`: ${n(changes.length)} (e.g. ${shown.map((c) => `${c.label}: ${show(c.from)} → ${show(c.to)}`).join('; ')})`);
    }
  }
  if (releaseMoves.size) {
    lines.push(
      `- Values now from a newer release: ${[...releaseMoves]
        .sort()
        .map(([m, c]) => `${n(c)} (${m})`)
        .join(', ')}.`,
    );
  }
  if (hasRelease) {
    const releasesBefore = new Set(before.rows.map((r) => r.release));
    const counts = new Map<string, number>();
    for (const r of after.rows) if (!releasesBefore.has(r.release)) counts.set(r.release!, (counts.get(r.release!) ?? 0) + 1);
    if (counts.size)
      lines.push(
        `- New releases in the rows: ${[...counts]
          .sort()
          .map(([rel, c]) => `${rel} (${plural(c, 'row')})`)
          .join(', ')}.`,
      );
  }

  // Sources and raw files.
  // Sources by title: a new `released` of a known title is a new release of that source.
  const released = (m: DatasetMeta | null) => new Map((m?.sources ?? []).map((s) => [s.title, s.released ?? 'undated']));
  const sourcesBefore = released(before.meta);
  const sourcesAfter = released(after.meta);
  for (const [title, rel] of sourcesAfter) {
    const had = sourcesBefore.get(title);
    if (had === undefined) lines.push(`- New source: ${title} (released ${rel}).`);
    else if (had !== rel) lines.push(`- New release of a source: ${title}: ${had} → ${rel}.`);
  }
  for (const [title, rel] of sourcesBefore) if (!sourcesAfter.has(title)) lines.push(`- Source dropped: ${title} (released ${rel}).`);
  const files = (m: DatasetMeta | null) => new Map((m?.sources ?? []).flatMap((s) => s.files.map((f) => [f.path, f.sha256] as const)));
  const filesBefore = files(before.meta);
  for (const [path, sha] of files(after.meta)) {
    const had = filesBefore.get(path);
    if (had === undefined) lines.push(`- Raw file read for the first time: \`${path}\`.`);
    else if (had !== sha) lines.push(`- Raw file changed: \`${path}\` (SHA-256 ${had.slice(0, 12)}… → ${sha.slice(0, 12)}…).`);
  }
  for (const path of filesBefore.keys()) if (!files(after.meta).has(path)) lines.push(`- Raw file no longer read: \`${path}\`.`);
  return lines;
}

function coverage(meta: DatasetMeta | null): string {
  if (!meta) return '—';
  return meta.coverage.start === null ? 'no time field' : `${meta.coverage.start} – ${meta.coverage.end}`;
}

function section(input: ReportInput, before: Side): string {
  const after = currentSide(input);
  const name = input.build.name;
  const head = [`## ${name}`, `<!-- ${name} from=${before.version ?? 'none'} to=${after.version} -->`, ''];
  if (before.version === null) {
    return [
      ...head,
      `First build of this dataset: version ${after.version}, ${plural(after.rows.length, 'row')}, coverage ${coverage(input.meta)}. There is no earlier build to compare with.`,
      '',
    ].join('\n');
  }
  if (before.version === after.version) {
    return [
      ...head,
      `Version ${after.version} (${plural(after.rows.length, 'row')}, coverage ${coverage(input.meta)}): the same data as the build it replaced; no change recorded.`,
      '',
    ].join('\n');
  }
  const summary = `Version ${before.version} → ${after.version}: ${n(before.rows.length)} → ${plural(after.rows.length, 'row')}; coverage ${coverage(before.meta)} → ${coverage(input.meta)}.`;
  return [...head, summary, '', ...compare(input.build, before, after), ''].join('\n');
}

const INTRO = `# Dataset changes

Generated by \`npm run data:build\`; do not edit. For each dataset: what its current version changed
against the build it replaced (the files in \`datasets/\` before that build): rows added and
removed, new periods per series, values revised (matched by the dataset's key; for rows that name
their release, the newest release of each value), new releases, sources and raw files. A section
is rewritten only when its dataset's version changes, so rebuilding the same data leaves this file
as it is. Review it before every release (README, "Monthly refresh").
`;

/**
 * The change report for a build, against the build on disk under `previousRoot` (its `datasets/`
 * folder and the `datasets/CHANGES.md` there).
 */
export function changeReport(inputs: readonly ReportInput[], previousRoot: string): string {
  const reportPath = join(previousRoot, 'datasets', 'CHANGES.md');
  const committed = existsSync(reportPath)
    ? parseReport(readFileSync(reportPath, 'utf8'))
    : new Map<string, { to: string; text: string }>();
  const sections = inputs.map((input) => {
    const kept = committed.get(input.build.name);
    if (kept && kept.to === input.meta.version) return kept.text;
    return section(input, previousSide(previousRoot, input.build.name));
  });
  return `${INTRO}\n${sections.join('\n')}`;
}
