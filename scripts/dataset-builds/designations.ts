/** Build step of `designations`, from the hand-compiled `designations/fto-cartel-designations.csv` (see its PROVENANCE.md §5). */
import { defineSchema } from '../../src/schema-engine.js';
import { CHECK_STATUSES } from '../../src/dataset-schemas/cases.js';
import { DESIGNATION_TYPES, designationsSchema, type Designation } from '../../src/dataset-schemas/designations.js';
import { pairSources, sourceLinks, type SourceQuote } from '../../src/dataset-schemas/sources.js';
import { defineDataset } from '../pipeline/dataset.js';
import { applyCorrections, correctionsNote } from './corrections.js';
import { organizationIdOf } from './organization-table.js';
import { linksNote } from './links-note.js';
import type { BuildContext } from '../pipeline/context.js';

export const DESIGNATIONS_FILE = 'designations/fto-cartel-designations.csv';

/** The raw file's columns, exactly as published. */
export const rawDesignationsSchema = defineSchema({
  name: DESIGNATIONS_FILE,
  fields: {
    organization: { type: 'string', description: '' },
    aliases: { type: 'string', nullable: true, description: '' },
    designation_type: { type: 'enum', values: DESIGNATION_TYPES, description: '' },
    authority: { type: 'string', description: '' },
    date: { type: 'date', nullable: true, description: '' },
    federal_register_citation: { type: 'string', nullable: true, description: '' },
    source_url: { type: 'string', description: '' },
    quote: { type: 'string', description: '' },
    primary_source_url: { type: 'string', nullable: true, description: '' },
    primary_quote: { type: 'string', nullable: true, description: '' },
    checked: { type: 'enum', values: CHECK_STATUSES, description: '' },
  },
});

const INDIVIDUAL = /\s*\(individual\)$/;
const ALIAS_SEPARATOR = designationsSchema.fields.aliases.separator;

/** Splits the aliases cell on "; " outside parentheses: notes like "(OFAC alias of ent_num 49756 in 2026 alt.csv; primary SDN name not verified)" hold "; " themselves. */
export function splitAliases(cell: string): string[] | null {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return null;
    else if (depth === 0 && cell.startsWith('; ', i)) {
      items.push(cell.slice(start, i));
      start = i + 2;
    }
  }
  if (depth !== 0) return null;
  items.push(cell.slice(start));
  return items.map((s) => s.trim()).filter(Boolean);
}

/** Lower-case ASCII slug; accents are dropped ("Cártel" → "cartel"). */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function checkUrls(ctx: BuildContext, sources: readonly SourceQuote[], row: number | undefined, column: string): void {
  for (const { url } of sources) {
    if (!/^https?:\/\/\S+$/.test(url)) ctx.problem({ file: DESIGNATIONS_FILE, row, column, value: url, expected: 'an http(s) URL' });
  }
}

export const designations = defineDataset({
  name: 'designations',
  schema: designationsSchema,
  rowType: { name: 'Designation', module: '../../src/dataset-schemas/designations.js' },
  coverageField: 'date',
  build(ctx) {
    const table = ctx.readTable(DESIGNATIONS_FILE, rawDesignationsSchema);
    const corrections = applyCorrections(
      ctx,
      DESIGNATIONS_FILE,
      table,
      (r) => `${r.organization} | ${r.designation_type} | ${r.date ?? '(no date)'}`,
    );
    const firstLine = new Map<string, number | undefined>();
    const rows: Designation[] = table.rows.map((r, i) => {
      const line = table.lines[i];
      const problem = (column: string, value: string, expected: string) =>
        ctx.problem({ file: DESIGNATIONS_FILE, row: line, column, value, expected });

      const individual = INDIVIDUAL.test(r.organization);
      const party = r.organization.replace(INDIVIDUAL, '');
      const organizationId = individual ? null : (organizationIdOf(r.organization) ?? null);
      if (!individual && !organizationId)
        problem('organization', r.organization, 'a party listed in ORGANIZATION_DECISIONS (scripts/dataset-builds/organization-table.ts)');
      const id = `${slug(party)}-${slug(r.designation_type)}-${r.date ?? 'undated'}`;
      if (firstLine.has(id))
        problem('organization+designation_type+date', id, `one row per (party, type, date) (first seen at row ${firstLine.get(id)})`);
      else firstLine.set(id, line);

      const aliases = splitAliases(r.aliases ?? '');
      if (!aliases) problem('aliases', r.aliases ?? '', 'balanced parentheses');
      for (const a of aliases ?? [])
        if (a.includes(ALIAS_SEPARATOR.trim()))
          problem('aliases', a, `no "${ALIAS_SEPARATOR.trim()}" inside an alias (it separates aliases in the output)`);
      const entNums = [...new Set([...(r.aliases ?? '').matchAll(/\bent_num (\d+)/g)].map((m) => Number(m[1])))];
      if (entNums.length > 1) problem('aliases', r.aliases ?? '', 'at most one OFAC ent_num per row');

      const cited = pairSources(r.source_url, r.quote);
      checkUrls(ctx, cited.sources, line, 'source_url');
      // The primary-source check wrote one excerpt per official URL; anything else is a slip to fix in the file.
      const primary = pairSources(r.primary_source_url ?? '', r.primary_quote ?? '');
      checkUrls(ctx, primary.sources, line, 'primary_source_url');
      if (primary.unpairedQuote) problem('primary_quote', r.primary_quote ?? '', 'one excerpt per primary URL');
      if (r.checked === 'confirmed' && primary.sources.length === 0)
        problem('primary_source_url', '', 'an official source on a confirmed row');

      return {
        id,
        party,
        partyKind: individual ? 'individual' : 'organization',
        organizationId,
        aliases: aliases ?? [],
        ofacEntNum: entNums[0] ?? null,
        type: r.designation_type,
        authority: r.authority,
        date: r.date,
        federalRegister: r.federal_register_citation,
        sources: cited.sources,
        quoteText: cited.unpairedQuote,
        primarySources: primary.sources,
        links: sourceLinks(primary.sources, cited.sources),
        checked: r.checked,
      };
    });
    const count = (status: string) => rows.filter((r) => r.checked === status).length;
    const undated = rows.filter((r) => r.date === null).map((r) => r.id);
    return {
      rows,
      meta: {
        title: 'US designations of cartels and criminal networks (FTO, SDGT, Kingpin Act, TCO, E.O. 14059)',
        description:
          'Designation actions of the State Department, Treasury (OFAC) and the White House against Mexican cartels and related groups: one record per designated party, designation type and date, from the first Kingpin Act list (2000) to the 2025–26 FTO and SDGT designations, plus FinCEN section 2313a orders against three Mexican financial institutions (2025). Hand-compiled from pages that were read; every record cites its sources with verbatim quotes and says whether an official primary text confirms it.',
        publisher: 'U.S. Department of State, U.S. Department of the Treasury (OFAC) and the White House; compiled by fentanyl-policy-kit',
        license:
          'Facts compiled from public sources (the official acts are US federal government works); quotes are short excerpts for verification. Code MIT.',
        credit: 'State Department, Treasury OFAC and White House designations, compiled by fentanyl-policy-kit',
        citation:
          'fentanyl-policy-kit, "US designations of cartels and criminal networks" dataset, compiled from the sources cited per record (newest designation: 2026-06-05; primary-source check: 2026-11-26; additions and corrections: 2026-12-02).',
        released: '2026-06-05',
        sources: [
          {
            title: 'Hand-compiled designation table (designations/fto-cartel-designations.csv)',
            publisher: 'fentanyl-policy-kit research; sources per record',
            url: 'https://www.state.gov/foreign-terrorist-organizations',
            released: '2026-06-05',
            files: [
              ctx.sourceFile(
                DESIGNATIONS_FILE,
                'compiled by hand from stored copies of public pages (2026-11-26; additions and corrections 2026-12-02); see designations/PROVENANCE.md',
              ),
            ],
          },
        ],
        caveats: [
          `Hand-compiled and reviewed by one primary-source check (2026-11-26): ${count('confirmed')} records confirmed by an official text, ${count('contradicted')} contradicted, ${count('not_found')} not found in the stored copies. The \`checked\` field says which; anyone publishing should re-check each record against federalregister.gov, state.gov and home.treasury.gov.`,
          'Sources are of mixed kinds: official pages (White House archives, treasury.gov, FRASER copies of Treasury releases), Federal Register mirrors (lexbuild.dev; usregs.ai, of which only titles are quoted), a CRS Insight mirror, law-firm notes, news copies and sites reposting Treasury or State text. The Federal Register itself and state.gov were not read for the 2025 notices.',
          `date is null where no source read gives it: ${undated.join(', ')}. The Clan del Golfo SDGT notice was not found (its FTO designation took effect 2025-12-17); no Federal Register date was found for the FTO designations of Los Choneros, Los Lobos and Barrio 18 (their SDGT records are dated); the Juárez Cartel FTO and SDGT and Los Viagras FTO records rest on OFAC list data only (the tags are on OFAC's list as published 2026-07-23 and 2026-08-20), with no date in any source read.`,
          'OFAC entity numbers are not a date proxy and no date was inferred from one: Cartel de los Soles (SDGT 2025-07-25) has 55025, higher than Los Mayos (2025-09-18, 54696); Los Viagras (52435) has a lower number than Carteles Unidos (52892, designated 2025-02-20), which may mean Los Viagras was on the SDN list before its 2025-08-14 action (unresolved).',
          'FinCEN-2313a records are orders of Treasury\'s FinCEN (21 U.S.C. 2313a) against three Mexican financial institutions (CIBanco, Intercam, Vector Casa de Bolsa), issued 2025-06-25 (fincen.gov); they are not list designations of a criminal group. The date is the issue date: the orders took effect 21 days after Federal Register publication (2025-07-21), extended to 2025-09-04 and then to 2025-10-20 (fincen.gov). A secondary source says Treasury announced them "este martes" (a Tuesday); FinCEN\'s own release says June 25, a Wednesday.',
          'Cartel de Santa Rosa de Lima TCO is dated 2025-12-17 (Anadolu, bci24news, theclearmediaproject); CBS News Texas, dated 2025-12-17, speaks of "Tuesday\'s action" (2025-12-16). Unresolved; the record keeps 2025-12-17.',
          "Comando Vermelho and Primeiro Comando da Capital (FTO and SDGT) are dated 2026-06-05, the effective date in one copy of the State announcement (globalindepth); OFAC's June-2026 address file, downloaded on or before 2026-06-02, already holds entry 57817 COMANDO VERMELHO, so OFAC listed it before 5 June. The announcement date was not found. Both are recorded; the record keeps 2026-06-05.",
          'The Kovay Gardens record (2026-02-19) is a CJNG-linked timeshare-fraud network (a resort, 5 individuals and 17 companies) designated as one action; it is not confirmed by an official text.',
          '90 FR 10030 is carried only by the Tren de Aragua FTO record, where the Supreme Court cites it (Trump v. J.G.G., 2025). FR Doc. 2025-02873 is one notice naming all eight 2025-02-20 FTOs, so the page very likely applies to all eight, but it is not filled where no source ties it to the party. The page of the SDGT notice (FR Doc. 2025-02870) is unknown.',
          'The 2021-12-15 E.O. 14059 records: Treasury release jy0535 gives the date and "25 actors" but the excerpt read does not name them. Each organization is tied to the action by the OFAC SDN data: its ILLICIT-DRUGS-EO tag first appears in the scrape of 2021-12-16T01:42:52Z (previous scrape 2021-12-10).',
          'MS-13 TCO (2012-10-11) is confirmed to the month only; the day rests on a secondary source. La Familia Michoacana Kingpin 2009-04-15 is a composite of two official sources. The Gulf Cartel Kingpin 2007-06-01 link between name and date rests on an AP story (the White House names "five individuals and one entity").',
          'The Clan del Golfo FTO record: the State Department announced it on 2025-12-16; the designation took effect on Federal Register publication, 2025-12-17 (90 FR 58775).',
          `quoteText holds the whole quote cell for the ${rows.filter((r) => r.quoteText !== null).length} records whose sources give a different number of excerpts than URLs; on single-URL records all excerpts sit on that URL, separated by " | ".`,
          correctionsNote(corrections),
          linksNote(rows),
          'aliases mixes names from the cited sources with OFAC names and aliases (2024-05-03 sdn.csv, 2026 alt.csv and OFAC\'s list as published 2026-08-20), marked "(OFAC …)".',
        ],
        revisions: [
          'Primary-source check of 2026-11-26 added primarySources and checked, dated the Clan del Golfo FTO record 2025-12-17 with 90 FR 58775; FR Doc. 2025-23133 (the cell had been empty), and added 90 FR 10030 to the Tren de Aragua FTO record.',
          'Additions and corrections of 2026-12-02 (curated-corrections-2026-12-02.csv): 27 records added (2025–26 events, the FinCEN-2313a orders, undated records from OFAC list data); the OFAC entity numbers and 2026 primary names of every 2025 FTO/SDGT record, Cartel de los Soles, Clan del Golfo and the Tren de Aragua TCO record added to aliases (21 corrections), so those records now carry ofacEntNum.',
        ],
      },
    };
  },
});
