// Screenshots of <spend-structure-pie>: the sample by class (drilled into 215 too), economic
// and income; a class with 20 款; 300 classes; blank values; a budget. 1200 and 360 px wide,
// zh-CN and en, light and dark, and the light zh-CN page printed to an A4 PDF. Written to
// screenshots/ (gitignored) for a person to look at. Usage: node scripts/screenshots-pie.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const page = (lang, theme) => `<!doctype html>
<html lang="${lang}">
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
  const set = (id, doc) => { document.getElementById(id).data = doc; };
  await customElements.whenDefined('spend-structure-pie');
  set('class', sample); set('drilled', sample); set('economic', sample); set('income', sample);
  set('twenty', window.pieDocuments.twenty); set('many', window.pieDocuments.many);
  set('blank', window.pieDocuments.blank); set('budget', window.pieDocuments.budget);
  document.getElementById('drilled').path = ['t3:215'];
  document.getElementById('twenty').path = ['t3:215'];
  document.body.dataset.ready = '1';
</script>
</head>
<body>
<h2>by=class</h2><spend-structure-pie id="class" theme="${theme}" toolbar></spend-structure-pie>
<h2>by=class, drilled into 215</h2><spend-structure-pie id="drilled" theme="${theme}"></spend-structure-pie>
<h2>by=economic, variant=pie</h2><spend-structure-pie id="economic" by="economic" variant="pie" theme="${theme}"></spend-structure-pie>
<h2>by=income</h2><spend-structure-pie id="income" by="income" theme="${theme}"></spend-structure-pie>
<h2>20 款</h2><spend-structure-pie id="twenty" theme="${theme}"></spend-structure-pie>
<h2>300 classes</h2><spend-structure-pie id="many" theme="${theme}"></spend-structure-pie>
<h2>blank and zero</h2><spend-structure-pie id="blank" theme="${theme}"></spend-structure-pie>
<h2>real: 西安卫健 2022 决算, by=income</h2><spend-structure-pie id="xian" by="income" src="/xian.json" theme="${theme}"></spend-structure-pie>
<h2>real: 苏州自然资源 2026 预算, by=class</h2><spend-structure-pie id="suzhou" src="/suzhou.json" theme="${theme}"></spend-structure-pie>
<h2>budget, by=kind</h2><spend-structure-pie id="budget" by="kind" theme="${theme}"></spend-structure-pie>
</body>
</html>`;

const files = {
  '/page.js': { type: 'text/javascript', body: await bundle('scripts/bench/pie-page.ts') },
  '/sample.json': { type: 'application/json', body: readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json') },
  '/xian.json': { type: 'application/json', body: readFileSync('tests/fixtures/real/xian-weijian-2022-final.json') },
  '/suzhou.json': { type: 'application/json', body: readFileSync('tests/fixtures/real/suzhou-ziranziyuan-2026-budget.json') },
};
for (const lang of ['zh-CN', 'en']) for (const theme of ['light', 'dark']) files[`/${lang}-${theme}.html`] = { type: 'text/html', body: page(lang, theme) };

const server = await serve(files);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
const ready = (tab) =>
  tab.waitForFunction(() => document.body.dataset.ready && [...document.querySelectorAll('spend-structure-pie')].every((el) => el.layout));
try {
  for (const width of [1200, 360]) {
    for (const lang of ['zh-CN', 'en']) {
      for (const theme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        const tab = await context.newPage();
        tab.on('pageerror', (error) => console.error(`page error (${width} ${lang} ${theme}):`, error.message));
        await tab.goto(`${server.url}/${lang}-${theme}.html`);
        await ready(tab);
        await tab.evaluate(() => new Promise(requestAnimationFrame));
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) console.warn(`horizontal overflow ${overflow}px at ${width} ${lang} ${theme}`);
        await tab.screenshot({ path: `screenshots/pie-${width}-${lang}-${theme}.png`, fullPage: true });
        if (theme === 'light' || width === 1200) {
          // One file per element as well, to look at the labels up close.
          for (const id of ['class', 'drilled', 'economic', 'income', 'twenty', 'many', 'blank', 'budget', 'xian', 'suzhou']) {
            await tab.locator(`#${id}`).screenshot({ path: `screenshots/pie-${width}-${lang}-${theme}-${id}.png` });
          }
        }
        if (theme === 'light' && lang === 'zh-CN') {
          const box = await tab.evaluate(() => {
            document.getElementById('class').scrollIntoView();
            const rect = document.getElementById('class').shadowRoot.querySelector('path[data-id="t3:201"]').getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          });
          await tab.mouse.move(box.x, box.y);
          await tab.evaluate(() => new Promise(requestAnimationFrame));
          await tab.screenshot({ path: `screenshots/pie-${width}-tooltip.png` });
        }
        await context.close();
      }
    }
  }
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(`${server.url}/zh-CN-light.html`);
  await ready(tab);
  await tab.emulateMedia({ media: 'print' });
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await tab.pdf({ path: 'screenshots/pie-print.pdf', format: 'A4' });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log('written: screenshots/pie-*.png, screenshots/pie-print.pdf');
