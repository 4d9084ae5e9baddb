/**
 * The elements the renderer draws out of the box. Each entry loads the element's pure model
 * builder (no DOM) on first use and hands it what the element would read from the page.
 */
import { lazyModel, registerModel, type ModelBuilder } from './models.js';

const ELEMENTS: Readonly<Record<string, () => Promise<ModelBuilder>>> = {
  'fpk-trend': async () => {
    const { buildTrendModel } = await import('../../components/fpk-trend/model.js');
    // The element colours event markers and the predicted band's swatch from --_muted and --_predicted.
    return (attributes, lang, { tokens }) => buildTrendModel(attributes, lang, { colors: () => ({ marker: tokens.muted, band: tokens.predicted }) });
  },
};

for (const [tag, load] of Object.entries(ELEMENTS)) registerModel(tag, lazyModel(load));
