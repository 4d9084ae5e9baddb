/**
 * The datasets' credits as a source line names them: one part of the display-name table (names.ts
 * re-exports it). A module of its own because every element's source line is drawn by the core
 * entry, and importing names.ts there would put every drug and jurisdiction name in the core (see
 * case-events.ts).
 */
import { capitalize, type Lang } from './index.js';

/**
 * The credit a source line gives each dataset, in Spanish (the dataset's meta holds the English
 * credit, which the English line uses as is). The sanctions credits name their copy dates, so
 * they are rebuilt from the English text; a credit that does not match falls back to English.
 */
const SPANISH_CREDITS: Readonly<Record<string, string | ((credit: string) => string | null)>> = {
  overdoses: 'CDC NCHS, recuentos provisionales de muertes por sobredosis de drogas (VSRR)',
  'overdoses-final': 'datos definitivos de mortalidad de CDC NCHS (Data Briefs, MMWR), recopilados por fentanyl-policy-kit',
  population: (credit) => {
    const vintages = /\(Vintages? ([^)]+)\)$/.exec(credit)?.[1]?.replace(' and ', ' y ');
    return vintages
      ? `Oficina del Censo de EE. UU., División de Población, estimaciones anuales de la población residente (Vintage ${vintages})`
      : null;
  },
  seizures: 'Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP), estadísticas de incautaciones de drogas',
  cases: 'expedientes judiciales y comunicados del Departamento de Justicia, recopilados por fentanyl-policy-kit',
  designations: 'designaciones del Departamento de Estado, la OFAC del Tesoro y la Casa Blanca, recopiladas por fentanyl-policy-kit',
  organizations: 'designaciones y casos verificados y la lista SDN de la OFAC, recopilados por fentanyl-policy-kit',
  sanctions: (credit) => {
    const m =
      /^U\.S\. Treasury OFAC, SDN list \(snapshot ([\d-]+); status on ([\d-]+), third-party parse; aliases and addresses ([\d-]+)\)$/.exec(
        credit,
      );
    return m
      ? `OFAC del Tesoro de EE. UU., lista SDN (copia del ${m[1]}; situación al ${m[2]}, procesada por terceros; alias y direcciones de ${m[3]})`
      : null;
  },
  'sanctions-events': (credit) => {
    const m = /^U\.S\. Treasury OFAC, SDN list changes \(scrapes ([\d-]+) to ([\d-]+); (\d{4}) publications, third-party parse\)$/.exec(
      credit,
    );
    return m
      ? `OFAC del Tesoro de EE. UU., cambios en la lista SDN (copias rastreadas de ${m[1]} a ${m[2]}; publicaciones de ${m[3]}, procesadas por terceros)`
      : null;
  },
};

/** A dataset's credit in the source line: the meta's English credit, or our Spanish rendering of it. */
export function creditName(lang: Lang, meta: { readonly name: string; readonly credit: string }): string {
  if (lang === 'en') return meta.credit;
  const spanish = SPANISH_CREDITS[meta.name];
  const text = typeof spanish === 'function' ? spanish(meta.credit) : spanish;
  return text ? capitalize(lang, text) : meta.credit;
}
