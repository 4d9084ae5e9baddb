/**
 * The CDN's `cdn/fpk-chart.js`: `<fpk-chart>` for pages that draw their own vega-lite charts, with
 * every other element (it imports fpk.js, whose code it shares). Not in fpk.js itself: every page
 * loads that core before its first chart, and it stays within its 25 KB brotli budget
 * (test/package/cdn.test.ts) for the five elements readers' pages use.
 */
import '../index.js';
import './define.js';
