import { defineElement } from '../shared/define.js';
import { FpkCompare } from './fpk-compare.js';

defineElement('fpk-compare', FpkCompare);

export { FpkCompare };
