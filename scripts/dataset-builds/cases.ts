/** Build step of `cases`, from the hand-compiled `rulings/cases.csv` (see its PROVENANCE.md). */
import { defineSchema } from '../../src/schema-engine.js';
import {
  CASE_EVENT_TYPES,
  CHECK_STATUSES,
  COURT_CODES,
  casesSchema,
  type CaseEvent,
  type CourtCode,
} from '../../src/dataset-schemas/cases.js';
import { pairSources, sourceLinks, type SourceQuote } from '../../src/dataset-schemas/sources.js';
import { defineDataset } from '../pipeline/dataset.js';
import type { BuildContext } from '../pipeline/context.js';
import { applyCorrections, correctionsNote, type CorrectionOutcome } from './corrections.js';
import { organizationIdOf } from './organization-table.js';
import { linksNote } from './links-note.js';

export const CASES_FILE = 'rulings/cases.csv';

/** The raw file's columns, exactly as published. */
export const rawCasesSchema = defineSchema({
  name: 'rulings/cases.csv',
  key: ['id'],
  fields: {
    id: { type: 'string', pattern: /^[a-z0-9-]+$/, description: '' },
    date: { type: 'date', nullable: true, description: '' },
    event_type: { type: 'enum', values: CASE_EVENT_TYPES, description: '' },
    case_name: { type: 'string', description: '' },
    court: { type: 'string', nullable: true, description: '' },
    docket: { type: 'string', nullable: true, description: '' },
    defendants: { type: 'string', description: '' },
    organization: { type: 'string', description: '' },
    statutes: { type: 'string', nullable: true, description: '' },
    terrorism_related: { type: 'boolean', description: '' },
    outcome_summary: { type: 'string', description: '' },
    sentence: { type: 'string', nullable: true, description: '' },
    source_url: { type: 'string', pattern: /^https?:\/\//, description: '' },
    source_title: { type: 'string', description: '' },
    quote: { type: 'string', description: '' },
    primary_source_url: { type: 'string', nullable: true, description: '' },
    primary_quote: { type: 'string', nullable: true, description: '' },
    checked: { type: 'enum', values: CHECK_STATUSES, description: '' },
  },
});

const split = (cell: string | null) =>
  (cell ?? '')
    .split('; ')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The newest source the first compilation read (rulings/PROVENANCE.md: "Notes such as 'sentencing
 * set for …' are true as of the newest source read (2026-02-24 for the earlier rows)").
 */
export const COMPILED_THROUGH = '2026-02-24';

/** Words that make an outcome or sentence a status that can change: "Pending", "sentencing not set", "moved to", … */
const TIME_SENSITIVE =
  /\bpending\b|\bnot set\b|\bset (?:for|trial)\b|\breset\b|\bmoved\b|\bpostponed\b|\bnot (?:yet )?ruled\b|\bas of \d{4}-\d{2}-\d{2}\b/i;
const URL_DATE = /\/(20\d\d)\/(\d\d)\/(\d\d)\//;

/**
 * The date a time-sensitive note was true, from the row itself: a date the text gives ("as of
 * 2026-02-10"); else the newest date in the address of a source that corrected it; else the
 * newest source of the compilation, or the event's own date when that is later (a row added
 * later). Null for a note that does not change (a sentence handed down, a ruling).
 */
export function statusAsOf(
  outcome: string,
  sentence: string | null,
  date: string | null,
  correctionUrls: readonly string[],
): string | null {
  const text = `${outcome} ${sentence ?? ''}`;
  if (!TIME_SENSITIVE.test(text)) return null;
  const stated = [...text.matchAll(/\bas of (\d{4}-\d{2}-\d{2})\b/gi)].map((m) => m[1]!).sort();
  if (stated.length) return stated[stated.length - 1]!;
  const fromUrls = correctionUrls
    .map((u) => URL_DATE.exec(u))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `${m[1]}-${m[2]}-${m[3]}`)
    .sort();
  if (fromUrls.length) return fromUrls[fromUrls.length - 1]!;
  return date && date > COMPILED_THROUGH ? date : COMPILED_THROUGH;
}

/**
 * Courts as codes plus a note: "W.D. Tex. (initial appearance, El Paso)" → W.D. Tex. + "initial
 * appearance, El Paso"; "multiple districts (destinations incl. …)" names no one court, so it is
 * all note. A code not in COURTS is a problem of the build.
 */
function splitCourts(ctx: BuildContext, cell: string | null, line: number | undefined): { courts: CourtCode[]; courtNote: string | null } {
  const courts: CourtCode[] = [];
  const notes: string[] = [];
  for (const part of split(cell)) {
    const m = /^(.*?)(?:\s*\((.*)\))?$/.exec(part)!;
    const code = m[1]!.trim();
    if ((COURT_CODES as readonly string[]).includes(code)) courts.push(code as CourtCode);
    else if (/^multiple districts$/.test(code)) notes.push(code);
    else
      ctx.problem({
        file: CASES_FILE,
        row: line,
        column: 'court',
        value: part,
        expected: `a court code of COURTS (src/dataset-schemas/cases.ts): ${COURT_CODES.join(', ')}`,
      });
    if (m[2]) notes.push(m[2]);
  }
  return { courts, courtNote: notes.length ? notes.join('; ') : null };
}

export const cases = defineDataset({
  name: 'cases',
  schema: casesSchema,
  rowType: { name: 'CaseEvent', module: '../../src/dataset-schemas/cases.js' },
  coverageField: 'date',
  build(ctx) {
    const table = ctx.readTable(CASES_FILE, rawCasesSchema);
    const corrections = applyCorrections(ctx, CASES_FILE, table, (r) => r.id);
    const correctionsOf = (id: string): CorrectionOutcome[] => corrections.filter((c) => c.row === id);
    const rows: CaseEvent[] = table.rows.map((r, i) => {
      const primary = pairSources(r.primary_source_url ?? '', r.primary_quote ?? '');
      if (primary.unpairedQuote) {
        ctx.problem({
          file: CASES_FILE,
          row: table.lines[i],
          column: 'primary_quote',
          value: r.primary_quote ?? '',
          expected: 'one excerpt per primary URL',
        });
      }
      const organizations = split(r.organization);
      const organizationIds = organizations.map((o) => organizationIdOf(o) ?? '');
      for (const o of organizations) {
        if (!organizationIdOf(o))
          ctx.problem({
            file: CASES_FILE,
            row: table.lines[i],
            column: 'organization',
            value: o,
            expected: 'an organization listed in ORGANIZATION_DECISIONS (scripts/dataset-builds/organization-table.ts)',
          });
      }
      // A correction's sources back the corrected cell, so they join the record's sources, after its own.
      const corrected = correctionsOf(r.id);
      const sources: SourceQuote[] = [{ url: r.source_url, quote: r.quote }];
      for (const c of corrected) {
        const paired = pairSources(c.sourceUrls.join(' ; '), c.quote).sources;
        for (const s of paired) if (!sources.some((x) => x.url === s.url)) sources.push(s);
      }
      const { courts, courtNote } = splitCourts(ctx, r.court, table.lines[i]);
      return {
        id: r.id,
        date: r.date,
        eventType: r.event_type,
        caseName: r.case_name,
        courts,
        courtNote,
        docket: r.docket,
        defendants: split(r.defendants),
        organizations,
        organizationIds,
        statutes: split(r.statutes),
        terrorismRelated: r.terrorism_related,
        outcome: r.outcome_summary,
        sentence: r.sentence,
        statusAsOf: statusAsOf(
          r.outcome_summary,
          r.sentence,
          r.date,
          corrected.flatMap((c) => c.sourceUrls),
        ),
        sourceTitle: r.source_title,
        sources,
        primarySources: primary.sources,
        links: sourceLinks(primary.sources, sources),
        checked: r.checked,
      };
    });
    const count = (status: string) => rows.filter((r) => r.checked === status).length;
    return {
      rows,
      meta: {
        title: 'Court cases and rulings: counterterrorism and kingpin tools against cartels',
        description:
          'Federal court case events (indictment … appellate ruling) in which the United States used FTO designations, material-support (18 U.S.C. 2339B) and narco-terrorism (21 U.S.C. 960a) charges, the terrorism enhancement, Kingpin Act prosecutions or Anti-Terrorism Act suits against Mexican cartels and related groups, plus major non-terrorism cartel-leader cases for context. Hand-compiled from public pages; every record cites its source with a verbatim quote and says whether an official primary text confirms it.',
        publisher: 'fentanyl-policy-kit (hand-compiled from DOJ releases, court opinions and news reports)',
        license: 'Facts compiled from public sources; quotes are short excerpts for verification. Code MIT.',
        credit: 'Court records and DOJ releases, compiled by fentanyl-policy-kit',
        citation:
          'fentanyl-policy-kit, "Court cases and rulings" dataset, compiled from the sources cited per record (newest source read: 2026-02-24).',
        released: '2026-02-24',
        sources: [
          {
            title: 'Hand-compiled case events (rulings/cases.csv)',
            publisher: 'fentanyl-policy-kit research; sources per record',
            url: 'https://www.justice.gov/news',
            released: '2026-02-24',
            files: [ctx.sourceFile(CASES_FILE, 'compiled from stored copies of public pages; see rulings/PROVENANCE.md')],
          },
        ],
        caveats: [
          `Hand-compiled and reviewed by one primary-source check (2026-11-26): ${count('confirmed')} records confirmed by an official primary text, ${count('contradicted')} contradicted, ${count('not_found')} not found in the stored copies. The \`checked\` field says which. None of the 4 records added on 2026-12-02 is backed by a DOJ or court text.`,
          'Many source URLs are republications of official releases (einpresswire, pubt.io, news copies) rather than justice.gov pages.',
          'Empty means unknown or not stated in the sources read, never "none". Docket numbers are missing for most 2025–2026 cases.',
          'No court ruling yet on whether 18 U.S.C. 2339B or 21 U.S.C. 960a properly applies to a designated cartel, and no conviction under them in a post-February-2025 cartel case, was found in the sources (newest read: February 2026).',
          'cliver-alcala-sentence-2024 is dated 2024-04-08 (corrected 2026-12-02): Reuters, devdiscourse, blazetrends and a VOA copy put the sentencing on Monday 2024-04-08; caraotadigital, the earlier source, says 2024-04-11. The S.D.N.Y. release was not found.',
          `Notes that can change ("Pending", "sentencing not set", "moved to …", "set for …") carry statusAsOf, the date they were true, derived from the record: a date its text gives, else the date in the address of the source that corrected it, else the newest source of the compilation (${COMPILED_THROUGH}) or the event's own date when later. ${rows.filter((r) => r.statusAsOf).length} records carry one.`,
          correctionsNote(corrections),
          linksNote(rows),
          'Conflicts between sources, listed and not resolved (rulings/PROVENANCE.md): Navarro-Sánchez arrest 2025-05-04 (DOJ as quoted) against 2025-05-05 (Mexican sources), and whether she and two co-defendants are charged with material support (ICE as quoted by Just the News) or not (2025 coverage); the January 2026 transfer on Tuesday 2026-01-20 (Just the News) against "el martes 21 de enero" (unomasuno; the 21st was a Wednesday); the Carvajal sentencing schedule (2026-01-26, a Fatico hearing reset to 2026-02-23, or 2026-04-16); the place of Inzunza Coronel\'s death (the Choix highlands or Guasave/Ahome; the date 2025-11-30 is agreed); the S.D. Ill. case (26 defendants with two Mexican nationals, or three Mexicans and 23 U.S. residents, or 34) and Angulo-Soto\'s charges; the MS-13 2023 arrests (four per AP, three per the DOJ text as republished).',
        ],
        revisions: [
          'Primary-source check of 2026-11-26 added primarySources and checked, and filled two docket cells (Jessica Oseguera).',
          "Additions and corrections of 2026-12-02 (curated-corrections-2026-12-02.csv): 4 records added (Gutiérrez-Ochoa sentence, Inzunza Noriega superseding indictment and arraignment, Caro Quintero trial date); 12 cells corrected (Inzunza Coronel's death dated 2025-11-30; Clíver Alcalá sentenced 2024-04-08 in S.D.N.Y.; Maduro docket 11-CR-205 and the hearing moved to 2026-03-26; Ovidio Guzmán López's docket and status-hearing dates; four more named defendants in the January 2026 transfer; Arévalo-Chávez still unruled as of 2025-09-22).",
        ],
      },
    };
  },
});
