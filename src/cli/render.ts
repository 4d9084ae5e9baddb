/**
 * `fpk render <tag> [--<attribute> value …] [-o chart.svg|chart.png] [--scale 2] [--width 640]`:
 * the chart the element draws for those attributes, as a file (format from the extension) or, without
 * `-o`, an SVG on stdout. `--lang` and `--theme` are attributes like the others; `--state` is a
 * reader's view as a permalink keeps it (src/charts/controls.ts), applied over them.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { FpkError } from '../errors.js';
import { helpText, numberOption, readElementArgs, wantsHelp, type CommandOption } from './element-args.js';
import type { CliOutput } from './output.js';

export const RENDER_USAGE = `fpk render <tag> [--<attribute> value …] [--state '<state>'] [-o chart.svg|chart.png] [--scale 2] [--width 640]
    e.g. fpk render fpk-trend --jurisdictions US,OH --drugs synthetic-opioids --lang es -o chart.png
    --state takes what a permalink holds after #fpk-<id>=, e.g. --state 'jurisdictions:US,OH;measure:per100k'`;

export const RENDER_OPTIONS: readonly CommandOption[] = [
  { name: 'output', short: 'o' },
  { name: 'scale' },
  { name: 'width' },
  { name: 'state' },
];

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export async function renderCommand(args: readonly string[], io: CliOutput = process): Promise<void> {
  if (wantsHelp(args)) {
    io.stdout.write(helpText(args[0], `Usage: ${RENDER_USAGE}`));
    return;
  }
  const { tag, attributes, options } = readElementArgs(args, RENDER_OPTIONS, `Usage: ${RENDER_USAGE}`);
  const output = options['output'];
  const format = output === undefined ? 'svg' : extname(output).toLowerCase().slice(1);
  if (format !== 'svg' && format !== 'png')
    throw new FpkError('unknown-value', `-o ${output}: the format comes from the extension, .svg or .png.`, 'output');
  const scale = numberOption(options, 'scale');
  if (scale !== undefined && format !== 'png')
    throw new FpkError('unknown-value', '--scale sizes a PNG: write to a .png file with -o.', 'scale');
  const width = numberOption(options, 'width');
  const state = options['state'];
  const sizing = { ...(width === undefined ? {} : { width }), ...(state === undefined ? {} : { state }) };
  // Loaded here: vega and the rasteriser are heavy, and the other commands need neither.
  const { render, renderPNG } = await import('../render/index.js');

  if (format === 'png') {
    const png = await renderPNG(tag, attributes, { ...sizing, ...(scale === undefined ? {} : { scale }) });
    await writeFile(output!, png);
    const size = pngSize(png);
    io.stderr.write(`fpk: wrote ${output} (PNG, ${size.width} × ${size.height} px)\n`);
    return;
  }
  const { svg, width: w, height: h } = await render(tag, attributes, sizing);
  if (output === undefined) {
    io.stdout.write(`${svg}\n`);
    return;
  }
  await writeFile(output, svg);
  io.stderr.write(`fpk: wrote ${output} (SVG, ${w} × ${h} px)\n`);
}
