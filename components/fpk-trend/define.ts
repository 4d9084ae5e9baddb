import { defineElement } from '../shared/define.js';
import { FpkTrend } from './fpk-trend.js';

defineElement('fpk-trend', FpkTrend);

export { FpkTrend };
