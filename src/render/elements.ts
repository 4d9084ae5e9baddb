/**
 * The elements the renderer draws out of the box. Each entry loads the element's pure model
 * builder (`components/<tag>/model.ts`, signature `ModelBuilder`) on first use.
 */
import { lazyModel, registerModel, type ModelBuilder } from './models.js';

const ELEMENTS: Readonly<Record<string, () => Promise<ModelBuilder>>> = {};

for (const [tag, load] of Object.entries(ELEMENTS)) registerModel(tag, lazyModel(load));
