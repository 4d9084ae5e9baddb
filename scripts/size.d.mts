/** Types of scripts/size.mjs for the tests that use its analysis. */
export interface ChunkSize {
  fileName: string;
  name: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: { id: string; renderedLength: number }[];
  dynamicImporters: Record<string, { module: string; chunk: string }[]>;
  bytes: number;
  gzip: number;
  brotli: number;
}

export interface PageLoad {
  chunks: string[];
  brotli: number;
  gzip: number;
  bytes: number;
  vega: boolean;
  /** Whether it loads vega-lite's compiler (only <fpk-chart> does). */
  vegaLite: boolean;
  notLoaded: string[];
}

export interface SizeAnalysis {
  version: string;
  chunks: ChunkSize[];
  entry: ChunkSize;
  core: { chunks: string[]; brotli: number; gzip: number; bytes: number };
  vegaChunks: string[];
  vegaLiteChunks: string[];
  pages: {
    'only <fpk-cases>': PageLoad;
    'one <fpk-trend>': PageLoad;
    'one of each reader element (no <fpk-chart>)': PageLoad;
    'one <fpk-chart>': PageLoad;
    'one of each element': PageLoad;
  };
}

export function analyze(dir?: string): SizeAnalysis;
