/**
 * The iframe embed: embed/embed.html renders one element from its query string and posts its
 * height; embed/host.ts (loaded on this test page, as on a newsroom's page) sizes the frame and
 * ignores every message that is not exactly a resize from that frame's own window and origin.
 */
import { expect } from '@open-wc/testing';
import '../../embed/host.js';
import '../../components/fpk-cases/define.js';
import { allowedAttributes, readEmbedQuery } from '../../src/charts/embeddable.js';

const FALLBACK_HEIGHT = 150;
const frames: HTMLIFrameElement[] = [];

async function until<T>(probe: () => T | null | undefined | false, what: string, timeout = 15000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** An iframe to the real embed page, as the snippet writes it (fixed fallback height). */
async function embed(query: string, { host = true } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (host) frame.setAttribute('data-fpk-embed', '');
  frame.setAttribute('height', String(FALLBACK_HEIGHT));
  frame.setAttribute('title', 'Embedded chart');
  frame.style.width = '640px';
  frame.style.border = '0';
  frame.style.display = 'block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(`../../embed/embed.html?${query}`, import.meta.url).href;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

type Status = HTMLElement & { status: string };

async function readyElement(frame: HTMLIFrameElement, tag: string): Promise<Status> {
  const el = await until(() => frame.contentDocument!.querySelector<Status>(tag), `<${tag}> in the embed`);
  await until(() => el.status !== 'loading' && el, `<${tag}> to settle`);
  return el;
}

/** The bottom edge of what the embed page shows, in its own CSS pixels. */
function contentBottom(frame: HTMLIFrameElement, el: Element): number {
  return el.getBoundingClientRect().bottom + frame.contentWindow!.scrollY;
}

function post(data: unknown, origin: string, source: MessageEventSource | null): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('iframe embed', function () {
  this.timeout(30000);

  it('resizes the iframe to the content of the element in it, and speaks AMP embed-size', async () => {
    const amp: unknown[] = [];
    const listen = (e: MessageEvent) => {
      if ((e.data as { sentinel?: string })?.sentinel === 'amp') amp.push(e.data);
    };
    window.addEventListener('message', listen);
    try {
      const frame = await embed('tag=fpk-cases&from=2025-01&heading=Cartel%20cases');
      const el = await readyElement(frame, 'fpk-cases');
      expect(el.status).to.equal('ready');
      const bottom = await until(() => {
        const b = contentBottom(frame, el);
        return Math.abs(frame.clientHeight - b) <= 2 && b;
      }, 'the frame to fit its content');
      // Proves the frame moved away from its fallback height rather than happening to match it.
      expect(bottom).to.be.greaterThan(FALLBACK_HEIGHT + 100);
      expect(frame.getAttribute('height')).to.equal(String(FALLBACK_HEIGHT));
      const doc = frame.contentDocument!.documentElement;
      expect(doc.scrollHeight).to.be.at.most(frame.clientHeight + 1);
      expect(frame.contentDocument!.title).to.equal('Cartel cases');
      // embed.css applied under the page's own strict CSP (no inline style anywhere).
      expect(getComputedStyle(frame.contentDocument!.body).marginTop).to.equal('0px');
      const last = amp.at(-1) as { type: string; height: number };
      expect(last).to.include({ sentinel: 'amp', type: 'embed-size' });
      expect(last.height).to.be.closeTo(frame.clientHeight, 2);
    } finally {
      window.removeEventListener('message', listen);
    }
  });

  it('sizes a frame whose page posted before the host listened (the host asks again on load)', async () => {
    const frame = await embed('tag=fpk-cases&from=2025-06');
    const el = await readyElement(frame, 'fpk-cases');
    await until(() => Math.abs(frame.clientHeight - contentBottom(frame, el)) <= 2, 'the frame to fit');
    // Forget the size, as if the host had started late; its request makes the page post again.
    frame.style.height = '';
    frame.contentWindow!.postMessage({ type: 'fpk:request-resize' }, location.origin);
    await until(() => Math.abs(frame.clientHeight - contentBottom(frame, el)) <= 2, 'the frame to fit again');
  });

  it('ignores messages of the wrong shape, from the wrong origin or from another window', async () => {
    const frame = await embed('tag=fpk-cases&from=2025-01');
    const el = await readyElement(frame, 'fpk-cases');
    await until(() => Math.abs(frame.clientHeight - contentBottom(frame, el)) <= 2, 'the frame to fit');
    const fitted = frame.style.height;
    const win = frame.contentWindow!;
    const origin = location.origin;

    const shapes: unknown[] = [
      { type: 'fpk:resize', height: '400' },
      { type: 'fpk:resize' },
      { height: 400 },
      { type: 'resize', height: 400 },
      { type: 'fpk:resize', height: Number.NaN },
      { type: 'fpk:resize', height: Number.POSITIVE_INFINITY },
      { type: 'fpk:resize', height: -5 },
      { type: 'fpk:resize', height: 0 },
      { type: 'fpk:resize', height: 10000 },
      { type: 'fpk:resize', height: 1e9 },
      { sentinel: 'amp', type: 'embed-size', height: 400 },
      '{"type":"fpk:resize","height":400}',
      ['fpk:resize', 400],
      null,
      400,
    ];
    for (const data of shapes) {
      post(data, origin, win);
      expect(frame.style.height, JSON.stringify(data) ?? String(data)).to.equal(fitted);
    }

    const good = { type: 'fpk:resize', height: 400 };
    for (const wrongOrigin of [
      'http://evil.example',
      'null',
      '',
      `${origin}.evil.example`,
      `${location.protocol}//${location.hostname}:${Number(location.port) + 1}`,
    ]) {
      post(good, wrongOrigin, win);
      expect(frame.style.height, wrongOrigin).to.equal(fitted);
    }

    const other = await embed('tag=fpk-nope', { host: false });
    for (const wrongSource of [window, other.contentWindow!, null]) {
      post(good, origin, wrongSource);
      expect(frame.style.height).to.equal(fitted);
    }

    // The same message from the right window and origin is applied: the checks above could fail.
    post(good, origin, win);
    expect(frame.style.height).to.equal('400px');
  });

  it('leaves frames without data-fpk-embed at their own height', async () => {
    const frame = await embed('tag=fpk-cases&from=2025-01', { host: false });
    await readyElement(frame, 'fpk-cases');
    await new Promise((r) => setTimeout(r, 200));
    expect(frame.style.height).to.equal('');
    expect(frame.clientHeight).to.equal(FALLBACK_HEIGHT);
  });

  it('shows an error for an unknown or missing tag, and still fits it', async () => {
    const frame = await embed('tag=fpk-nope&jurisdictions=US');
    const error = await until(() => frame.contentDocument!.querySelector('.fpk-embed-error'), 'the error message');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.equal('Unknown chart "fpk-nope". Use one of: fpk-trend, fpk-compare, fpk-map, fpk-timeline, fpk-cases.');
    expect(frame.contentDocument!.querySelector('fpk-nope')).to.equal(null);
    await until(() => Math.abs(frame.clientHeight - contentBottom(frame, error)) <= 2, 'the frame to fit the error');

    const missing = await embed('jurisdictions=US');
    const message = await until(() => missing.contentDocument!.querySelector('.fpk-embed-error'), 'the error message');
    expect(message.textContent).to.match(/^No chart named\. Add \?tag= with one of: fpk-trend,/);
  });

  it('applies the attributes as text; the first of a repeated name wins', async () => {
    const heading = '<img src=x onerror="window.top.pwned=1">Cases';
    const query = new URLSearchParams([
      ['tag', 'fpk-cases'],
      ['from', '2025-01'],
      ['heading', heading],
      ['from', '2019-01'],
      ['tag', 'fpk-trend'],
    ]);
    const frame = await embed(query.toString());
    const el = await readyElement(frame, 'fpk-cases');
    expect(frame.contentDocument!.querySelector('fpk-trend')).to.equal(null);
    expect(el.getAttribute('from')).to.equal('2025-01');
    expect(el.getAttribute('heading')).to.equal(heading);
    // The element reflects theme and view itself; everything else present came from the allow-list.
    for (const name of el.getAttributeNames()) expect([...allowedAttributes('fpk-cases'), 'theme', 'view']).to.include(name);
    const h2 = el.shadowRoot!.querySelector('h2')!;
    expect(h2.textContent).to.equal(heading);
    expect(h2.querySelector('img')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it("a parameter the chart does not take shows the element's own unknown-attribute message in the frame, and draws nothing", async () => {
    for (const [query, message] of [
      [
        'tag=fpk-map&drugs=cocaine&events=designations',
        '<fpk-map> has no attribute "events": event markers are drawn on <fpk-trend>. Its attributes: dataset, measure, drugs, to, heading, description, lang, theme, view, actions, data, loading, controls, permalink.',
      ],
      [
        'tag=fpk-cases&from=2025-01&onclick=window.top.pwned%3D1',
        '<fpk-cases> has no attribute "onclick". Its attributes: from, to, event-types, terrorism, query, heading, description, lang, theme, view, actions, data, loading.',
      ],
      [
        'tag=fpk-cases&style=display:none',
        '<fpk-cases> has no attribute "style". Its attributes: from, to, event-types, terrorism, query, heading, description, lang, theme, view, actions, data, loading.',
      ],
    ] as const) {
      const frame = await embed(query);
      const error = await until(() => frame.contentDocument!.querySelector('.fpk-embed-error'), `the error for ${query}`);
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.equal(message);
      expect(frame.contentDocument!.querySelector('fpk-map, fpk-cases'), query).to.equal(null);
    }
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('controls and permalink work in the frame: a reader choice redraws and is kept in the frame URL', async () => {
    const frame = await embed('tag=fpk-map&controls=measure&permalink=&drugs=synthetic-opioids&to=2024-06');
    const el = await readyElement(frame, 'fpk-map');
    expect(el.status).to.equal('ready');
    const radio = await until(
      () => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="yoy"]'),
      'the measure toggle',
    );
    const drawn = new Promise((resolve) => el.addEventListener('fpk-ready', resolve, { once: true }));
    radio.click();
    await drawn;
    expect(el.getAttribute('measure')).to.equal('yoy');
    expect(frame.contentWindow!.location.hash).to.equal('#fpk-chart=measure:yoy');
    expect(location.hash).to.equal('');
  });

  it('src (a reader CSV) is not embeddable: the frame says to use the script embed', async () => {
    const frame = await embed('tag=fpk-trend&src=https%3A%2F%2Fexample.com%2Fevil.csv');
    const error = await until(() => frame.contentDocument!.querySelector('.fpk-embed-error'), 'the error');
    expect(error.textContent).to.match(/^src cannot be set in an embed URL: .*Use the script embed \(fpk embed prints it\)\.$/);
    expect(frame.contentDocument!.querySelector('fpk-trend')).to.equal(null);
  });
});

describe('iframe embed: hostile query strings and messages', function () {
  this.timeout(30000);

  it('a tag with markup, another case or a trailing character is an unknown chart, shown as text', async () => {
    for (const tag of [
      '<img src=x onerror="window.top.pwned=1">',
      'FPK-CASES',
      'fpk-cases ',
      'fpk-cases\u0000',
      'script',
      'fpk-cases<svg onload=window.top.pwned=1>',
    ]) {
      const frame = await embed(new URLSearchParams({ tag }).toString());
      const error = await until(() => frame.contentDocument!.querySelector('.fpk-embed-error'), `the error for ${JSON.stringify(tag)}`);
      expect(error.textContent).to.equal(`Unknown chart "${tag}". Use one of: fpk-trend, fpk-compare, fpk-map, fpk-timeline, fpk-cases.`);
      expect(frame.contentDocument!.querySelector('main img, main svg, main script, fpk-cases'), tag).to.equal(null);
    }
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('parameter names with markup or event handlers never reach the element: the error names them as text', async () => {
    for (const name of ['<img src=x onerror="window.top.pwned=1">', '"><script>window.top.pwned=1</script>', 'onload']) {
      const query = new URLSearchParams([
        ['tag', 'fpk-cases'],
        ['query', '<img src=x onerror="window.top.pwned=1">'],
        // Long, but within the 16 KB a server accepts for a request line.
        ['description', '"><svg onload=window.top.pwned=1>'.repeat(100)],
        [name, 'window.top.pwned=1'],
      ]);
      const frame = await embed(query.toString());
      const error = await until(() => frame.contentDocument!.querySelector('.fpk-embed-error'), `the error for ${name}`);
      expect(error.textContent).to.equal(
        `<fpk-cases> has no attribute "${name}". Its attributes: from, to, event-types, terrorism, query, heading, description, lang, theme, view, actions, data, loading.`,
      );
      expect(frame.contentDocument!.querySelector('fpk-cases, img, svg, script:not([src])'), name).to.equal(null);
    }
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('fractional heights are rounded up; a message with extra keys is still a resize; a string height is not', async () => {
    const frame = await embed('tag=fpk-nope');
    await until(() => frame.contentDocument!.querySelector('.fpk-embed-error'), 'the error message');
    const win = frame.contentWindow!;
    post({ type: 'fpk:resize', height: 400.2, extra: { nested: true } }, location.origin, win);
    expect(frame.style.height).to.equal('401px');
    post({ type: 'fpk:resize', height: '500px' }, location.origin, win);
    post({ type: 'fpk:resize', height: 10000.5 }, location.origin, win);
    expect(frame.style.height).to.equal('401px');
  });

  it('the embed page re-posts its height only when its own parent asks', async () => {
    const posts: unknown[] = [];
    const listen = (e: MessageEvent) => {
      if ((e.data as { type?: string })?.type === 'fpk:resize') posts.push(e.data);
    };
    const frame = await embed('tag=fpk-nope');
    await until(() => frame.contentDocument!.querySelector('.fpk-embed-error'), 'the error message');
    await new Promise((r) => setTimeout(r, 300));
    window.addEventListener('message', listen);
    try {
      const win = frame.contentWindow!;
      const ask = (source: MessageEventSource | null, data: unknown = { type: 'fpk:request-resize' }) =>
        win.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source }));
      for (const source of [win, null]) ask(source);
      for (const data of [{ type: 'fpk:request-resize ' }, 'fpk:request-resize', null, { type: 'fpk:resize', height: 10 }])
        ask(window, data);
      await new Promise((r) => setTimeout(r, 300));
      expect(posts, 'posts after requests from the wrong window or in the wrong shape').to.deep.equal([]);
      ask(window);
      await until(() => posts.length === 1, 'the re-posted height');
    } finally {
      window.removeEventListener('message', listen);
    }
  });
});

describe('readEmbedQuery', () => {
  it('keeps allowed attributes in order and the first of repeated names, and names the rest', () => {
    const request = readEmbedQuery('?tag=fpk-trend&jurisdictions=US,OH&drugs=synthetic-opioids&heading=A%26B&jurisdictions=WV');
    expect(request).to.deep.equal({
      ok: true,
      tag: 'fpk-trend',
      attributes: [
        ['jurisdictions', 'US,OH'],
        ['drugs', 'synthetic-opioids'],
        ['heading', 'A&B'],
      ],
      ignored: ['jurisdictions'],
    });
  });

  it('an attribute of one element is an unknown attribute on another', () => {
    const request = readEmbedQuery('tag=fpk-trend&event-types=plea');
    expect(request.ok).to.equal(false);
    expect(!request.ok && [request.code, request.message]).to.deep.equal([
      'unknown-attribute',
      '<fpk-trend> has no attribute "event-types". Its attributes: dataset, measure, jurisdictions, drugs, regions, from, to, events, terrorism, src, src-date, src-value, src-label, heading, description, lang, theme, view, actions, data, loading, controls, permalink.',
    ]);
  });

  it('every attribute the embed allows on <fpk-cases> is one the element observes', () => {
    const observed = (customElements.get('fpk-cases') as unknown as { observedAttributes: string[] }).observedAttributes;
    // `lang` is a global HTML attribute: the element reads it (and its ancestors') directly.
    for (const name of allowedAttributes('fpk-cases').filter((n) => n !== 'lang')) expect(observed, name).to.include(name);
  });
});
