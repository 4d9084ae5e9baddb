// Lists every dataset with its metadata and a preview table, through the public SDK.
import { DATASET_NAMES, loadDataset, sourceLine, type DatasetMeta } from '../src/index.js';

const PREVIEW = 8;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' ? ((v as { url?: string }).url ?? JSON.stringify(v)) : String(v))).join('; ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function section(meta: DatasetMeta, rows: readonly object[]): HTMLElement {
  const s = el('section', undefined, { id: meta.name, 'aria-labelledby': `${meta.name}-title` });
  s.append(el('h2', meta.title, { id: `${meta.name}-title` }));
  s.append(el('p', meta.description));
  const facts = el('dl');
  const fact = (k: string, v: string) => facts.append(el('dt', k), el('dd', v));
  fact('Import', `import { rows, meta } from 'fentanyl-policy-kit/data/${meta.name}'`);
  fact('Rows', meta.rowCount.toLocaleString('en-US'));
  fact('Coverage', `${meta.coverage.start ?? '—'} to ${meta.coverage.end ?? '—'}`);
  fact('Publisher', meta.publisher);
  fact('Licence', meta.license);
  fact('Sources', meta.sources.map((x) => `${x.title} (${x.url})`).join(' · '));
  s.append(facts);
  s.append(el('p', sourceLine(meta), { class: 'source' }));
  const table = el('table');
  table.append(el('caption', `First ${Math.min(PREVIEW, rows.length)} of ${meta.rowCount.toLocaleString('en-US')} rows`));
  const head = el('tr');
  for (const f of meta.fields) head.append(el('th', f.name, { scope: 'col', title: f.description }));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const row of rows.slice(0, PREVIEW)) {
    const tr = el('tr');
    for (const f of meta.fields) tr.append(el('td', cell((row as Record<string, unknown>)[f.name])));
    table.tBodies[0]!.append(tr);
  }
  const wrap = el('div', undefined, { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `${meta.title}: preview` });
  wrap.append(table);
  s.append(wrap);
  if (meta.caveats.length) {
    const d = el('details');
    d.append(el('summary', `Caveats (${meta.caveats.length})`));
    const ul = el('ul');
    for (const c of meta.caveats) ul.append(el('li', c));
    d.append(ul);
    s.append(d);
  }
  return s;
}

const root = document.getElementById('datasets')!;
const sections = await Promise.all(
  DATASET_NAMES.map(async (name) => {
    try {
      // Overdoses are sliced per jurisdiction: the preview fetches only the US slice.
      const { rows, meta } = await loadDataset(name, name === 'overdoses' ? ({ jurisdictions: ['US'] } as never) : {});
      return section(meta, rows);
    } catch (error) {
      return el('p', `${name}: ${(error as Error).message}`, { role: 'alert' });
    }
  }),
);
root.replaceChildren(...sections);
