// Screenshots of <disclosure-audit>: the sample (five findings), a clean generated document
// and a document lacking tables; 1200 and 360 px, zh-CN and en, light and dark, a focused
// finding, and an A4 print (PDF, then `pdftoppm -png -r 80`). Written to screenshots/ for a
// person to look at. Usage: node scripts/screenshots-audit.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const sample = JSON.parse(readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json', 'utf8'));
const lacking = structuredClone(sample);
for (const id of ['t2', 't7', 't8', 't9']) delete lacking.tables[id];
delete lacking.narrative;
delete lacking.performance;
const clean = structuredClone(lacking);
// 302's items then add up to its printed 138.48.
clean.tables.t6.rows.find((row) => row.code === '30299').amount = 14.48;

const page = (lang, theme, src) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 16px; background: ${theme === 'dark' ? '#18181b' : '#ffffff'}; }</style>
<script type="module" src="/element.js"></script></head>
<body><disclosure-audit src="${src}" theme="${theme}" toolbar></disclosure-audit></body></html>`;

const files = {
  '/element.js': { type: 'text/javascript', body: await bundle('components/disclosure-audit/define.ts') },
  '/sample.json': { type: 'application/json', body: JSON.stringify(sample) },
  '/lacking.json': { type: 'application/json', body: JSON.stringify(lacking) },
  '/clean.json': { type: 'application/json', body: JSON.stringify(clean) },
  // A real 部门预算 as the parser reads it today (tests/fixtures/real/).
  '/real.json': { type: 'application/json', body: readFileSync('tests/fixtures/real/suzhou-ziranziyuan-2026-budget.json') },
};
const shots = [];
for (const doc of ['sample', 'lacking', 'clean', 'real'])
  for (const lang of ['zh-CN', 'en'])
    for (const theme of ['light', 'dark']) {
      files[`/${doc}-${lang}-${theme}.html`] = { type: 'text/html', body: page(lang, theme, `/${doc}.json`) };
      shots.push([doc, lang, theme]);
    }

const server = await serve(files);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const width of [1200, 360]) {
    for (const [doc, lang, theme] of shots) {
      if (doc !== 'sample' && (theme === 'dark' || width === 360) && !(doc === 'clean' && width === 360 && theme === 'light')) continue;
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const tab = await context.newPage();
      tab.on('pageerror', (error) => console.error('page error:', error.message));
      tab.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
      await tab.goto(`${server.url}/${doc}-${lang}-${theme}.html`);
      await tab.waitForFunction(() => document.querySelector('disclosure-audit')?.shadowRoot?.querySelector('svg'));
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) console.warn(`horizontal overflow ${overflow}px at ${width} ${doc} ${lang} ${theme}`);
      if (doc === 'sample' && theme === 'light') {
        await tab.keyboard.press('Tab');
        // Past the four filter buttons to the findings, then one down.
        for (let i = 0; i < 4; i++) await tab.keyboard.press('Tab');
        await tab.keyboard.press('ArrowDown');
      }
      await tab.screenshot({ path: `screenshots/audit-${doc}-${width}-${lang}-${theme}.png`, fullPage: true });
      if (width === 1200 && theme === 'light' && lang === 'zh-CN') {
        await tab.emulateMedia({ media: 'print' });
        await tab.pdf({ path: `screenshots/audit-${doc}-print.pdf`, format: 'A4' });
        execFileSync('pdftoppm', ['-png', '-r', '80', `screenshots/audit-${doc}-print.pdf`, `screenshots/audit-${doc}-print`]);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('written to screenshots/');
