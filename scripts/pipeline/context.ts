/**
 * What a dataset build step gets: read-only access to the raw folder, table reading by schema,
 * and one problem list for the whole build. Nothing here writes; `output.ts` does, and only when
 * every dataset built without a problem.
 */
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCSV, type ParseOptions } from '../../src/csv.js';
import type { Problem, RowOf, Schema } from '../../src/schema-engine.js';
import type { SourceFile } from '../../src/meta.js';

export class BuildFailed extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`data build failed with ${problems.length} problem(s)`);
  }
}

export interface Table<S extends Schema> {
  readonly file: string;
  readonly rows: RowOf<S>[];
  /** File line of each row (header is line 1), for problems found after parsing. */
  readonly lines: number[];
}

export class BuildContext {
  readonly problems: Problem[] = [];
  /** Every raw file read, with its hash, for `meta.sources[].files`. */
  private readonly files = new Map<string, string>();

  constructor(readonly rawDir: string) {}

  /** Bytes of a raw file (gunzipped when it ends in .gz); records its SHA-256. */
  readBytes(path: string): Buffer {
    const full = join(this.rawDir, path);
    if (!existsSync(full)) {
      this.problems.push({ file: path, expected: `the raw file to exist at ${full}` });
      return Buffer.alloc(0);
    }
    let bytes = readFileSync(full);
    if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
    this.files.set(path, createHash('sha256').update(bytes).digest('hex'));
    return bytes;
  }

  /** Whether a raw file is there: for a file a build may do without (an older raw folder lacks it). */
  has(path: string): boolean {
    return existsSync(join(this.rawDir, path));
  }

  readText(path: string): string {
    return this.readBytes(path).toString('utf8');
  }

  /** Parses a raw CSV by its schema; every bad cell becomes a problem of the build. */
  readTable<S extends Schema>(path: string, schema: S, options: Omit<ParseOptions, 'file'> = {}): Table<S> {
    const text = this.readText(path);
    if (text === '') return { file: path, rows: [], lines: [] };
    const result = parseCSV(text, schema, { ...options, file: path });
    this.problems.push(...result.errors);
    return { file: path, rows: result.rows, lines: result.lines };
  }

  problem(p: Problem): void {
    this.problems.push(p);
  }

  /** The provenance record of a raw file read by this build. */
  sourceFile(path: string, retrievedFrom: string): SourceFile {
    const sha256 = this.files.get(path);
    if (!sha256) throw new Error(`sourceFile("${path}") before the file was read`);
    return { path, sha256, retrievedFrom };
  }
}
