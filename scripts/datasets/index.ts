/** Every dataset build step, in build order. */
import type { DatasetBuild } from '../pipeline/dataset.js';
import { cases } from './cases.js';

export const BUILDS: readonly DatasetBuild[] = [cases as unknown as DatasetBuild];
