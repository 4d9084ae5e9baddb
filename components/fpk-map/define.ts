import { defineElement } from '../shared/define.js';
import { useVega } from '../shared/use-vega.js';
import { FpkMap } from './fpk-map.js';

// It draws a vega chart: register vega's lazy chunk (only elements that draw one do).
useVega();
defineElement('fpk-map', FpkMap);

export { FpkMap };
