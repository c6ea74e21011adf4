// Screenshots of <budget-sankey> on the real documents' parsed JSON (tests/fixtures/real/*.json),
// zh-CN light at 1000 px and en dark at 360 px, to screenshots/sankey-real/ (gitignored).
// Usage (after npm run build): node scripts/screenshots-sankey-real.mjs [name ...]
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const names = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('tests/fixtures/real').filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', ''));
const page = (lang, theme, name) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<style>body { margin: 0; padding: 16px; background: ${theme === 'dark' ? '#18181b' : '#fff'}; }</style>
<script type="module" src="/element.js"></script></head>
<body><budget-sankey src="/${name}.json" theme="${theme}" lang="${lang}"></budget-sankey></body></html>`;
const files = { '/element.js': { type: 'text/javascript', body: await bundle('components/index.ts') } };
for (const name of names) {
  files[`/${name}.json`] = { type: 'application/json', body: readFileSync(`tests/fixtures/real/${name}.json`) };
  files[`/${name}-zh.html`] = { type: 'text/html', body: page('zh-CN', 'light', name) };
  files[`/${name}-en.html`] = { type: 'text/html', body: page('en', 'dark', name) };
}
const server = await serve(files);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots/sankey-real', { recursive: true });
try {
  for (const name of names) {
    for (const [lang, width] of [['zh', 1000], ['en', 360]]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const tab = await context.newPage();
      tab.on('pageerror', (error) => console.error(`page error (${name} ${lang}):`, error.message));
      await tab.goto(`${server.url}/${name}-${lang}.html`);
      await tab.waitForFunction(() => document.querySelector('budget-sankey')?.shadowRoot?.querySelector('svg, [part~="error"], [part~="empty"]'));
      await tab.evaluate(() => new Promise(requestAnimationFrame));
      await tab.screenshot({ path: `screenshots/sankey-real/${name}-${lang}.png`, fullPage: true });
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log('written to screenshots/sankey-real/');
