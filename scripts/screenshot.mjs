#!/usr/bin/env node
/**
 * Dev tool: `node scripts/screenshot.mjs <url> <out.png> [width] [colorScheme]` takes a full-page
 * screenshot in Debian's Chromium (to look at what a reader sees) and prints console errors.
 */
import { chromium } from 'playwright';

const [url, out, width = '1100', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
console.log(errors.length ? `console errors:\n${errors.join('\n')}` : 'no console errors');
await browser.close();
