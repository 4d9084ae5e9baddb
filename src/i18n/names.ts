/**
 * Names a reader sees for jurisdictions and drug indicators, in English and Spanish, shared by
 * `<fpk-compare>` and `<fpk-map>`. Drug names are short forms of CDC's indicator labels (the full
 * label and ICD-10 codes stay in `INDICATOR_INFO` and the dataset's meta).
 */
import { DRUG_INDICATORS, type DrugIndicator, type OverdoseFootnote } from '../datasets/overdoses.js';
import type { CaseEventType } from '../datasets/cases.js';
import type { ProvisionalFlag } from '../headlines.js';
import { formatNumber, formatPercent, type Lang } from './index.js';

export { DRUG_INDICATORS, type DrugIndicator };

const DRUGS: Record<Lang, Record<DrugIndicator, string>> = {
  en: {
    'all-drugs': 'all drugs',
    opioids: 'opioids',
    'natural-semisynthetic-synthetic-opioids': 'natural, semi-synthetic and synthetic opioids incl. methadone',
    'natural-semisynthetic-opioids-methadone': 'natural and semi-synthetic opioids incl. methadone',
    'natural-semisynthetic-opioids': 'natural and semi-synthetic opioids',
    methadone: 'methadone',
    // T40.4 counts fentanyl, its analogs and tramadol: broader than fentanyl alone.
    'synthetic-opioids': 'synthetic opioids other than methadone (incl. fentanyl)',
    heroin: 'heroin',
    cocaine: 'cocaine',
    psychostimulants: 'psychostimulants (incl. methamphetamine)',
  },
  es: {
    'all-drugs': 'todas las drogas',
    opioids: 'opioides',
    'natural-semisynthetic-synthetic-opioids': 'opioides naturales, semisintéticos y sintéticos, incl. metadona',
    'natural-semisynthetic-opioids-methadone': 'opioides naturales y semisintéticos, incl. metadona',
    'natural-semisynthetic-opioids': 'opioides naturales y semisintéticos',
    methadone: 'metadona',
    'synthetic-opioids': 'opioides sintéticos excepto metadona (incl. fentanilo)',
    heroin: 'heroína',
    cocaine: 'cocaína',
    psychostimulants: 'psicoestimulantes (incl. metanfetamina)',
  },
};

/** "synthetic opioids other than methadone (incl. fentanyl)"; `capital` for a label that starts a line. */
export function drugName(lang: Lang, drug: DrugIndicator, capital = false): string {
  const name = DRUGS[lang][drug];
  return capital ? name[0]!.toLocaleUpperCase(lang) + name.slice(1) : name;
}

export { placeName } from './places.js';

/** Why a value is missing: CDC's footnote, or a gap in the data. */
export type MissingReason =
  'suppressed' | 'low-quality' | 'hidden' | 'no-series' | 'no-period' | 'ny-split' | 'no-population' | 'no-previous';

/** The reason CDC gives for a hidden value, from the row's footnote codes. */
export function hiddenReason(footnotes: readonly OverdoseFootnote[]): MissingReason {
  if (footnotes.includes('suppressed-lt10')) return 'suppressed';
  if (footnotes.includes('low-quality')) return 'low-quality';
  return 'hidden';
}

/** One sentence per reason; `year` is the population year for `no-population`. */
export function reasonText(lang: Lang, reason: MissingReason, context: { drug: DrugIndicator; year?: number }): string {
  const es = lang === 'es';
  switch (reason) {
    case 'suppressed':
      return es
        ? 'No se muestra: datos suprimidos por la CDC (menos de 10 muertes).'
        : 'Not shown: data suppressed by CDC (fewer than 10 deaths).';
    case 'low-quality':
      return es
        ? 'No se muestra: la CDC no publica el dato por su baja calidad.'
        : 'Not shown: CDC does not show the value due to low data quality.';
    case 'hidden':
      return es ? 'No se muestra: la CDC no publica el dato.' : 'Not shown: CDC gives no value.';
    case 'no-series':
      return es
        ? `Sin datos: la CDC no publica datos de ${drugName(lang, context.drug)} para esta jurisdicción.`
        : `No data: CDC publishes no ${drugName(lang, context.drug)} data for this jurisdiction.`;
    case 'no-period':
      return es
        ? 'Sin datos: la CDC no publica datos de este periodo para esta jurisdicción.'
        : 'No data: CDC publishes no data for this period for this jurisdiction.';
    case 'ny-split':
      return es
        ? 'Sin tasa: la CDC excluye la ciudad de Nueva York de su dato de Nueva York y el censo cuenta el estado entero.'
        : 'No rate: CDC’s New York excludes New York City, while Census counts the whole state.';
    case 'no-population':
      return es
        ? `Sin tasa: no hay estimación de población del censo para ${context.year}.`
        : `No rate: no Census population estimate for ${context.year}.`;
    case 'no-previous':
      return es ? 'Sin cambio: no hay dato 12 meses antes.' : 'No change: no value 12 months earlier.';
  }
}

/**
 * The note of a provisional-flagged value (src/headlines.ts): CDC's underreported flag and the
 * predicted count, and how far above the reported count it is when that is more than 10 %.
 * "Underreported (CDC: data still incomplete); predicted 2,996, 32% above reported."
 */
export function provisionalText(lang: Lang, flag: ProvisionalFlag, options: { readonly predicted?: boolean } = {}): string {
  const es = lang === 'es';
  const parts: string[] = [];
  if (flag.underreported) parts.push(es ? 'Infranotificado (CDC: datos aún incompletos)' : 'Underreported (CDC: data still incomplete)');
  const above = flag.wideGap && flag.gap !== null ? formatPercent(lang, flag.gap * 100, 0).replace(/^\+/, '') : null;
  // Where the predicted count is shown beside the value (a table column, a tooltip line), only the gap is said.
  if (options.predicted !== false && flag.predicted !== null) {
    const predicted = formatNumber(lang, flag.predicted);
    parts.push(
      es
        ? `${parts.length ? 'previstas' : 'Previstas'}: ${predicted}${above ? `, ${above} más que las notificadas` : ''}`
        : `${parts.length ? 'predicted' : 'Predicted'} ${predicted}${above ? `, ${above} above reported` : ''}`,
    );
  } else if (above) {
    parts.push(
      es
        ? `${parts.length ? 'previstas' : 'Previstas'}: ${above} más que las notificadas`
        : `${parts.length ? 'predicted' : 'Predicted'} ${above} above reported`,
    );
  }
  return `${parts.join('; ')}.`;
}

const EVENT_TYPES: Record<Lang, Record<CaseEventType, string>> = {
  en: {
    indictment: 'Indictment',
    complaint: 'Civil complaint',
    arrest: 'Arrest',
    extradition: 'Extradition',
    transfer: 'Transfer to US custody',
    plea: 'Guilty plea',
    conviction: 'Conviction',
    sentence: 'Sentence',
    appellate_ruling: 'Appellate ruling',
    dismissal: 'Dismissal',
    other: 'Other',
  },
  es: {
    indictment: 'Acusación formal',
    complaint: 'Demanda civil',
    arrest: 'Detención',
    extradition: 'Extradición',
    transfer: 'Traslado a custodia de EE. UU.',
    plea: 'Declaración de culpabilidad',
    conviction: 'Condena',
    sentence: 'Sentencia',
    appellate_ruling: 'Fallo de apelación',
    dismissal: 'Desestimación',
    other: 'Otro',
  },
};

export function eventTypeLabel(lang: Lang, type: CaseEventType): string {
  return EVENT_TYPES[lang][type];
}
