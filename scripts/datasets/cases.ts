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
          'Hand-compiled and reviewed by one primary-source check: 15 records confirmed by an official primary text, 0 contradicted, 34 not found in the stored copies. The `checked` field says which.',
          'Many source URLs are republications of official releases (einpresswire, pubt.io, news copies) rather than justice.gov pages.',
          'Empty means unknown or not stated in the sources read, never "none". Docket numbers are missing for most 2025–2026 cases.',
          'No court ruling yet on whether 18 U.S.C. 2339B or 21 U.S.C. 960a properly applies to a designated cartel, and no conviction under them in a post-February-2025 cartel case, was found in the sources (newest read: February 2026).',
          'cliver-alcala-sentence-2024: Reuters and AP put the sentencing on Monday 2024-04-08; the record\'s 2024-04-11 rests on a single outlet. Unresolved in the source file.',
        ],
        revisions: ['Primary-source check of 2026-11-26 added primarySources and checked, and filled two docket cells (Jessica Oseguera).'],
      },
    };
  },
});
