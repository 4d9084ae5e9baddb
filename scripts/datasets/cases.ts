/** Build step of `cases`, from the hand-compiled `rulings/cases.csv` (see its PROVENANCE.md). */
import { defineSchema } from '../../src/schema.js';
import { CASE_EVENT_TYPES, CHECK_STATUSES, casesSchema, type CaseEvent } from '../../src/datasets/cases.js';
import { pairSources } from '../../src/datasets/sources.js';
import { defineDataset } from '../pipeline/dataset.js';

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

const split = (cell: string | null) => (cell ?? '').split('; ').map((s) => s.trim()).filter(Boolean);

export const cases = defineDataset({
  name: 'cases',
  schema: casesSchema,
  rowType: { name: 'CaseEvent', module: '../../src/datasets/cases.js' },
  coverageField: 'date',
  build(ctx) {
    const table = ctx.readTable(CASES_FILE, rawCasesSchema);
    const rows: CaseEvent[] = table.rows.map((r, i) => {
      const primary = pairSources(r.primary_source_url ?? '', r.primary_quote ?? '');
      if (primary.unpairedQuote) {
        ctx.problem({ file: CASES_FILE, row: table.lines[i], column: 'primary_quote', value: r.primary_quote ?? '', expected: 'one excerpt per primary URL' });
      }
      return {
        id: r.id,
        date: r.date,
        eventType: r.event_type,
        caseName: r.case_name,
        courts: split(r.court),
        docket: r.docket,
        defendants: split(r.defendants),
        organizations: split(r.organization),
        statutes: split(r.statutes),
        terrorismRelated: r.terrorism_related,
        outcome: r.outcome_summary,
        sentence: r.sentence,
        sourceTitle: r.source_title,
        sources: [{ url: r.source_url, quote: r.quote }],
        primarySources: primary.sources,
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
        citation: 'fentanyl-policy-kit, "Court cases and rulings" dataset, compiled from the sources cited per record (newest source read: 2026-02-24).',
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
          'Notes such as "sentencing set for …" or "Pending" are true as of the newest source read (2026-02-24 for the records compiled before 2026-12-02).',
          'Conflicts between sources, listed and not resolved (rulings/PROVENANCE.md): Navarro-Sánchez arrest 2025-05-04 (DOJ as quoted) against 2025-05-05 (Mexican sources), and whether she and two co-defendants are charged with material support (ICE as quoted by Just the News) or not (2025 coverage); the January 2026 transfer on Tuesday 2026-01-20 (Just the News) against "el martes 21 de enero" (unomasuno; the 21st was a Wednesday); the Carvajal sentencing schedule (2026-01-26, a Fatico hearing reset to 2026-02-23, or 2026-04-16); the place of Inzunza Coronel\'s death (the Choix highlands or Guasave/Ahome; the date 2025-11-30 is agreed); the S.D. Ill. case (26 defendants with two Mexican nationals, or three Mexicans and 23 U.S. residents, or 34) and Angulo-Soto\'s charges; the MS-13 2023 arrests (four per AP, three per the DOJ text as republished).',
        ],
        revisions: [
          'Primary-source check of 2026-11-26 added primarySources and checked, and filled two docket cells (Jessica Oseguera).',
          'Additions and corrections of 2026-12-02 (curated-corrections-2026-12-02.csv): 4 records added (Gutiérrez-Ochoa sentence, Inzunza Noriega superseding indictment and arraignment, Caro Quintero trial date); 12 cells corrected (Inzunza Coronel\'s death dated 2025-11-30; Clíver Alcalá sentenced 2024-04-08 in S.D.N.Y.; Maduro docket 11-CR-205 and the hearing moved to 2026-03-26; Ovidio Guzmán López\'s docket and status-hearing dates; four more named defendants in the January 2026 transfer; Arévalo-Chávez still unruled as of 2025-09-22).',
        ],
      },
    };
  },
});
