// Screenshots of the break pass (tests/components/break-s10.test.ts): every chart element on a real
// document in one page per scenario — narrow (320 px, en), forced colours (Windows high
// contrast, dark), an RTL page, all amounts 0. Written to screenshots/brk-<scenario>-<tag>.png (gitignored).
// Usage: node scripts/screenshots-break.mjs [scenario …]
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const TAGS = ['budget-sankey', 'spend-structure-pie', 'budget-execution', 'three-public-costs', 'performance-scorecard', 'performance-summary', 'disclosure-audit'];
const SCENARIOS = {
  narrow: { width: 320, lang: 'en', doc: 'xian' },
  forced: { width: 800, lang: 'zh-CN', doc: 'xian', media: { forcedColors: 'active', colorScheme: 'dark' } },
  rtl: { width: 800, lang: 'zh-CN', doc: 'xian', dir: 'rtl' },
  zero: { width: 800, lang: 'zh-CN', doc: 'zero' },
  dark360: { width: 360, lang: 'zh-CN', doc: 'chongqing', media: { colorScheme: 'dark' } },
};
const only = process.argv.slice(2);

const page = ({ lang, dir = 'ltr', doc }) => `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 8px; font-family: sans-serif; } h2 { font-size: 13px; margin: 16px 0 4px; }</style>
<script type="module" src="/page.js"></script>
<script type="module">
  const zero = (value) => { if (Array.isArray(value)) value.forEach(zero); else if (value && typeof value === 'object') for (const key of Object.keys(value)) { if (typeof value[key] === 'number' && key !== 'line' && key !== 'year') value[key] = 0; else zero(value[key]); } };
  const name = '${doc}';
  const data = await (await fetch(name === 'chongqing' ? '/chongqing.json' : '/xian.json')).json();
  if (name === 'zero') zero(data.tables);
  for (const el of document.querySelectorAll('[data-doc]')) el.data = data;
  await new Promise((resolve) => setTimeout(resolve, 800));
  document.body.dataset.ready = '1';
</script></head>
<body>${TAGS.map((tag) => `<h2>${tag}</h2><${tag} data-doc></${tag}>`).join('\n')}</body></html>`;

const files = {
  '/page.js': { type: 'text/javascript', body: await bundle('components/index.ts') },
  '/xian.json': { type: 'application/json', body: readFileSync('tests/fixtures/real/xian-weijian-2022-final.json') },
  '/chongqing.json': { type: 'application/json', body: readFileSync('tests/fixtures/real/chongqing-shuili-2026-budget.json') },
};
for (const [name, scenario] of Object.entries(SCENARIOS)) files[`/${name}.html`] = { type: 'text/html', body: page(scenario) };

const server = await serve(files);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    if (only.length && !only.includes(name)) continue;
    const context = await browser.newContext({ viewport: { width: scenario.width, height: 900 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => console.log(name, 'page error:', error.message));
    tab.on('console', (message) => message.type() === 'error' && console.log(name, 'console:', message.text()));
    if (scenario.media) await tab.emulateMedia(scenario.media);
    await tab.goto(`${server.url}/${name}.html`);
    await tab.waitForSelector('body[data-ready]');
    for (const tag of TAGS) {
      const element = tab.locator(tag);
      const height = await element.evaluate((el) => el.getBoundingClientRect().height);
      // Very tall elements (a long audit) are cut to their first 1600 px.
      if (height > 1600) {
        const box = await element.boundingBox();
        await tab.screenshot({ path: `screenshots/brk-${name}-${tag}.png`, fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: 1600 } });
      } else await element.screenshot({ path: `screenshots/brk-${name}-${tag}.png` });
    }
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(name, 'horizontal overflow px', overflow);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
