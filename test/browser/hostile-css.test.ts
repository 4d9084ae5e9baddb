/**
 * Hostile host pages: CSS aimed at everything (`*`, `svg`, `table`, `button`, the element itself:
 * `all: unset`, `display: inline`, `box-sizing`, `line-height: 0`, huge and tiny root font
 * sizes), a page in quirks mode, a transformed or `contain`ed container, a closed `<details>`
 * and a hidden tab panel that open later. The chart must stay legible and correctly sized:
 * measured (sizes, fonts, visibility) and, where the picture matters, compared with a screenshot
 * of the same element on a clean page taken in the same run (same browser and fonts, so nothing
 * committed can differ per machine), within a tolerance for antialiasing.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../components/fpk-trend/define.js';
import '../../components/fpk-cases/define.js';
import { THEMES } from '../../src/theme.js';
import { settled } from './helpers.js';

type Chart = HTMLElement & { status: string };

/** Computed font families name fonts in double quotes. */
const FONT = THEMES.light.font.replaceAll("'", '"');
const TREND = html`<fpk-trend loading="eager" jurisdictions="US,OH" drugs="synthetic-opioids" heading="Synthetic-opioid deaths"></fpk-trend>`;

/** A page-wide stylesheet for one test (removed in afterEach). */
let sheet: HTMLStyleElement | undefined;
function hostCSS(css: string): void {
  sheet?.remove();
  sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
}

afterEach(() => {
  sheet?.remove();
  sheet = undefined;
});

const svgOf = (el: Element) => el.shadowRoot!.querySelector<SVGSVGElement>('.fpk-vega > svg');

async function drawn(el: Chart): Promise<Chart> {
  const outcome = await settled(el);
  expect(outcome.type, JSON.stringify(outcome.detail)).to.equal('fpk-ready');
  return el;
}

/** An element in a wrapper `width` px wide, drawn. */
async function chartIn(width: number, template = TREND): Promise<Chart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return drawn(wrapper.firstElementChild as Chart);
}

/** The picture of a chart on a clean page, then removed so the next one takes its place on the screen. */
async function referencePicture(width: number): Promise<ImageData> {
  const picture = await pixels(await chartIn(width));
  fixtureCleanup();
  return picture;
}

/** The pixels of the page area an element covers, decoded in the page. */
async function pixels(el: Element): Promise<ImageData> {
  const r = el.getBoundingClientRect();
  const rect = { x: Math.floor(r.x), y: Math.floor(r.y), width: Math.ceil(r.width), height: Math.ceil(r.height) };
  const base64 = await executeServerCommand<string, typeof rect>('element-screenshot', rect);
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Share of pixels that differ by more than an antialiasing step (pictures of one size only). */
function difference(a: ImageData, b: ImageData): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`the pictures differ in size: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(
      Math.abs(a.data[i]! - b.data[i]!),
      Math.abs(a.data[i + 1]! - b.data[i + 1]!),
      Math.abs(a.data[i + 2]! - b.data[i + 2]!),
    );
    if (d > 48) differ++;
  }
  return differ / (a.width * a.height);
}

/** Pictures of the same chart may differ in this share of pixels (antialiasing only). */
const TOLERANCE = 0.005;

/** Every text in the element's shadow root that a reader sees: its font family and size. */
function textStyles(el: Element): { family: string; size: number; lineHeight: number }[] {
  const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('h2, p, th, td, button, caption')].filter((e) => e.textContent!.trim());
  return texts.map((e) => {
    const style = getComputedStyle(e);
    return { family: style.fontFamily, size: parseFloat(style.fontSize), lineHeight: e.getBoundingClientRect().height };
  });
}

function expectLegible(el: Element, minSize = 11): void {
  const styles = textStyles(el);
  expect(styles.length).to.be.greaterThan(2);
  for (const s of styles) {
    expect(s.family).to.equal(FONT);
    expect(s.size).to.be.at.least(minSize);
    expect(s.lineHeight).to.be.at.least(s.size);
  }
}

/** The element and everything in it stay within its container's width. */
function expectWithin(el: Element, container: Element): void {
  const right = container.getBoundingClientRect().right + 0.5;
  expect(el.getBoundingClientRect().right).to.be.at.most(right);
  for (const part of el.shadowRoot!.querySelectorAll('figure, [part="chart"], .table-wrap, [part="source"], [part="actions"]')) {
    expect(part.getBoundingClientRect().right, part.getAttribute('part') ?? part.className).to.be.at.most(right);
  }
}

describe('hostile host CSS', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('all: unset on the element: its own font, sizes and picture, as on a clean page', async () => {
    const reference = await referencePicture(640);
    hostCSS('body { font-family: "Times New Roman", serif; line-height: 3; color: #c00 } fpk-trend, fpk-cases { all: unset }');
    const hostile = await chartIn(640);
    expectLegible(hostile);
    expect(svgOf(hostile)!.getAttribute('width')).to.equal('640');
    expect(difference(reference, await pixels(hostile))).to.be.below(TOLERANCE);
  });

  for (const width of [375, 1280]) {
    it(`all: unset on <fpk-cases> at ${width} px: the table scrolls inside the element, nothing runs past its edge`, async () => {
      hostCSS('body { font-family: serif } fpk-cases { all: unset }');
      await setViewport({ width, height: 900 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width - 40}px"><fpk-cases></fpk-cases></div>`);
        const el = await drawn(wrapper.firstElementChild as Chart);
        expectLegible(el);
        expectWithin(el, wrapper);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      } finally {
        await setViewport({ width: 1280, height: 900 });
      }
    });
  }

  it('display: inline, box-sizing and line-height on the element: same picture', async () => {
    const reference = await referencePicture(640);
    hostCSS('fpk-trend { display: inline; box-sizing: content-box; line-height: 0; font-size: 30px; padding: 0 }');
    const hostile = await chartIn(640);
    expectLegible(hostile);
    expect(difference(reference, await pixels(hostile))).to.be.below(TOLERANCE);
  });

  it('rules on *, svg, table and button stay outside the shadow root', async () => {
    hostCSS(`* { box-sizing: content-box !important; line-height: 0 !important; font: 2px/0 serif !important; margin: 9px }
      svg { display: none !important; width: 10px !important } table { display: none !important }
      button { all: unset !important; font-size: 0 !important }`);
    const el = await chartIn(640);
    const svg = svgOf(el)!;
    expect(getComputedStyle(svg).display).to.equal('block');
    expect(svg.getBoundingClientRect().width).to.be.within(600, 640);
    expectLegible(el);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.length).to.be.greaterThan(3);
    for (const b of buttons) expect(b.getBoundingClientRect().height).to.be.at.least(24);
  });

  for (const [label, root, minSize] of [
    ['huge', '40px', 30],
    ['tiny', '4px', 11],
    ['62.5 %', '62.5%', 11],
  ] as const) {
    it(`a ${label} root font size (${root}): text stays legible and the chart fits`, async () => {
      hostCSS(`html { font-size: ${root} }`);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px">${TREND}</div>`);
      const el = await drawn(wrapper.firstElementChild as Chart);
      expectLegible(el, minSize);
      expect(svgOf(el)!.getAttribute('width')).to.equal('640');
      expectWithin(el, wrapper);
    });
  }

  it('inside a transformed container: laid out at the container width, drawn scaled with it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px; transform: scale(0.5) rotate(0.001deg); transform-origin: 0 0">${TREND}</div>`,
    );
    const el = await drawn(wrapper.firstElementChild as Chart);
    expect(svgOf(el)!.getAttribute('width')).to.equal('640');
    expect(el.getBoundingClientRect().width).to.be.closeTo(320, 1);
  });

  it('inside a contain: strict container with a fixed size: drawn at its width, clipped to it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="contain: strict; width: 500px; height: 700px; overflow: auto">${TREND}</div>`,
    );
    const el = await drawn(wrapper.firstElementChild as Chart);
    expect(svgOf(el)!.getAttribute('width')).to.equal('500');
    expectLegible(el);
  });
});

describe('hosts that show the element later', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('in a closed <details>: nothing drawn at width 0; drawn at the full width once opened', async () => {
    const details = await fixture<HTMLDetailsElement>(html`<details style="width: 600px"><summary>Chart</summary>${TREND}</details>`);
    const el = details.querySelector<Chart>('fpk-trend')!;
    await new Promise((r) => setTimeout(r, 1500));
    expect(svgOf(el)).to.equal(null);
    details.open = true;
    await drawn(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(svgOf(el)?.getAttribute('width')).to.equal('600');
    expectLegible(el);
  });

  it('in a hidden tab panel that becomes visible: drawn at the panel width, same picture as a chart never hidden', async () => {
    const reference = await referencePicture(560);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 560px"><div role="tabpanel" hidden>${TREND}</div></div>`);
    const panel = wrapper.firstElementChild as HTMLElement;
    const el = panel.querySelector<Chart>('fpk-trend')!;
    await new Promise((r) => setTimeout(r, 1500));
    expect(svgOf(el)).to.equal(null);
    panel.hidden = false;
    await drawn(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(svgOf(el)?.getAttribute('width')).to.equal('560');
    expect(difference(reference, await pixels(el))).to.be.below(TOLERANCE);
  });

  it('a page in quirks mode (no doctype): legible, the table within its box', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 700px; height: 900px; border: 0';
    // A served page without a doctype (srcdoc documents are never in quirks mode).
    frame.src = new URL('./quirks-page.html', import.meta.url).href;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      expect(doc.compatMode).to.equal('BackCompat');
      const el = doc.querySelector<Chart>('fpk-cases')!;
      for (let i = 0; i < 200 && el.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
      expect(el.status).to.equal('ready');
      const tds = [...el.shadowRoot!.querySelectorAll('td')];
      expect(tds.length).to.be.greaterThan(40);
      // Quirks mode's tables do not inherit the font size; ours set theirs.
      const style = frame.contentWindow!.getComputedStyle(tds[0]!);
      expect(style.fontFamily).to.equal(FONT);
      expect(parseFloat(style.fontSize)).to.be.at.least(12);
      expect(el.shadowRoot!.querySelector('.table-wrap')!.getBoundingClientRect().right).to.be.at.most(660.5);
    } finally {
      frame.remove();
    }
  });
});
