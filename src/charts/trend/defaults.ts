/**
 * What `<fpk-trend>` shows when an attribute is left out. Its own module: the settings parser
 * (in the lazy model chunk) applies them, and the element (in the core) uses them to start
 * fetching the series' data before the model code has arrived.
 */
export const DEFAULT_JURISDICTIONS = ['US'] as const;
export const DEFAULT_INDICATORS = ['all-drugs'] as const;
export const DEFAULT_SEIZURE_DRUGS = ['fentanyl'] as const;

/** Series a trend chart draws at most: one colour each from the theme's eight (the settings parser and the reader controls hold to it). */
export const MAX_SERIES = 8;
