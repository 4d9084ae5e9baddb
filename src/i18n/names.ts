/**
 * The one table of names a reader sees, in English and Spanish: drug indicators, jurisdictions,
 * seizure drugs and regions, court-case event types. Every chart, note, table and summary reads
 * its names from here, so a drug is called the same on every element of a page.
 *
 * Drug indicators have two forms (docs/ARCHITECTURE.md, "Names"):
 * - `short`, in chart labels, legends, axes and sentences: CDC's category with what it mainly
 *   counts, e.g. "synthetic opioids (mainly fentanyl)", as CDC's own reports write it ("synthetic
 *   opioids other than methadone (primarily illegally made fentanyl)").
 * - `long`, in notes and definitions: CDC's category in full with its ICD-10 code, e.g. "synthetic
 *   opioids other than methadone (ICD-10 T40.4: fentanyl, fentanyl analogues, tramadol)".
 * CDC's exact indicator label stays in `INDICATOR_INFO` and the dataset's meta.
 */
import { DRUG_INDICATORS, OVERDOSE_FOOTNOTES, type DrugIndicator, type OverdoseFootnote } from '../dataset-schemas/overdoses.js';
import type { DesignationType } from '../dataset-schemas/designations.js';
import type { SeizureDrug, SeizureRegion } from '../dataset-schemas/seizures.js';
import type { ProvisionalFlag } from '../headlines.js';
import { jurisdictionName, type Jurisdiction } from '../jurisdictions.js';
import { capitalize, formatNumber, messages, type Formats, type Lang } from './index.js';

export { DRUG_INDICATORS, type DrugIndicator };

/** A name in its two forms. */
export interface DisplayName {
  readonly short: string;
  readonly long: string;
}

export type NameForm = keyof DisplayName;

const DRUGS: Record<Lang, Record<DrugIndicator, DisplayName>> = {
  en: {
    'all-drugs': { short: 'all drugs', long: 'all drugs (every drug overdose death)' },
    opioids: { short: 'opioids', long: 'opioids (ICD-10 T40.0–T40.4, T40.6)' },
    'natural-semisynthetic-synthetic-opioids': {
      short: 'natural, semi-synthetic and synthetic opioids',
      long: 'natural, semi-synthetic and synthetic opioids, including methadone (ICD-10 T40.2–T40.4)',
    },
    'natural-semisynthetic-opioids-methadone': {
      short: 'natural and semi-synthetic opioids and methadone',
      long: 'natural and semi-synthetic opioids, including methadone (ICD-10 T40.2, T40.3)',
    },
    'natural-semisynthetic-opioids': {
      short: 'natural and semi-synthetic opioids',
      long: 'natural and semi-synthetic opioids, such as oxycodone and morphine (ICD-10 T40.2)',
    },
    methadone: { short: 'methadone', long: 'methadone (ICD-10 T40.3)' },
    // T40.4 counts fentanyl, its analogues and tramadol: broader than fentanyl alone, so "mainly".
    'synthetic-opioids': {
      short: 'synthetic opioids (mainly fentanyl)',
      long: 'synthetic opioids other than methadone (ICD-10 T40.4: fentanyl, fentanyl analogues, tramadol)',
    },
    heroin: { short: 'heroin', long: 'heroin (ICD-10 T40.1)' },
    cocaine: { short: 'cocaine', long: 'cocaine (ICD-10 T40.5)' },
    psychostimulants: {
      short: 'psychostimulants (mainly methamphetamine)',
      long: 'psychostimulants with abuse potential (ICD-10 T43.6: mainly methamphetamine)',
    },
  },
  es: {
    'all-drugs': { short: 'todas las drogas', long: 'todas las drogas (toda muerte por sobredosis)' },
    opioids: { short: 'opioides', long: 'opioides (CIE-10 T40.0–T40.4, T40.6)' },
    'natural-semisynthetic-synthetic-opioids': {
      short: 'opioides naturales, semisintéticos y sintéticos',
      long: 'opioides naturales, semisintéticos y sintéticos, incluida la metadona (CIE-10 T40.2–T40.4)',
    },
    'natural-semisynthetic-opioids-methadone': {
      short: 'opioides naturales y semisintéticos y metadona',
      long: 'opioides naturales y semisintéticos, incluida la metadona (CIE-10 T40.2, T40.3)',
    },
    'natural-semisynthetic-opioids': {
      short: 'opioides naturales y semisintéticos',
      long: 'opioides naturales y semisintéticos, como la oxicodona y la morfina (CIE-10 T40.2)',
    },
    methadone: { short: 'metadona', long: 'metadona (CIE-10 T40.3)' },
    'synthetic-opioids': {
      short: 'opioides sintéticos (sobre todo fentanilo)',
      long: 'opioides sintéticos distintos de la metadona (CIE-10 T40.4: fentanilo, análogos del fentanilo, tramadol)',
    },
    heroin: { short: 'heroína', long: 'heroína (CIE-10 T40.1)' },
    cocaine: { short: 'cocaína', long: 'cocaína (CIE-10 T40.5)' },
    psychostimulants: {
      short: 'psicoestimulantes (sobre todo metanfetamina)',
      long: 'psicoestimulantes con potencial de abuso (CIE-10 T43.6: sobre todo metanfetamina)',
    },
  },
};

/** "synthetic opioids (mainly fentanyl)"; `capital` for a label that starts a line, `form: 'long'` for a note. */
export function drugName(lang: Lang, drug: DrugIndicator, options: { readonly capital?: boolean; readonly form?: NameForm } = {}): string {
  const name = DRUGS[lang][drug][options.form ?? 'short'];
  return options.capital ? capitalize(lang, name) : name;
}

const SEIZURE_DRUGS: Record<Lang, Record<SeizureDrug, string>> = {
  en: {
    cocaine: 'cocaine',
    ecstasy: 'ecstasy',
    fentanyl: 'fentanyl',
    heroin: 'heroin',
    ketamine: 'ketamine',
    khat: 'khat',
    lsd: 'LSD',
    marijuana: 'marijuana',
    methamphetamine: 'methamphetamine',
    other: 'other drugs',
  },
  es: {
    cocaine: 'cocaína',
    ecstasy: 'éxtasis',
    fentanyl: 'fentanilo',
    heroin: 'heroína',
    ketamine: 'ketamina',
    khat: 'khat',
    lsd: 'LSD',
    marijuana: 'marihuana',
    methamphetamine: 'metanfetamina',
    other: 'otras drogas',
  },
};

/** A CBP drug type: "fentanyl"; `capital` for a legend entry. */
export function seizureDrugName(lang: Lang, drug: SeizureDrug, options: { readonly capital?: boolean } = {}): string {
  const name = SEIZURE_DRUGS[lang][drug];
  return options.capital ? capitalize(lang, name) : name;
}

const REGIONS: Record<Lang, Record<SeizureRegion, string>> = {
  en: { 'southwest-border': 'Southwest border', 'northern-border': 'Northern border', 'coastal-interior': 'coastal and interior' },
  es: { 'southwest-border': 'frontera suroeste', 'northern-border': 'frontera norte', 'coastal-interior': 'costa e interior' },
};

export function regionName(lang: Lang, region: SeizureRegion): string {
  return REGIONS[lang][region];
}

// Spanish names where Spanish-language newsrooms use one; the others are written as in English.
const SPANISH_PLACES: Partial<Record<Jurisdiction, string>> = {
  US: 'Estados Unidos',
  DC: 'Distrito de Columbia',
  HI: 'Hawái',
  LA: 'Luisiana',
  MS: 'Misisipi',
  MO: 'Misuri',
  NC: 'Carolina del Norte',
  SC: 'Carolina del Sur',
  ND: 'Dakota del Norte',
  SD: 'Dakota del Sur',
  NH: 'Nuevo Hampshire',
  NJ: 'Nueva Jersey',
  NM: 'Nuevo México',
  OR: 'Oregón',
  PA: 'Pensilvania',
  WV: 'Virginia Occidental',
  YC: 'Ciudad de Nueva York',
};

/**
 * CDC's `NY` is New York State without New York City (which is `YC`), so its name says so wherever
 * it is shown; the long form spells it out for notes.
 */
const NEW_YORK: Record<Lang, DisplayName> = {
  en: { short: 'New York excl. NYC', long: 'New York State excluding New York City' },
  es: { short: 'Nueva York sin NYC', long: 'estado de Nueva York sin la ciudad de Nueva York' },
};

/** A jurisdiction's name (never its code): "West Virginia", "Virginia Occidental". */
export function placeName(lang: Lang, code: Jurisdiction, options: { readonly form?: NameForm } = {}): string {
  if (code === 'NY') return NEW_YORK[lang][options.form ?? 'short'];
  return PLACE_NAMES[lang][code] ?? jurisdictionName(code);
}

/** Names that differ from the jurisdictions table's (English, the source's), by language. */
const PLACE_NAMES: Record<Lang, Partial<Record<Jurisdiction, string>>> = { en: {}, es: SPANISH_PLACES };

/** Why a value is missing: CDC's footnote, or a gap in the data. */
export type MissingReason =
  'suppressed' | 'low-quality' | 'hidden' | 'no-series' | 'no-period' | 'ny-split' | 'no-population' | 'no-previous';

/** The reason CDC gives for a hidden value, from the row's footnote codes. */
export function hiddenReason(footnotes: readonly OverdoseFootnote[]): MissingReason {
  if (footnotes.includes('suppressed-lt10')) return 'suppressed';
  if (footnotes.includes('low-quality')) return 'low-quality';
  return 'hidden';
}

/** The sentences of a missing value and of a provisional flag: a message catalogue in English and Spanish. */
const enNotes = (f: Formats) => ({
  reasons: {
    suppressed: () => 'Not shown: data suppressed by CDC (fewer than 10 deaths).',
    'low-quality': () => 'Not shown: CDC does not show the value due to low data quality.',
    hidden: () => 'Not shown: CDC gives no value.',
    'no-series': (drug: string) => `No data: CDC publishes no ${drug} data for this jurisdiction.`,
    'no-period': () => 'No data: CDC publishes no data for this period for this jurisdiction.',
    'ny-split': () => 'No rate: CDC’s New York excludes New York City, while Census counts the whole state.',
    'no-population': (_drug: string, year?: number) => `No rate: no Census population estimate for ${year}.`,
    'no-previous': () => 'No change: no value 12 months earlier.',
  } satisfies Record<MissingReason, (drug: string, year?: number) => string>,
  underreported: 'Underreported (CDC: data still incomplete)',
  /** "predicted 2,996, 32% above reported" (`first`: it starts the note, capitalised). */
  predicted: (first: boolean, predicted: string, above: string | null) =>
    `${first ? 'Predicted' : 'predicted'} ${predicted}${above ? `, ${above} above reported` : ''}`,
  /** Only the gap, where the predicted count is shown beside the value. */
  above: (first: boolean, above: string) => `${first ? 'Predicted' : 'predicted'} ${above} above reported`,
  percent: (gap: number) => f.percent(gap * 100, 0).replace(/^\+/, ''),
});

const esNotes: typeof enNotes = (f) => ({
  reasons: {
    suppressed: () => 'No se muestra: datos suprimidos por la CDC (menos de 10 muertes).',
    'low-quality': () => 'No se muestra: la CDC no publica el dato por su baja calidad.',
    hidden: () => 'No se muestra: la CDC no publica el dato.',
    'no-series': (drug) => `Sin datos: la CDC no publica datos de ${drug} para esta jurisdicción.`,
    'no-period': () => 'Sin datos: la CDC no publica datos de este periodo para esta jurisdicción.',
    'ny-split': () => 'Sin tasa: la CDC excluye la ciudad de Nueva York de su dato de Nueva York y el censo cuenta el estado entero.',
    'no-population': (_drug, year) => `Sin tasa: no hay estimación de población del censo para ${year}.`,
    'no-previous': () => 'Sin cambio: no hay dato 12 meses antes.',
  },
  underreported: 'Infranotificado (CDC: datos aún incompletos)',
  predicted: (first, predicted, above) =>
    `${first ? 'Previstas' : 'previstas'}: ${predicted}${above ? `, ${above} más que las notificadas` : ''}`,
  above: (first, above) => `${first ? 'Previstas' : 'previstas'}: ${above} más que las notificadas`,
  percent: (gap) => f.percent(gap * 100, 0).replace(/^\+/, ''),
});

const NOTE_MESSAGES = { en: enNotes, es: esNotes } as const;

/** One sentence per reason; `year` is the population year for `no-population`. */
export function reasonText(lang: Lang, reason: MissingReason, context: { drug: DrugIndicator; year?: number }): string {
  return messages(NOTE_MESSAGES, lang).reasons[reason](drugName(lang, context.drug), context.year);
}

/**
 * The note of a provisional-flagged value (src/headlines.ts): CDC's underreported flag and the
 * predicted count, and how far above the reported count it is when that is more than 10 %.
 * "Underreported (CDC: data still incomplete); predicted 2,996, 32% above reported."
 */
export function provisionalText(lang: Lang, flag: ProvisionalFlag, options: { readonly predicted?: boolean } = {}): string {
  const text = messages(NOTE_MESSAGES, lang);
  const parts: string[] = [];
  if (flag.underreported) parts.push(text.underreported);
  const above = flag.wideGap && flag.gap !== null ? text.percent(flag.gap) : null;
  // Where the predicted count is shown beside the value (a table column, a tooltip line), only the gap is said.
  if (options.predicted !== false && flag.predicted !== null)
    parts.push(text.predicted(!parts.length, formatNumber(lang, flag.predicted), above));
  else if (above) parts.push(text.above(!parts.length, above));
  return `${parts.join('; ')}.`;
}

// Court-case event types are part of this table but live in their own module, which <fpk-cases>
// loads with the core: the rest of the table (every drug and jurisdiction) stays in the lazy chunks.
export { eventTypeLabel } from './case-events.js';
// Likewise the datasets' credits, which every source line (in the core) shows.
export { creditName } from './credits.js';

/**
 * CDC's footnotes as a table cell shows them: CDC's own sentences in English; in Spanish our
 * translation (the dataset keeps CDC's English text, `OVERDOSE_FOOTNOTES`; `footnotesTranslated`
 * says so under the chart).
 */
const SPANISH_FOOTNOTES: Record<OverdoseFootnote, string> = {
  'may-differ-from-final': 'Las cifras pueden diferir de los informes publicados con datos definitivos. Véanse las notas técnicas.',
  underreported: 'Infranotificado por datos incompletos.',
  'suppressed-lt10': 'Datos suprimidos (<10).',
  'low-quality': 'Datos no mostrados por su baja calidad.',
};

const FOOTNOTES: Record<Lang, Record<OverdoseFootnote, string>> = { en: OVERDOSE_FOOTNOTES, es: SPANISH_FOOTNOTES };

export function footnoteText(lang: Lang, codes: readonly OverdoseFootnote[]): string {
  return codes.map((c) => FOOTNOTES[lang][c]).join(' ');
}

/** The note under a Spanish chart whose table shows CDC's footnotes; null in English, where they are CDC's own words. */
export function footnotesTranslated(lang: Lang): string | null {
  return FOOTNOTES_TRANSLATED[lang];
}

const FOOTNOTES_TRANSLATED: Record<Lang, string | null> = {
  en: null,
  es: 'Las notas de la CDC de la tabla son traducción de fentanyl-policy-kit; el conjunto de datos conserva el texto original en inglés.',
};

/**
 * Said once by a Spanish element that shows records' own English text (case names, statutes,
 * outcomes, court notes, event descriptions; marked lang="en" in the markup): null in English.
 * `others`: other events (designations, orders) are shown too, whose descriptions are the sources' English as well.
 */
export function detailsInEnglish(lang: Lang, shows: { readonly cases: boolean; readonly others?: boolean }): string | null {
  if (lang === 'en' || (!shows.cases && !shows.others)) return null;
  if (!shows.cases) return 'Las descripciones de los eventos están en inglés, como en las fuentes.';
  return `Los detalles de los casos están en inglés, como en las fuentes${shows.others ? '; también las descripciones de los demás eventos' : ''}.`;
}

/**
 * Designation types: the short form (the acronym readers meet in news) for crowded labels, the
 * long form spelling it out for legends, table cells and the glossary note.
 */
const DESIGNATION_TYPES: Record<Lang, Record<DesignationType, DisplayName>> = {
  en: {
    FTO: { short: 'FTO', long: 'Foreign Terrorist Organization (FTO)' },
    SDGT: { short: 'SDGT', long: 'Specially Designated Global Terrorist (SDGT)' },
    SDNTK: { short: 'Kingpin Act', long: 'Kingpin Act (SDNTK)' },
    TCO: { short: 'TCO', long: 'Transnational Criminal Organization (TCO)' },
    'ILLICIT-DRUGS-EO14059': { short: 'E.O. 14059', long: 'Illicit drugs, E.O. 14059' },
    'FinCEN-2313a': { short: 'FinCEN 2313a', long: 'FinCEN order against a financial institution (21 U.S.C. 2313a)' },
  },
  es: {
    FTO: { short: 'FTO', long: 'organización terrorista extranjera (FTO)' },
    SDGT: { short: 'SDGT', long: 'terrorista global especialmente designado (SDGT)' },
    SDNTK: { short: 'Ley Kingpin', long: 'Ley Kingpin (SDNTK)' },
    TCO: { short: 'TCO', long: 'organización criminal transnacional (TCO)' },
    'ILLICIT-DRUGS-EO14059': { short: 'Orden Ejecutiva 14059', long: 'drogas ilícitas, Orden Ejecutiva 14059' },
    'FinCEN-2313a': { short: 'FinCEN 2313a', long: 'orden de FinCEN contra una institución financiera (21 U.S.C. 2313a)' },
  },
};

export function designationTypeName(
  lang: Lang,
  type: DesignationType,
  options: { readonly capital?: boolean; readonly form?: NameForm } = {},
): string {
  const name = DESIGNATION_TYPES[lang][type][options.form ?? 'short'];
  return options.capital ? capitalize(lang, name) : name;
}

/**
 * US agencies' and lists' acronyms a Spanish reader meets in labels and source lines, spelled out
 * (the designation types' come from DESIGNATION_TYPES). In the order the note lists them.
 */
const SPANISH_ACRONYMS = {
  FTO: DESIGNATION_TYPES.es.FTO.long.replace(' (FTO)', ''),
  SDGT: DESIGNATION_TYPES.es.SDGT.long.replace(' (SDGT)', ''),
  TCO: DESIGNATION_TYPES.es.TCO.long.replace(' (TCO)', ''),
  OFAC: 'Oficina de Control de Activos Extranjeros del Departamento del Tesoro',
  SDN: 'lista de nacionales especialmente designados y personas bloqueadas de la OFAC',
  FinCEN: 'Red de Control de Delitos Financieros del Departamento del Tesoro',
} as const;

export type SpelledAcronym = keyof typeof SPANISH_ACRONYMS;

/**
 * The acronyms among `shown` (designation types or the acronyms themselves) spelled out once, for
 * a note under a chart whose labels or source line use them:
 * "Siglas: FTO, organización terrorista extranjera; TCO, organización criminal transnacional."
 * Spanish only (English readers meet these acronyms in English news); null when none is shown.
 */
export function acronymNote(lang: Lang, shown: Iterable<string>): string | null {
  if (lang !== 'es') return null;
  const present = new Set(shown);
  const acronyms = (Object.keys(SPANISH_ACRONYMS) as SpelledAcronym[]).filter((a) => present.has(a));
  if (!acronyms.length) return null;
  return `Siglas: ${acronyms.map((a) => `${a}, ${SPANISH_ACRONYMS[a]}`).join('; ')}.`;
}
