import { defineElement } from '../shared/define.js';
import { FpkMap } from './fpk-map.js';

defineElement('fpk-map', FpkMap);

export { FpkMap };
