// Screenshots of <performance-scorecard> and <performance-summary> on the sample (and the real
// Xi'an 决算 when tests/fixtures/real/ holds it): 1200 and 360 px, zh-CN and en, light and dark,
// and an A4 print. Written to screenshots/ (gitignored). Usage: node scripts/screenshots-performance.mjs
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const page = (lang, theme, body) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 16px; background: ${theme === 'dark' ? '#18181b' : '#ffffff'}; } performance-scorecard { margin-top: 24px; }</style>
<script type="module" src="/element.js"></script></head><body>${body}</body></html>`;

const docs = { sample: 'tests/fixtures/linzi-industry-it-bureau-2021-final.json' };
if (existsSync('tests/fixtures/real/xian-weijian-2022-final.json')) docs.xian = 'tests/fixtures/real/xian-weijian-2022-final.json';
const files = { '/element.js': { type: 'text/javascript', body: await bundle('components/index.ts') } };
for (const [name, path] of Object.entries(docs)) files[`/${name}.json`] = { type: 'application/json', body: readFileSync(path) };
const shots = [];
for (const lang of ['zh-CN', 'en'])
  for (const theme of ['light', 'dark']) {
    files[`/sample-${lang}-${theme}.html`] = {
      type: 'text/html',
      body: page(lang, theme, `<performance-summary src="/sample.json" theme="${theme}" toolbar></performance-summary><performance-scorecard src="/sample.json" project="8" theme="${theme}" toolbar></performance-scorecard>`),
    };
    shots.push([`sample-${lang}-${theme}`]);
  }
files['/sample-card2.html'] = { type: 'text/html', body: page('zh-CN', 'light', `<performance-scorecard src="/sample.json" project="3"></performance-scorecard><performance-scorecard src="/sample.json" project="2"></performance-scorecard>`) };
shots.push(['sample-card2']);
if (docs.xian) {
  files['/xian.html'] = { type: 'text/html', body: page('zh-CN', 'light', `<performance-summary src="/xian.json"></performance-summary><performance-scorecard src="/xian.json" project="17"></performance-scorecard>`) };
  shots.push(['xian']);
}
const server = await serve(files);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const [name] of shots)
    for (const width of [1200, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const tab = await context.newPage();
      tab.on('pageerror', (error) => console.error(`page error ${name}:`, error.message));
      tab.on('console', (m) => m.type() === 'error' && console.error(name, m.text()));
      await tab.goto(`${server.url}/${name}.html`);
      await tab.waitForFunction(() => [...document.querySelectorAll('performance-scorecard, performance-summary')].every((e) => e.state === 'ready' || e.state === 'empty' || e.state === 'invalid'));
      await tab.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) console.warn(`horizontal overflow ${overflow}px: ${name} ${width}`);
      // Narrow pages are long: cut into 1200 px pieces so each can be looked at full size.
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      const step = width < 500 ? 1200 : height;
      for (let y = 0, part = 0; y < height; y += step, part++) {
        const clip = { x: 0, y, width, height: Math.min(step, height - y) };
        await tab.screenshot({ path: `screenshots/perf-${name}-${width}${step < height ? `-${part}` : ''}.png`, fullPage: true, clip });
      }
      if (width === 1200 && name === 'sample-zh-CN-light') {
        await tab.pdf({ path: 'screenshots/perf-print.pdf', format: 'A4' });
      }
      await context.close();
    }
} finally {
  await browser.close();
  server.close();
}
console.log('written', shots.length * 2, 'screenshots');
