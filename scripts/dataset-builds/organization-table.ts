/**
 * The editorial table of organizations: which names the designation and case records write are one
 * organization, with its display names and kind. Its own module because the designations and cases
 * build steps look names up in it while the organizations step reads their raw files.
 */
import type { OrganizationKind } from '../../src/dataset-schemas/organizations.js';

interface Decision {
  readonly id: string;
  readonly name: string;
  readonly nameEs: string;
  readonly kind: OrganizationKind;
  /** Names as the records write them: designations' `organization` and cases' `organization` entries. */
  readonly written: readonly string[];
  /** Names a quote in the records gives it (checked to be there), beyond the written names and OFAC's. */
  readonly quotedNames?: readonly string[];
  /** Only for an organization with no OFAC address: its countries and the quote that states them (checked to be in the records). */
  readonly countries?: { readonly values: readonly string[]; readonly quote: string };
  readonly note?: string;
}

/**
 * The editorial table. Rules: the English name is OFAC's primary name or its English alias; the
 * Spanish name is the Spanish form in the records or OFAC's aliases, else the English one. A case
 * name with a note ("Sinaloa Cartel (Chapitos faction)") belongs to the organization it names.
 */
export const ORGANIZATION_DECISIONS: readonly Decision[] = [
  {
    id: 'sinaloa-cartel',
    name: 'Sinaloa Cartel',
    nameEs: 'Cártel de Sinaloa',
    kind: 'cartel',
    written: [
      'Cartel de Sinaloa',
      'Sinaloa Cartel',
      'Sinaloa Cartel (Chapitos faction)',
      'Sinaloa Cartel (Beltrán Leyva Organization faction)',
      'Sinaloa Cartel (Guadalajara Cartel predecessor)',
    ],
    note: 'State\'s FTO notice writes "Cartel de Sinaloa", OFAC "SINALOA CARTEL" (ent_num 11440): one organization. Cases that name a faction ("Chapitos faction", "Beltrán Leyva Organization faction") stay on the Sinaloa Cartel, as their sources write it; Los Chapitos and Los Mayos, designated separately in 2025, have their own rows.',
  },
  {
    id: 'cjng',
    name: 'Jalisco New Generation Cartel (CJNG)',
    nameEs: 'Cártel de Jalisco Nueva Generación (CJNG)',
    kind: 'cartel',
    written: ['Cartel de Jalisco Nueva Generacion', 'CJNG'],
  },
  { id: 'gulf-cartel', name: 'Gulf Cartel', nameEs: 'Cártel del Golfo', kind: 'cartel', written: ['Cartel del Golfo', 'Gulf Cartel'] },
  {
    id: 'cartel-del-noreste',
    name: 'Cartel del Noreste (formerly Los Zetas)',
    nameEs: 'Cártel del Noreste (antes Los Zetas)',
    kind: 'cartel',
    written: ['Cartel del Noreste', 'Los Zetas'],
    note: 'One OFAC entry (ent_num 11438): named LOS ZETAS on the 2024-05-03 list and CARTEL DEL NORESTE on the 2026 list, and the FTO record calls it "Cártel del Noreste (formerly Los Zetas)". Merged: the Kingpin (2009), TCO (2011) and E.O. 14059 (2021) records of Los Zetas share the row of the 2025 FTO designation; each record keeps the name it was designated under.',
  },
  { id: 'carteles-unidos', name: 'Carteles Unidos', nameEs: 'Cárteles Unidos', kind: 'cartel', written: ['Carteles Unidos'] },
  {
    id: 'la-nueva-familia-michoacana',
    name: 'La Nueva Familia Michoacana',
    nameEs: 'La Nueva Familia Michoacana',
    kind: 'cartel',
    written: ['La Nueva Familia Michoacana'],
  },
  {
    id: 'la-familia-michoacana',
    name: 'La Familia Michoacana',
    nameEs: 'La Familia Michoacana',
    kind: 'cartel',
    written: ['La Familia Michoacana'],
    note: 'Kept apart from La Nueva Familia Michoacana: OFAC lists them as two entries (11439 and 39376).',
  },
  {
    id: 'juarez-cartel',
    name: 'Juárez Cartel',
    nameEs: 'Cártel de Juárez',
    kind: 'cartel',
    written: ['Juarez Cartel', 'Juárez Cartel', 'La Línea'],
    note: '"La Línea" is an OFAC alias of the Juárez Cartel entry (ent_num 8237).',
  },
  {
    id: 'beltran-leyva-organization',
    name: 'Beltrán Leyva Organization',
    nameEs: 'Beltrán Leyva Organization',
    kind: 'cartel',
    written: ['Beltran Leyva Organization', 'Beltrán Leyva Organization'],
  },
  {
    id: 'los-cuinis',
    name: 'Los Cuinis',
    nameEs: 'Los Cuinis',
    kind: 'cartel',
    written: ['Los Cuinis Drug Trafficking Organization', 'Los Cuinis'],
  },
  {
    id: 'los-chapitos',
    name: 'Los Chapitos',
    nameEs: 'Los Chapitos',
    kind: 'cartel',
    written: ['Los Chapitos'],
    note: 'A Sinaloa Cartel faction with its own OFAC entry (54417) since 2025.',
  },
  {
    id: 'los-mayos',
    name: 'Los Mayos',
    nameEs: 'Los Mayos',
    kind: 'cartel',
    written: ['Los Mayos'],
    note: 'A Sinaloa Cartel faction with its own OFAC entry (54696) since 2025.',
  },
  { id: 'los-viagras', name: 'Los Viagras', nameEs: 'Los Viagras', kind: 'cartel', written: ['Los Viagras'] },
  {
    id: 'cartel-de-santa-rosa-de-lima',
    name: 'Santa Rosa de Lima Cartel',
    nameEs: 'Cártel de Santa Rosa de Lima',
    kind: 'cartel',
    written: ['Cartel de Santa Rosa de Lima'],
  },
  {
    id: 'guadalajara-cartel',
    name: 'Guadalajara Cartel',
    nameEs: 'Cártel de Guadalajara',
    kind: 'cartel',
    written: ['Guadalajara Cartel'],
    quotedNames: ['Cártel de Guadalajara'],
    note: 'The 1980s organization of the Caro Quintero and Camarena cases, kept apart from the Sinaloa Cartel (a case record calls it the Sinaloa Cartel\'s predecessor), although OFAC\'s 2024 remarks give "GUADALAJARA CARTEL" as a former name of 11440 SINALOA CARTEL; so no OFAC entry is attached. No country: no source read states one for the organization.',
  },
  {
    id: 'norte-del-valle-cartel',
    name: 'Norte del Valle Cartel',
    nameEs: 'Norte del Valle Cartel',
    kind: 'cartel',
    written: ['Norte del Valle Cartel'],
    note: 'No OFAC entry under this name, and no country stated in the source read (Zapata v. HSBC).',
  },
  {
    id: 'los-lobos',
    name: 'Los Lobos',
    nameEs: 'Los Lobos',
    kind: 'cartel',
    written: ['Los Lobos'],
    note: 'OFAC names it LOS LOBOS DRUG TRAFFICKING ORGANIZATION (49081); kept apart from Los Choneros (47286).',
  },
  { id: 'los-choneros', name: 'Los Choneros', nameEs: 'Los Choneros', kind: 'criminal-group', written: ['Los Choneros'] },
  {
    id: 'clan-del-golfo',
    name: 'Clan del Golfo',
    nameEs: 'Clan del Golfo',
    kind: 'criminal-group',
    written: ['Clan del Golfo'],
    note: 'State calls it "a major Colombia-based criminal group"; not the Gulf Cartel (Cartel del Golfo) of Mexico.',
  },
  {
    id: 'hysa-organized-crime-group',
    name: 'Hysa Organized Crime Group',
    nameEs: 'Hysa Organized Crime Group',
    kind: 'criminal-group',
    written: ['Hysa Organized Crime Group'],
  },
  {
    id: 'ms-13',
    name: 'MS-13 (Mara Salvatrucha)',
    nameEs: 'Mara Salvatrucha (MS-13)',
    kind: 'gang',
    written: ['Mara Salvatrucha', 'MS-13'],
  },
  { id: 'barrio-18', name: 'Barrio 18', nameEs: 'Barrio 18', kind: 'gang', written: ['Barrio 18'] },
  { id: 'tren-de-aragua', name: 'Tren de Aragua', nameEs: 'Tren de Aragua', kind: 'gang', written: ['Tren de Aragua'] },
  { id: 'comando-vermelho', name: 'Comando Vermelho', nameEs: 'Comando Vermelho', kind: 'gang', written: ['Comando Vermelho'] },
  {
    id: 'primeiro-comando-da-capital',
    name: 'Primeiro Comando da Capital (PCC)',
    nameEs: 'Primeiro Comando da Capital (PCC)',
    kind: 'gang',
    written: ['Primeiro Comando da Capital'],
  },
  {
    id: 'cartel-de-los-soles',
    name: 'Cartel de los Soles',
    nameEs: 'Cartel de los Soles',
    kind: 'state-actor',
    written: ['Cartel de los Soles', 'Cartel de los Soles (alleged partner)'],
    note: 'Kind state-actor: the cited Treasury text calls it a "cartel venezuelano liderado por Maduro" (led by officials). OFAC\'s English alias CARTEL OF THE SUNS is kept as an alias; State and Treasury write "Cartel de los Soles".',
  },
  {
    id: 'eln',
    name: 'National Liberation Army (ELN)',
    nameEs: 'Ejército de Liberación Nacional (ELN)',
    kind: 'guerrilla',
    written: ['ELN', 'ELN (National Liberation Army)'],
    note: '"ELN" and "ELN (National Liberation Army)" are one organization: OFAC entry 4706 NATIONAL LIBERATION ARMY, aliases ELN and EJERCITO DE LIBERACION NACIONAL. No country: OFAC gives no address and no source read states one.',
  },
  {
    id: 'farc',
    name: 'FARC',
    nameEs: 'FARC',
    kind: 'guerrilla',
    written: ['FARC'],
    countries: { values: ['Colombia'], quote: 'Revolutionary Armed Forces of Colombia (FARC)' },
    note: 'No OFAC entry attached: the 2026 list has 33983 REVOLUTIONARY ARMED FORCES OF COLOMBIA - PEOPLE\'S ARMY (alias FARC-EP), and the sources do not say that the FARC of these cases is that entry. Country: "Revolutionary Armed Forces of Colombia" (Reuters, cited on the Alcalá record).',
  },
  {
    id: 'cibanco',
    name: 'CIBanco',
    nameEs: 'CIBanco',
    kind: 'financial-institution',
    written: ['CIBanco S.A., Institución de Banca Multiple'],
    countries: { values: ['Mexico'], quote: 'three Mexico-based financial institutions' },
    note: 'Named in a FinCEN section 2313a order (2025-06-25), not a criminal group. Country: "Mexico-based financial institutions" (FinCEN).',
  },
  {
    id: 'intercam',
    name: 'Intercam',
    nameEs: 'Intercam',
    kind: 'financial-institution',
    written: ['Intercam Banco S.A., Institución de Banca Multiple'],
    countries: { values: ['Mexico'], quote: 'three Mexico-based financial institutions' },
    note: 'Named in a FinCEN section 2313a order (2025-06-25), not a criminal group. Country: "Mexico-based financial institutions" (FinCEN).',
  },
  {
    id: 'vector',
    name: 'Vector Casa de Bolsa',
    nameEs: 'Vector Casa de Bolsa',
    kind: 'financial-institution',
    written: ['Vector Casa de Bolsa, S.A. de C.V.'],
    quotedNames: ['Vector Casa de Bolsa'],
    countries: { values: ['Mexico'], quote: 'three Mexico-based financial institutions' },
    note: 'Named in a FinCEN section 2313a order (2025-06-25), not a criminal group. Country: "Mexico-based financial institutions" (FinCEN).',
  },
  {
    id: 'kovay-gardens',
    name: 'Kovay Gardens (timeshare-fraud network)',
    nameEs: 'Kovay Gardens (red de fraude de tiempo compartido)',
    kind: 'business-network',
    written: ['Kovay Gardens timeshare-fraud network (CJNG-linked; resort, 5 individuals, 17 companies)'],
    note: 'A CJNG-linked resort, 5 individuals and 17 companies designated together (OFAC entry 56462 KOVAY GARDENS); kept apart from the CJNG, which the record names only as linked.',
  },
];

const ID_OF = new Map(ORGANIZATION_DECISIONS.flatMap((d) => d.written.map((w) => [w, d.id] as const)));

/** The organization id of a name as a designation or case record writes it; undefined when the table does not list it. */
export function organizationIdOf(written: string): string | undefined {
  return ID_OF.get(written);
}
