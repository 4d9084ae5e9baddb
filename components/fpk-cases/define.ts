import { defineElement } from '../shared/define.js';
import { FpkCases } from './fpk-cases.js';

defineElement('fpk-cases', FpkCases);

export { FpkCases };
