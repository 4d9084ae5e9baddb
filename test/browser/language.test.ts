/**
 * What a reader sees in each language: an element with lang="es" shows no English beyond what is
 * marked lang="en" (data that exists only in English: case summaries, court names, the sources'
 * own references), and no element shows a raw code (`synthetic-opioids`, `ILLICIT-DRUGS-EO14059`,
 * `(YC)`, `not_found`) in either language. Checked on the chart view (summary, SVG text, source
 * line), the table view and the Cite box.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../components/index.js';
import { settled } from './helpers.js';

/** Words and phrases that only an English text has (checked with the lang="en" parts removed). */
const ENGLISH = [
  ' the ',
  ' of ',
  ' and ',
  ' with ',
  'deaths',
  'Source',
  'Table',
  'Download',
  'months ending',
  'Cite',
  'Close',
  'Chart',
  'Release',
  'Reported',
  'Predicted',
  'compiled by',
  'Accessed',
  'Designation',
  'Indictment',
  'Underreported',
  'Data suppressed',
  'Numbers may differ',
];

/** Codes that must never reach a reader: labels come from the display-name table (src/i18n/names.ts). */
const RAW_CODES = [
  /synthetic-opioids/,
  /all-drugs/,
  /ILLICIT-DRUGS/,
  /EO14059/,
  /\(YC\)/,
  /\bYC\b/,
  /\(Other\)/,
  /not_found/,
  /southwest-border|northern-border|coastal-interior/,
  /appellate_ruling/,
];

/**
 * The text a reader gets from the element's shadow root: text nodes (and accessible names) outside
 * <style> and, with `dropEnglish`, outside lang="en" subtrees. Links' addresses are not text.
 */
function readerText(el: Element, dropEnglish: boolean): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element)) {
      node.childNodes.forEach(walk);
      return;
    }
    if (node.localName === 'style' || node.localName === 'script') return;
    // A link's text is a publication's or a site's name ("Just the News", "justice.gov"): a proper name, not words to translate.
    if (dropEnglish && node.localName === 'a') return;
    if (dropEnglish && node.getAttribute('lang')?.startsWith('en')) return;
    const label = node.getAttribute('aria-label');
    if (label) parts.push(` ${label} `);
    node.childNodes.forEach(walk);
  };
  el.shadowRoot!.childNodes.forEach(walk);
  return parts
    .join(' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Each element as a newsroom page uses it; several show the codes the issue found. */
const ELEMENTS: readonly (readonly [tag: string, attributes: string])[] = [
  ['fpk-trend', 'jurisdictions="US,OH,YC" drugs="synthetic-opioids" events="designations,cases" from="2019-01"'],
  ['fpk-trend', 'dataset="seizures" drugs="fentanyl" regions="southwest-border,northern-border"'],
  ['fpk-trend', 'dataset="sanctions"'],
  ['fpk-compare', 'jurisdictions="OH" drugs="synthetic-opioids,cocaine,heroin" to="2023-12"'],
  ['fpk-compare', 'measure="change" drugs="synthetic-opioids" from="2024-12" to="2025-12"'],
  ['fpk-map', 'measure="yoy" drugs="synthetic-opioids"'],
  ['fpk-timeline', ''],
  ['fpk-cases', ''],
];

async function render(tag: string, attributes: string, lang: 'en' | 'es'): Promise<HTMLElement & { view: string }> {
  const source = `<${tag} lang="${lang}" loading="eager" ${attributes}></${tag}>`;
  const el = await fixture<HTMLElement & { view: string }>(html`${unsafeStatic(source)}`);
  const outcome = await settled(el);
  expect(outcome.type, `${source}: ${JSON.stringify(outcome.detail)}`).to.equal('fpk-ready');
  return el;
}

/** Chart view, table view and the Cite box, one after the other. */
async function views(
  el: HTMLElement & { view: string; runAction?: (a: string) => Promise<void> },
  read: () => string,
): Promise<{ chart: string; table: string; cite: string }> {
  const update = () => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const chart = read();
  el.view = 'table';
  await update();
  const table = read();
  await el.runAction!('cite');
  await update();
  const cite = read();
  return { chart, table, cite };
}

/** Elements whose records' English text (case names, statutes, outcomes, descriptions) a reader meets. */
const WITH_CASE_DETAILS = new Set([
  'fpk-cases',
  'fpk-timeline',
  'fpk-trend jurisdictions="US,OH,YC" drugs="synthetic-opioids" events="designations,cases" from="2019-01"',
]);

/** The acronyms a Spanish reader meets, and the words that spell each out once (src/i18n/names.ts). */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  FTO: 'organización terrorista extranjera',
  SDGT: 'terrorista global especialmente designado',
  TCO: 'organización criminal transnacional',
  OFAC: 'Oficina de Control de Activos Extranjeros',
};

describe('language: what a reader sees in each language', () => {
  for (const [tag, attributes] of ELEMENTS) {
    it(`<${tag} ${attributes}> in Spanish shows no English outside lang="en"`, async () => {
      const el = await render(tag, attributes, 'es');
      const seen = await views(el, () => readerText(el, true));
      for (const [view, text] of Object.entries(seen)) {
        const found = ENGLISH.filter((w) => text.includes(w));
        expect(
          found,
          `${view} view: ${found.map((w) => `"${w}" in …${text.slice(Math.max(0, text.indexOf(w) - 80), text.indexOf(w) + 80)}…`).join(' | ')}`,
        ).to.deep.equal([]);
      }
    });
    it(`<${tag} ${attributes}> in Spanish spells out each acronym it shows (FTO, SDGT, TCO, OFAC)`, async () => {
      const el = await render(tag, attributes, 'es');
      const text = readerText(el, true);
      for (const [acronym, words] of Object.entries(SPELLED_OUT)) {
        const at = text.search(new RegExp(`\\b${acronym}\\b`));
        if (at < 0) continue;
        expect(text.toLowerCase(), `${acronym} is shown: …${text.slice(Math.max(0, at - 80), at + 80)}…`).to.include(words.toLowerCase());
      }
    });
    if (WITH_CASE_DETAILS.has(tag) || WITH_CASE_DETAILS.has(`${tag} ${attributes}`)) {
      it(`<${tag} ${attributes}> in Spanish says once, visibly, that case details are in English, and marks them lang="en"`, async () => {
        const el = await render(tag, attributes, 'es');
        const seen = await views(el, () => readerText(el, false));
        for (const [view, text] of Object.entries(seen)) {
          expect(text.split('Los detalles de los casos están en inglés').length - 1, `${view} view: ${text.slice(-400)}`).to.equal(1);
        }
        const note = [...el.shadowRoot!.querySelectorAll('[part="source"]')].find((p) => p.textContent!.includes('están en inglés'));
        expect(note, 'the note is in the source line').to.exist;
        expect((note as HTMLElement).getBoundingClientRect().height, 'the note is visible').to.be.greaterThan(0);
        // The records' own text sits inside lang="en" (table cells, the marker list's case names).
        expect(el.shadowRoot!.querySelector('[lang="en"]'), 'English data is marked lang="en"').to.exist;
      });
    }
    for (const lang of ['en', 'es'] as const) {
      it(`<${tag} ${attributes}> (${lang}) shows no raw code`, async () => {
        const el = await render(tag, attributes, lang);
        const seen = await views(el, () => readerText(el, false));
        for (const [view, text] of Object.entries(seen)) {
          const found = RAW_CODES.filter((c) => c.test(text));
          expect(
            found.map(String),
            `${view} view: ${found.map((c) => `…${text.slice(Math.max(0, text.search(c) - 80), text.search(c) + 80)}…`).join(' | ')}`,
          ).to.deep.equal([]);
        }
      });
    }
  }
});
