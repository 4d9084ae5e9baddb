import { defineElement } from '../shared/define.js';
import { useVega } from '../shared/use-vega.js';
import { FpkChart } from './fpk-chart.js';

// It draws a vega chart: register vega's lazy chunk (only elements that draw one do).
useVega();
defineElement('fpk-chart', FpkChart);

export { FpkChart };
