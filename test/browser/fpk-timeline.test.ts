import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../components/fpk-timeline/define.js';
import type { FpkTimeline } from '../../components/fpk-timeline/fpk-timeline.js';
import { formatDate, formatNumber } from '../../src/i18n/index.js';
import type { CaseEvent } from '../../src/dataset-schemas/cases.js';
import type { Designation } from '../../src/dataset-schemas/designations.js';
import { loadDataset } from '../../src/load.js';
import { captureDownload, settled, shadowText } from './helpers.js';

/** Each event is a vega `symbol` mark (named `marks`); legend swatches are symbols too, so the role matters. */
const marks = (el: FpkTimeline) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('g.mark-symbol.role-mark path')];
/** Row names: text marks beside the rows, or above them in a narrow element. */
const rowLabels = (el: FpkTimeline) => [...el.shadowRoot!.querySelectorAll('g.row_names text')].map((t) => t.textContent!);
/** A row label as drawn, matched to the row names: vega cuts a long name to its label limit and ends it in "…". */
const rowNames = (el: FpkTimeline, names: Iterable<string>) => {
  const all = [...names];
  return rowLabels(el).map((label) => (label.endsWith('…') ? (all.find((n) => n.startsWith(label.slice(0, -1))) ?? label) : label));
};

const KINGPIN_INDIVIDUALS = 'Kingpin Act individuals (2000)';
/** Row names by organization id: the organizations dataset's English display names. */
const ROW_NAME = new Map((await loadDataset('organizations')).rows.map((o) => [o.id, o.name]));
const rowOf = (r: Designation) => (r.organizationId ? ROW_NAME.get(r.organizationId)! : KINGPIN_INDIVIDUALS);
const rowsOf = (r: CaseEvent) => [...new Set(r.organizationIds.map((id) => ROW_NAME.get(id)!))];
const TERRORISM_TYPES = ['FTO', 'SDGT'];

interface Expected {
  /** Marks: designations dated + (dated case × distinct organization row). */
  dated: number;
  /** Table rows: the same, undated included. */
  all: number;
  /** Organization rows with a dated mark. */
  organizations: Set<string>;
  designations: Designation[];
  cases: CaseEvent[];
}

/** What the timeline should show, worked out from the SDK rows directly. */
async function expected(
  keep: { types?: string[]; terrorism?: boolean; organizations?: string[]; sources?: ('designations' | 'cases')[] } = {},
): Promise<Expected> {
  const sources = keep.sources ?? ['designations', 'cases'];
  const d = sources.includes('designations') ? (await loadDataset('designations')).rows : [];
  const c = sources.includes('cases') ? (await loadDataset('cases')).rows : [];
  const rowOfParty = rowOf;
  const rowsOfCase = (r: CaseEvent) => rowsOf(r).filter((o) => !keep.organizations || keep.organizations.includes(o));
  const designations = d.filter(
    (r) =>
      (!keep.types || keep.types.includes(r.type)) &&
      (!keep.terrorism || TERRORISM_TYPES.includes(r.type)) &&
      (!keep.organizations || keep.organizations.includes(rowOfParty(r))),
  );
  const cases = c.filter(
    (r) => (!keep.types || keep.types.includes(r.eventType)) && (!keep.terrorism || r.terrorismRelated) && rowsOfCase(r).length > 0,
  );
  const organizations = new Set([
    ...designations.filter((r) => r.date).map(rowOfParty),
    ...cases.filter((r) => r.date).flatMap(rowsOfCase),
  ]);
  const placements = (rows: CaseEvent[]) => rows.reduce((n, r) => n + rowsOfCase(r).length, 0);
  return {
    dated: designations.filter((r) => r.date).length + placements(cases.filter((r) => r.date)),
    all: designations.length + placements(cases),
    organizations,
    designations,
    cases,
  };
}

describe('<fpk-timeline>', () => {
  afterEach(() => resetMouse());

  it('draws one symbol per dated event on its organization row, and says how many are undated', async () => {
    const want = await expected();
    const el = await fixture<FpkTimeline>(html`<fpk-timeline loading="eager" heading="Designations and cases"></fpk-timeline>`);
    const ready = await settled(el);
    expect(ready.type).to.equal('fpk-ready');
    expect(marks(el)).to.have.length(want.dated);
    expect(want.dated).to.be.greaterThan(90);
    expect(ready.detail.rows).to.equal(want.all);
    // Designations are diamonds, FinCEN orders against banks squares (both straight edges), case events circles (arcs).
    const straight = marks(el).filter((p) => !p.getAttribute('d')!.includes('A'));
    expect(straight).to.have.length(want.designations.filter((r) => r.date).length);
    const orders = want.designations.filter((r) => r.type === 'FinCEN-2313a');
    expect(orders).to.have.length(3);
    const shapeOfMark = (p: SVGPathElement) => (p as unknown as { __data__: { shape: string } }).__data__.shape;
    expect(straight.filter((p) => shapeOfMark(p) === 'square')).to.have.length(orders.length);
    expect(new Set(rowNames(el, want.organizations))).to.deep.equal(want.organizations);
    expect(rowLabels(el)).to.have.length(want.organizations.size);
    // One row per organization under its display name: "Cartel de Sinaloa" (designations) and "Sinaloa Cartel" (cases) are one row, "ELN" and "ELN (National Liberation Army)" too; individuals share one row.
    expect(rowLabels(el)).to.include.members([
      'Sinaloa Cartel',
      KINGPIN_INDIVIDUALS,
      'MS-13 (Mara Salvatrucha)',
      'National Liberation Army (ELN)',
    ]);
    for (const name of [
      'Cartel de Sinaloa',
      'CJNG',
      'MS-13',
      'Mara Salvatrucha',
      'ELN',
      'ELN (National Liberation Army)',
      'Los Zetas',
      'Benjamin Alberto Arellano-Felix',
    ])
      expect(rowLabels(el)).to.not.include(name);
    // Seven undated designations (Clan del Golfo SDGT; FTOs of Los Choneros, Los Lobos, Barrio 18, Los Viagras; Juárez Cartel FTO and SDGT) and one undated case event (López-Larios dismissal).
    const undated = want.all - want.dated;
    expect(undated).to.equal(8);
    expect(shadowText(el, '[part="source"]')).to.match(
      /^Source: State Department, .* released .*; Court records and DOJ releases, .* 8 undated events not shown in the chart \(listed in the table\)\.$/,
    );
    const svg = el.shadowRoot!.querySelector('.fpk-vega > svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Designations and court case events against cartels, by organization');
    // One legend: colour by type group, shape by kind (diamond: designation, circle: case event).
    const legend = [...el.shadowRoot!.querySelectorAll('g.role-legend-label text')].map((t) => t.textContent);
    expect(legend).to.have.length(8);
    expect(legend).to.include.members([
      'Designation: terrorism (FTO, SDGT)',
      'Case: charges (indictment, complaint)',
      'Order against a financial institution (FinCEN)',
    ]);
    const shapes = [...el.shadowRoot!.querySelectorAll('g.role-legend-symbol path')].map((p) => p.getAttribute('d'));
    const shapeOf = (prefix: string) => new Set(shapes.filter((_, i) => legend[i]!.startsWith(prefix)));
    expect(shapeOf('Designation:').size).to.equal(1);
    expect(shapeOf('Case:').size).to.equal(1);
    expect([...shapeOf('Designation:')][0]).to.not.equal([...shapeOf('Case:')][0]);
  });

  it('filters by types: exact counts from the SDK rows', async () => {
    const types = ['FTO', 'SDGT', 'indictment'];
    const want = await expected({ types });
    const el = await fixture<FpkTimeline>(html`<fpk-timeline loading="eager" types="FTO,SDGT,indictment"></fpk-timeline>`);
    const ready = await settled(el);
    expect(marks(el)).to.have.length(want.dated);
    expect(ready.detail.rows).to.equal(want.all);
    expect(new Set(rowNames(el, want.organizations))).to.deep.equal(want.organizations);
    const all = await expected();
    expect(want.dated).to.be.within(1, all.dated - 1);
  });

  it('terrorism="only" keeps FTO/SDGT designations and terrorism-related case events', async () => {
    const want = await expected({ terrorism: true });
    const el = await fixture<FpkTimeline>(html`<fpk-timeline loading="eager" terrorism="only"></fpk-timeline>`);
    const ready = await settled(el);
    expect(marks(el)).to.have.length(want.dated);
    expect(ready.detail.rows).to.equal(want.all);
    expect(new Set(rowNames(el, want.organizations))).to.deep.equal(want.organizations);
    expect(want.designations.every((d) => d.type === 'FTO' || d.type === 'SDGT')).to.equal(true);
  });

  it('events="cases" and organizations narrow the rows; a case dataset name works for a joined party', async () => {
    const organizations = ['Sinaloa Cartel', 'Tren de Aragua'];
    const want = await expected({ sources: ['cases'], organizations });
    const el = await fixture<FpkTimeline>(
      html`<fpk-timeline loading="eager" events="cases" organizations="Sinaloa Cartel, Tren de Aragua"></fpk-timeline>`,
    );
    const ready = await settled(el);
    expect(marks(el)).to.have.length(want.dated);
    expect(ready.detail.rows).to.equal(want.all);
    expect(rowLabels(el)).to.have.members(organizations);
    expect(shadowText(el, '[part="source"]')).to.not.contain('State Department');
    expect(el.summary).to.match(/^0 designations and \d+ court case events /);
  });

  it('from/to narrow the axis and leave undated events out', async () => {
    const { rows: d } = await loadDataset('designations', { from: '2025-01', to: '2025-03' });
    const { rows: c } = await loadDataset('cases', { from: '2025-01', to: '2025-03' });
    const placements = c.reduce((n, r) => n + rowsOf(r).length, 0);
    const el = await fixture<FpkTimeline>(html`<fpk-timeline loading="eager" from="2025-01" to="2025-03"></fpk-timeline>`);
    const ready = await settled(el);
    expect(marks(el)).to.have.length(d.length + placements);
    expect(ready.detail.rows).to.equal(d.length + placements);
    expect(shadowText(el, '[part="source"]')).to.not.contain('undated');
    const months = [...el.shadowRoot!.querySelectorAll('g.role-axis-label text')]
      .map((t) => t.textContent!)
      .filter((t) => /^\d{4}/.test(t));
    expect(months).to.deep.equal(['2025-01', '2025-02', '2025-03']);
  });

  it('each symbol links to its source (vega href) and shows party, type, date, authority, checked status in its tooltip', async () => {
    const { rows: d } = await loadDataset('designations');
    const el = await fixture<FpkTimeline>(
      html`<fpk-timeline loading="eager" events="designations" organizations="Tren de Aragua" style="width: 640px"></fpk-timeline>`,
    );
    await settled(el);
    const drawn = marks(el);
    const tda = d.filter((r) => r.party === 'Tren de Aragua' && r.date);
    expect(drawn).to.have.length(tda.length);
    const path = drawn[0]!;
    const datum = (path as unknown as { __data__: { datum: Record<string, string> } }).__data__.datum;
    const record = tda.find((r) => r.id === datum['id'])!;
    const url = record.primarySources[0]?.url ?? record.sources[0]!.url;
    expect(datum['url']).to.equal(url);

    // vega follows an href by clicking a detached <a>; catch that click instead of leaving the test page.
    const original = HTMLAnchorElement.prototype.dispatchEvent;
    let opened: string | null = null;
    HTMLAnchorElement.prototype.dispatchEvent = function (this: HTMLAnchorElement, event: Event) {
      if (event.type !== 'click') return original.call(this, event);
      opened = this.getAttribute('href');
      return false;
    };
    let selected: unknown = null;
    el.addEventListener('fpk-select', (e) => (selected = (e as CustomEvent).detail.datum));
    try {
      const box = path.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      for (let i = 0; i < 50 && !opened; i++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      HTMLAnchorElement.prototype.dispatchEvent = original;
    }
    expect(opened).to.equal(url);
    expect(selected).to.include({ id: record.id, url });

    const box = path.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.fpk-tooltip')!;
    expect(tip.hidden).to.equal(false);
    const cells = Object.fromEntries(
      [...tip.querySelectorAll('tr')].map((tr) => [tr.children[0]!.textContent, tr.children[1]!.textContent]),
    );
    expect(cells).to.deep.equal({
      'Party or case': 'Tren de Aragua',
      'Organization (as written)': 'Tren de Aragua',
      Type: {
        FTO: 'Foreign Terrorist Organization (FTO)',
        SDGT: 'Specially Designated Global Terrorist (SDGT)',
        TCO: 'Transnational Criminal Organization (TCO)',
      }[record.type as 'FTO'],
      Date: formatDate('en', record.date!),
      'Authority or court': record.authority,
      Checked: record.checked === 'confirmed' ? 'confirmed by an official primary source' : 'not confirmed',
      Source: url,
    });
  });

  it('the table lists every event, undated included, with real links to the sources', async () => {
    const want = await expected();
    const el = await fixture<FpkTimeline>(html`<fpk-timeline view="table"></fpk-timeline>`);
    await settled(el);
    const trs = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(trs).to.have.length(want.all);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Date', 'Organization', 'Kind', 'Type', 'Description', 'Checked', 'Sources']);
    // Undated events come last, said in words.
    const undated = trs.filter((tr) => tr.children[0]!.textContent === 'undated');
    expect(undated).to.have.length(8);
    expect(trs.slice(-8)).to.deep.equal(undated);
    expect(undated.map((tr) => tr.children[1]!.textContent)).to.include.members([
      'Clan del Golfo',
      'Juárez Cartel',
      'Los Viagras',
      'MS-13 (Mara Salvatrucha)',
    ]);

    // Each row's links are its record's sources: official texts first, no URL twice.
    const csv = el.csv!.trim().split('\n').slice(1);
    const urlsOf = (r: { sources: readonly { url: string }[]; primarySources: readonly { url: string }[] }) => [
      ...new Set([...r.primarySources, ...r.sources].map((s) => s.url)),
    ];
    const allUrls = new Set([...want.designations.flatMap(urlsOf), ...want.cases.flatMap(urlsOf)]);
    const shown = new Set<string>();
    for (const tr of trs) {
      const links = [...tr.querySelectorAll<HTMLAnchorElement>('a')];
      expect(links.length).to.be.greaterThan(0);
      for (const a of links) {
        expect(a.getAttribute('href')).to.match(/^https?:\/\//);
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener');
        shown.add(a.getAttribute('href')!);
      }
    }
    expect(shown).to.deep.equal(allUrls);
    // The Tren de Aragua FTO row: the Supreme Court opinion read in the primary-source check is marked official and listed first.
    const { rows: d } = await loadDataset('designations');
    const fto = d.find((r) => r.party === 'Tren de Aragua' && r.type === 'FTO')!;
    const row = trs.find(
      (tr) => tr.children[1]!.textContent === 'Tren de Aragua' && tr.children[3]!.textContent === 'Foreign Terrorist Organization (FTO)',
    )!;
    expect(new Set([...row.querySelectorAll('a')].map((a) => a.getAttribute('href')))).to.deep.equal(new Set(urlsOf(fto)));
    // The opinion read in the primary-source check leads; it is a copy on Justia, and says so.
    expect(row.querySelector('.source')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'copy of a court opinion at supreme.justia.com (primary source)',
    );
    expect(row.children[5]!.textContent).to.equal('confirmed by an official primary source');
    expect(csv).to.have.length(trs.length);
  });

  it("lists each event's links official first, every one with its domain, copies labelled as copies, and says how many events rest on an official text", async () => {
    const el = await fixture<FpkTimeline>(html`<fpk-timeline view="table" organizations="CJNG"></fpk-timeline>`);
    await settled(el);
    const { rows: d } = await loadDataset('designations');
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find(
      (tr) => tr.children[3]!.textContent === 'Foreign Terrorist Organization (FTO)',
    )!;
    const items = [...row.querySelectorAll('.source')].map((s) => [
      s.getAttribute('data-kind'),
      s.textContent!.replace(/\s+/g, ' ').trim(),
    ]);
    // The CJNG FTO record: the IRS-CI release read in the check, then the copies of the CRS Insight and of the FR notice, labelled as copies.
    expect(items).to.deep.equal([
      ['official', 'irs.gov (official text, primary source)'],
      ['copy', 'copy of a Congressional Research Service report at capitollabsllc.com'],
      ['copy', 'copy of a Federal Register document (with AI summaries) at usregs.ai'],
    ]);
    const record = d.find((r) => r.id === 'cartel-de-jalisco-nueva-generacion-fto-2025-02-20')!;
    expect(items).to.have.length(record.links.length);
    // The count line: distinct events shown, confirmed by an official text.
    const { rows: c } = await loadDataset('cases');
    const cjngDesignations = d.filter((r) => r.organizationId === 'cjng');
    const cjngCases = c.filter((r) => r.organizationIds.includes('cjng'));
    const total = cjngDesignations.length + cjngCases.length;
    const confirmed = [...cjngDesignations, ...cjngCases].filter((r) => r.checked === 'confirmed').length;
    expect(shadowText(el, '[part="source"]')).to.contain(
      `${confirmed} of ${total} events rest on an official text (confirmed in the primary-source check).`,
    );
    const es = await fixture<FpkTimeline>(html`<fpk-timeline view="table" lang="es" organizations="CJNG"></fpk-timeline>`);
    await settled(es);
    expect(shadowText(es, '[part="source"]')).to.contain(`${confirmed} de ${total} eventos se basan en un texto oficial`);
    expect(es.shadowRoot!.querySelector('tbody')!.textContent).to.contain(
      'copia de un documento del Federal Register (con resúmenes de IA) en usregs.ai',
    );
  });

  it('summarises counts by kind, date span, latest event and confirmed count, in English and Spanish', async () => {
    const { designations, cases, all } = await expected();
    const dates = [...designations, ...cases]
      .map((r) => r.date)
      .filter((x): x is string => !!x)
      .sort();
    const first = dates[0]!;
    const last = dates[dates.length - 1]!;
    const confirmed = [...designations, ...cases].filter((r) => r.checked === 'confirmed').length;
    const total = designations.length + cases.length;
    // The newest events: Comando Vermelho and PCC, FTO and SDGT, effective 2026-06-05 (four designations on one day).
    expect(last).to.equal('2026-06-05');
    const latest = [...designations, ...cases].filter((r) => r.date === last);
    expect(latest).to.have.length(4);
    const rows = new Set([...designations.map(rowOf), ...cases.flatMap(rowsOf)]).size;
    expect(all).to.be.greaterThan(total);

    const en = await fixture<FpkTimeline>(html`<fpk-timeline view="table"></fpk-timeline>`);
    await settled(en);
    const orders = designations.filter((r) => r.type === 'FinCEN-2313a').length;
    expect(orders).to.equal(3);
    expect(en.summary).to.equal(
      `${designations.length - orders} designations, 3 FinCEN orders against financial institutions and ${cases.length} court case events from ${formatDate('en', first)} to ${formatDate('en', last)}, on ${rows} organization rows. ` +
        `Latest, ${formatDate('en', last)}: Comando Vermelho (Foreign Terrorist Organization (FTO)); Comando Vermelho (Specially Designated Global Terrorist (SDGT)); Primeiro Comando da Capital (Foreign Terrorist Organization (FTO)) and 1 more. ${confirmed} of ${total} are confirmed by an official primary source.`,
    );
    expect(shadowText(en, '[part="summary"]')).to.equal(en.summary);

    const es = await fixture<FpkTimeline>(html`<fpk-timeline view="table" lang="es"></fpk-timeline>`);
    await settled(es);
    expect(es.summary).to.equal(
      `${designations.length - orders} designaciones, 3 órdenes de FinCEN contra instituciones financieras y ${cases.length} eventos judiciales entre el ${formatDate('es', first)} y el ${formatDate('es', last)}, en ${rows} filas de organización. ` +
        `El más reciente, el ${formatDate('es', last)}: Comando Vermelho (Organización terrorista extranjera (FTO)); Comando Vermelho (Terrorista global especialmente designado (SDGT)); Primeiro Comando da Capital (Organización terrorista extranjera (FTO)) y 1 más. ${formatNumber('es', confirmed)} de ${total} están confirmados por una fuente primaria oficial.`,
    );
    expect(shadowText(es, '[part="source"]')).to.match(
      /^Fuente: .* 8 eventos sin fecha no se muestran en el gráfico \(figuran en la tabla\)\. Siglas: FTO, organización terrorista extranjera; .*OFAC, Oficina de Control de Activos Extranjeros del Departamento del Tesoro[^.]*\. Los detalles de los casos están en inglés, como en las fuentes; también las descripciones de los demás eventos\.$/,
    );
    expect([...es.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Fecha',
      'Organización',
      'Clase',
      'Tipo',
      'Descripción',
      'Verificación',
      'Fuentes',
    ]);
    expect(es.shadowRoot!.querySelector('tbody tr:last-child td')!.textContent).to.equal('sin fecha');
  });

  it('labels the chart in Spanish', async () => {
    const el = await fixture<FpkTimeline>(html`<fpk-timeline loading="eager" lang="es" types="FTO"></fpk-timeline>`);
    await settled(el);
    const titles = [...el.shadowRoot!.querySelectorAll('g.role-axis-title text, g.row_title text')].map((t) => t.textContent);
    expect(titles).to.have.members(['Fecha', 'Organización']);
    const legend = [...el.shadowRoot!.querySelectorAll('g.role-legend-label text')].map((t) => t.textContent);
    expect(legend).to.deep.equal(['Designación: terrorismo (FTO, SDGT)']);
  });

  it('the CSV download holds exactly the rows shown, with their sources', async () => {
    const want = await expected({ types: ['FTO'] });
    const el = await fixture<FpkTimeline>(html`<fpk-timeline loading="eager" types="FTO"></fpk-timeline>`);
    await settled(el);
    const csv = await captureDownload(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="csv"]')!.click());
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).to.equal(
      'date,organization,kind,type,event_type_code,description,checked,check_status_code,sources,source,dataset_version',
    );
    expect(lines).to.have.length(want.all + 1);
    for (const r of want.designations) {
      expect(
        lines.some(
          (l) =>
            l.startsWith(`${r.date ?? ''},${rowOf(r)},Designation,Foreign Terrorist Organization (FTO),FTO,`) &&
            l.includes(r.sources[0]!.url),
        ),
      ).to.equal(true);
    }
    expect(lines[1]).to.match(/,designations \S+; cases \S+$/);
  });

  const bad: [string, Record<string, string>, string, string, string][] = [
    [
      'unknown type',
      { types: 'FTO,KINGPIN' },
      'unknown-value',
      'types',
      'Unknown type "KINGPIN" in types="FTO,KINGPIN". Allowed: FTO, SDGT, SDNTK, TCO, ILLICIT-DRUGS-EO14059, FinCEN-2313a, indictment, complaint',
    ],
    [
      'unknown organization',
      { organizations: 'Sinaloa Cartel,Los Pinos' },
      'unknown-value',
      'organizations',
      'Unknown organization "Los Pinos" in organizations="Sinaloa Cartel,Los Pinos". Available: ',
    ],
    ['from after to', { from: '2025-06', to: '2024-01' }, 'bad-range', 'from', 'from="2025-06" is after to="2024-01"'],
    ['bad month', { to: '2025-13' }, 'bad-period', 'to', 'to="2025-13" is not a month. Use YYYY-MM'],
    [
      'unknown events source',
      { events: 'designations,rulings' },
      'unknown-value',
      'events',
      'Unknown event source "rulings" in events="designations,rulings". Allowed: designations, cases.',
    ],
    ['unknown terrorism value', { terrorism: 'yes' }, 'unknown-value', 'terrorism', 'Unknown terrorism "yes". Allowed: only, all.'],
  ];
  for (const [what, attributes, code, attribute, message] of bad) {
    it(`${what}: shows what was wrong and what is allowed, and fires fpk-error`, async () => {
      const el = document.createElement('fpk-timeline');
      el.loading = 'eager';
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const outcome = settled(el);
      document.body.append(el);
      try {
        const event = await outcome;
        expect(event.type).to.equal('fpk-error');
        expect(event.detail).to.include({ code, attribute });
        await el.updateComplete;
        expect(shadowText(el, '[part="error"]')).to.contain(message);
        expect(el.shadowRoot!.querySelector('.vega, table')).to.equal(null);
      } finally {
        el.remove();
      }
    });
  }

  it('the unknown-organization message lists every organization row', async () => {
    const want = await expected();
    const el = await fixture<FpkTimeline>(html`<fpk-timeline organizations="Nope"></fpk-timeline>`);
    const event = await settled(el);
    const everyRow = new Set([...want.designations.map(rowOf), ...want.cases.flatMap(rowsOf)]);
    // Row names hold ", " themselves ("CIBanco S.A., Institución de Banca Multiple"): the list is every name, sorted, joined by ", ".
    const sorted = [...everyRow].sort((a, b) => a.localeCompare(b, 'en'));
    expect(event.detail.message as string).to.equal(
      `Unknown organization "Nope" in organizations="Nope". Available: ${sorted.join(', ')}.`,
    );
  });

  /** The element `width` px wide (its own width decides the layout, not the viewport's). */
  async function timelineAt(width: number): Promise<FpkTimeline> {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: ${width}px"><fpk-timeline loading="eager" terrorism="only" from="2019-01"></fpk-timeline></div>`,
    );
    const el = box.querySelector('fpk-timeline')!;
    expect((await settled(el)).type).to.equal('fpk-ready');
    return el;
  }
  const box = (e: Element) => e.getBoundingClientRect();

  for (const width of [375, 1280]) {
    it(`at ${width} px the plot takes most of the element, every row is named in full, ticks are spread, markers stay inside`, async () => {
      const el = await timelineAt(width);
      const plot = box(el.shadowRoot!.querySelector('g.plot path.background')!);
      expect(plot.width / el.clientWidth).to.be.at.least(0.6);
      const want = await expected({ terrorism: true });
      const names = [...el.shadowRoot!.querySelectorAll('g.row_names text')];
      expect(names.map((t) => t.textContent)).to.have.members([...want.organizations]);
      // No row name or legend entry is cut to "…" (the issue saw "Designation: terr…" at 375 px).
      const legend = [...el.shadowRoot!.querySelectorAll('g.role-legend-label text')].map((t) => t.textContent!);
      expect(legend).to.include('Designation: terrorism (FTO, SDGT)');
      for (const text of [...names.map((t) => t.textContent!), ...legend]) expect(text).to.not.match(/…$/);
      for (const name of names) {
        const b = box(name);
        if (width < 500) {
          // Above its row, starting at the plot's left edge.
          expect(Math.abs(b.left - plot.left)).to.be.below(2);
        } else {
          // Beside the rows, left of the plot.
          expect(b.right).to.be.at.most(plot.left);
        }
      }
      // Years every year or two, never only the first and the last.
      const years = [...el.shadowRoot!.querySelectorAll('g.role-axis-label text')].map((t) => t.textContent!);
      expect(years.length).to.be.at.least(4);
      // Every marker is inside the frame, none on its border (the issue saw 2026 markers on the right edge).
      for (const mark of marks(el)) {
        const m = box(mark);
        expect(m.left).to.be.above(plot.left);
        expect(m.right).to.be.below(plot.right);
      }
      expect(marks(el)).to.have.length(want.dated);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme (chart and table)`, async () => {
      const el = await fixture<FpkTimeline>(html`<fpk-timeline loading="eager" theme=${theme} heading="Timeline"></fpk-timeline>`);
      await settled(el);
      expect(marks(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
