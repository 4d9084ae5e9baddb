// The gallery's freshness table: each dataset's latest period, its release and its age today,
// from the same meta (and the same counting, src/freshness.ts) as the README's dated table.
import { DATASET_NAMES, loadMeta } from '../src/index.js';
import { freshnessRows, mostSeriesEndText, seriesText } from '../src/freshness.js';

const table = document.getElementById('freshness') as HTMLTableElement;
const today = new Date().toISOString().slice(0, 10);
table.querySelector('[data-today]')!.textContent = today;
try {
  const metas = await Promise.all(DATASET_NAMES.map((name) => loadMeta(name)));
  const body = table.tBodies[0]!;
  body.replaceChildren(
    ...freshnessRows(metas, today).map((r) => {
      const tr = document.createElement('tr');
      const link = document.createElement('a');
      link.href = `./datasets.html#${r.dataset}`;
      link.textContent = r.dataset;
      const th = document.createElement('th');
      th.scope = 'row';
      th.append(link);
      tr.append(th);
      for (const text of [
        r.latestPeriod,
        r.releases.join(', '),
        seriesText(r),
        mostSeriesEndText(r),
        `${r.ageMonths} month${r.ageMonths === 1 ? '' : 's'}`,
      ]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    }),
  );
} catch (error) {
  table.insertAdjacentHTML('afterend', '<p role="alert"></p>');
  table.nextElementSibling!.textContent = `The freshness table could not be loaded: ${(error as Error).message}`;
}
