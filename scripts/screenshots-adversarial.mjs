// Screenshots of the adversarial pass (tests/fuzz/adversarial.test.ts): a pie of 40 classes with
// long bidi names, 300 slices, 500 execution items, a sankey with a 0 and a tiny flow beside
// huge ones, amounts 10⁸ times the sample's in 元, every element on the sample — on an RTL page, light and dark, 1200 and 360 px,
// zh-CN and en. Written to screenshots/adv-* (gitignored). Usage: node scripts/screenshots-adversarial.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const ELEMENTS = [
  ['crowded', 'spend-structure-pie', 'crowded'],
  ['many', 'spend-structure-pie', 'many'],
  ['execution', 'budget-execution', 'execution'],
  ['sankey', 'budget-sankey', 'sankey'],
  ['three', 'three-public-costs', 'sample'],
  ['scorecard', 'performance-scorecard', 'sample'],
  ['summary', 'performance-summary', 'sample'],
  ['audit', 'disclosure-audit', 'sample'],
  ['huge-sankey', 'budget-sankey', 'huge', 'unit="元"'],
  ['huge-pie', 'spend-structure-pie', 'huge', 'unit="元"'],
  ['huge-three', 'three-public-costs', 'huge', 'unit="元"'],
  ['huge-execution', 'budget-execution', 'huge', 'unit="元"'],
];

const page = (lang, theme) => `<!doctype html>
<html lang="${lang}" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { margin: 0; padding: 16px; background: ${theme === 'dark' ? '#18181b' : '#ffffff'}; color: ${theme === 'dark' ? '#eee' : '#111'}; font-family: sans-serif; }
  h2 { font-size: 14px; margin: 24px 0 4px; }
</style>
<script type="module" src="/page.js"></script>
<script type="module">
  const sample = await (await fetch('/sample.json')).json();
  const docs = { ...window.adversarial(sample), sample };
  for (const el of document.querySelectorAll('[data-doc]')) el.data = docs[el.dataset.doc];
  document.body.dataset.ready = '1';
</script>
</head>
<body>
${ELEMENTS.map(([id, tag, doc, extra = '']) => `<h2>${id}</h2><${tag} id="${id}" data-doc="${doc}" theme="${theme}" ${extra}></${tag}>`).join('\n')}
</body>
</html>`;

const files = {
  '/page.js': { type: 'text/javascript', body: await bundle('scripts/bench/adversarial-page.ts') },
  '/sample.json': { type: 'application/json', body: readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json') },
};
for (const lang of ['zh-CN', 'en']) for (const theme of ['light', 'dark']) files[`/${lang}-${theme}.html`] = { type: 'text/html', body: page(lang, theme) };

const server = await serve(files);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const width of [1200, 360]) {
    for (const lang of ['zh-CN', 'en']) {
      for (const theme of ['light', 'dark']) {
        if (theme === 'dark' && lang === 'en') continue;
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        const tab = await context.newPage();
        tab.on('pageerror', (error) => console.error(`page error (${width} ${lang} ${theme}):`, error.message));
        tab.on('console', (message) => message.type() === 'error' && console.error(`console (${width} ${lang} ${theme}):`, message.text()));
        await tab.goto(`${server.url}/${lang}-${theme}.html`);
        await tab.waitForFunction(() => document.body.dataset.ready && [...document.querySelectorAll('[data-doc]')].every((el) => el.state && el.state !== 'none' && el.state !== 'loading'));
        await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) console.warn(`horizontal overflow ${overflow}px at ${width} ${lang} ${theme}`);
        for (const [id] of ELEMENTS) {
          await tab.locator(`#${id}`).screenshot({ path: `screenshots/adv-${width}-${lang}-${theme}-${id}.png` });
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
