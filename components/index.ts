/**
 * Registers every element (side effect): `import 'fentanyl-policy-kit/components'`. Each tag's
 * own `define` module guards against double registration, so this is safe next to a page that
 * also imports a single element.
 */
import './fpk-trend/define.js';
import './fpk-compare/define.js';
import './fpk-map/define.js';
import './fpk-timeline/define.js';
import './fpk-cases/define.js';
