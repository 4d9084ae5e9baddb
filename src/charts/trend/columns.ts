/** The trend's table and download: its columns for the settings shown, and the download's file name. */
import type { Lang } from '../../i18n/index.js';
import type { Column } from '../contract.js';
import type { TrendSettings } from './settings.js';
import { trendText } from './text.js';

export function columnsFor(settings: TrendSettings, lang: Lang): Column[] {
  const c = trendText(lang).columns;
  const valueLabel = trendText(lang).valueAxis(settings.measure);
  const valueFormat =
    settings.measure === 'per100k' || settings.measure === 'pounds' ? 'rate' : settings.measure === 'yoy' ? 'percent' : 'number';
  const series: Column = { key: 'series', label: c.series };
  const value: Column = { key: 'value', label: valueLabel, format: valueFormat };
  if (settings.dataset === 'seizures') {
    return [
      series,
      { key: 'drug', label: c.drug, downloadOnly: true },
      { key: 'region', label: c.region, downloadOnly: true },
      { key: 'period', label: c.month, format: 'month' },
      value,
      { key: 'fiscalYearToDate', label: c.fiscalYearToDate },
    ];
  }
  if (settings.dataset === 'sanctions') return [series, { key: 'period', label: c.month, format: 'month' }, value];
  const byMeasure: Record<string, Column[]> = {
    reported: [{ key: 'predicted', label: c.predicted, format: 'number' }],
    revisions: [{ key: 'predicted', label: c.predicted, format: 'number' }],
    predicted: [{ key: 'reported', label: c.reported, format: 'number' }],
    per100k: [
      { key: 'predicted', label: c.predicted, format: 'rate' },
      { key: 'reported', label: c.reported, format: 'number' },
      { key: 'population', label: c.population, format: 'number' },
      { key: 'populationYear', label: c.populationYear },
    ],
    yoy: [
      { key: 'reported', label: c.reported, format: 'number' },
      { key: 'previous', label: c.previous, format: 'number' },
    ],
  };
  return [
    series,
    // Codes, for programs reading the download; the series name says both in words.
    { key: 'jurisdiction', label: c.jurisdiction, downloadOnly: true },
    { key: 'indicator', label: c.indicator, downloadOnly: true },
    { key: 'period', label: c.period, format: 'month' },
    value,
    ...byMeasure[settings.measure]!,
    { key: 'release', label: c.release },
    { key: 'footnotes', label: c.footnotes },
    { key: 'provisional', label: c.provisional },
  ];
}

export function filenameFor(settings: TrendSettings): string {
  const parts: string[] = ['fpk-trend', settings.dataset];
  if (settings.dataset === 'overdoses') parts.push(...settings.jurisdictions, ...settings.indicators);
  if (settings.dataset === 'seizures') parts.push(...settings.seizureDrugs, ...settings.regions);
  parts.push(settings.measure);
  if (settings.from) parts.push(settings.from);
  if (settings.to) parts.push(settings.to);
  return parts.join('-');
}
