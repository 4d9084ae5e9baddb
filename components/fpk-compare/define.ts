import { defineElement } from '../shared/define.js';
import { useVega } from '../shared/use-vega.js';
import { FpkCompare } from './fpk-compare.js';

// It draws a vega chart: register vega's lazy chunk (only elements that draw one do).
useVega();
defineElement('fpk-compare', FpkCompare);

export { FpkCompare };
