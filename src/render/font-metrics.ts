/**
 * Advance widths from a TrueType/OpenType font file (tables `head`, `hhea`, `hmtx`, `cmap`
 * formats 4 and 12), so vega in Node lays out text with the widths the rasteriser will draw
 * instead of its rough estimate (0.8 em a character). Kerning is left out: it moves a label by
 * a fraction of a pixel.
 */
export interface FontMetrics {
  /** Width in px of `text` set at `size` px. */
  width(text: string, size: number): number;
}

export function fontMetrics(bytes: Uint8Array): FontMetrics {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = data.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, data.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no "${tag}" table`);
    return offset;
  };

  const unitsPerEm = data.getUint16(table('head') + 18);
  const metricCount = data.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  // Glyphs past the last long metric share its advance (monospaced tails).
  const advance = (glyph: number) => data.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1));
  const glyphOf = cmapLookup(data, table('cmap'));

  const cache = new Map<number, number>();
  const advanceOf = (codePoint: number): number => {
    let units = cache.get(codePoint);
    if (units === undefined) {
      units = advance(glyphOf(codePoint));
      cache.set(codePoint, units);
    }
    return units;
  };

  return {
    width(text, size) {
      let units = 0;
      for (const ch of text) units += advanceOf(ch.codePointAt(0)!);
      return (units * size) / unitsPerEm;
    },
  };
}

/** Code point → glyph id from the best Unicode subtable: format 12 (full range), else format 4 (BMP). */
function cmapLookup(data: DataView, cmap: number): (codePoint: number) => number {
  const subtables: { format: number; offset: number }[] = [];
  const count = data.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = data.getUint16(record);
    const encoding = data.getUint16(record + 2);
    const offset = cmap + data.getUint32(record + 4);
    // Unicode platform, or Windows Unicode BMP (1) / full repertoire (10).
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push({ format: data.getUint16(offset), offset });
  }
  const full = subtables.find((s) => s.format === 12);
  if (full) return format12(data, full.offset);
  const bmp = subtables.find((s) => s.format === 4);
  if (bmp) return format4(data, bmp.offset);
  throw new Error('font has no Unicode cmap subtable of format 4 or 12');
}

function format4(data: DataView, offset: number): (codePoint: number) => number {
  const segments = data.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (c) => {
    if (c > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (c > data.getUint16(ends + 2 * i)) continue;
      const start = data.getUint16(starts + 2 * i);
      if (c < start) return 0;
      const delta = data.getUint16(deltas + 2 * i);
      const rangeAt = rangeOffsets + 2 * i;
      const range = data.getUint16(rangeAt);
      if (range === 0) return (c + delta) & 0xffff;
      const glyph = data.getUint16(rangeAt + range + 2 * (c - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function format12(data: DataView, offset: number): (codePoint: number) => number {
  const groups = data.getUint32(offset + 12);
  return (c) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const group = offset + 16 + mid * 12;
      const start = data.getUint32(group);
      if (c < start) hi = mid - 1;
      else if (c > data.getUint32(group + 4)) lo = mid + 1;
      else return data.getUint32(group + 8) + (c - start);
    }
    return 0;
  };
}
