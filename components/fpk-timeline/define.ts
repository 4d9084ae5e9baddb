import { defineElement } from '../shared/define.js';
import { FpkTimeline } from './fpk-timeline.js';

defineElement('fpk-timeline', FpkTimeline);

export { FpkTimeline };
