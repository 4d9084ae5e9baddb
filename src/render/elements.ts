/**
 * The elements the renderer draws out of the box. Each entry loads the element's pure model
 * builder (no DOM) on first use and hands it what the element would read from the page; the
 * element's own `buildModel()` calls the same builder, so the image and the page cannot drift.
 */
import { FpkError } from '../errors.js';
import { lazyModel, registerModel, type ModelBuilder } from './models.js';

const ELEMENTS: Readonly<Record<string, () => Promise<ModelBuilder>>> = {
  'fpk-trend': async () => {
    const { buildTrendModel } = await import('../charts/trend/model.js');
    // Markers and the predicted band's swatch take the theme's colours from the vega config, as in the element.
    return (attributes, lang) => buildTrendModel(attributes, lang);
  },
  'fpk-compare': async () => (await import('../charts/compare/model.js')).buildCompareModel,
  'fpk-map': async () => (await import('../charts/map/model.js')).buildMapModel,
  'fpk-timeline': async () => (await import('../charts/timeline/model.js')).buildTimelineModel,
  'fpk-chart': async () => (await import('../charts/chart/model.js')).buildChartModel,
  // A table has no picture: say where its rows are instead of "unknown tag".
  'fpk-cases': async () => async () => {
    throw new FpkError(
      'render-failed',
      'fpk-cases is a table, not a chart, so there is no image to render; use `fpk data cases` for its rows.',
      'tag',
    );
  },
};

for (const [tag, load] of Object.entries(ELEMENTS)) registerModel(tag, lazyModel(load));
