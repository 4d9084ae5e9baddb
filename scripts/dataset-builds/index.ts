/** Every dataset build step, in build order. */
import type { DatasetBuild } from '../pipeline/dataset.js';
import { cases } from './cases.js';
import { designations } from './designations.js';
import { organizations } from './organizations.js';
import { overdoses } from './overdoses.js';
import { overdosesFinal } from './overdoses-final.js';
import { population } from './population.js';
import { sanctions, sanctionsEvents } from './sanctions.js';
import { seizures } from './seizures.js';

export const BUILDS: readonly DatasetBuild[] = [
  cases as unknown as DatasetBuild,
  designations as unknown as DatasetBuild,
  organizations as unknown as DatasetBuild,
  sanctions as unknown as DatasetBuild,
  sanctionsEvents as unknown as DatasetBuild,
  seizures as unknown as DatasetBuild,
  population as unknown as DatasetBuild,
  overdoses as unknown as DatasetBuild,
  overdosesFinal as unknown as DatasetBuild,
];
