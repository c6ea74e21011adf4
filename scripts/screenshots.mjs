// Screenshots of <budget-sankey> with the sample document: 1200, 720 and 360 px wide,
// zh-CN and en, light and dark, plus a tooltip shown at each width. Written to screenshots/
// (gitignored) for a person to look at. Usage: node scripts/screenshots.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const WIDTHS = [1200, 720, 360];
const LANGS = ['zh-CN', 'en'];
const THEMES = ['light', 'dark'];

const page = (lang, theme) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { margin: 0; padding: 16px; background: ${theme === 'dark' ? '#18181b' : '#ffffff'}; }
</style>
<script type="module" src="/element.js"></script>
</head>
<body>
<budget-sankey src="/sample.json" theme="${theme}" toolbar></budget-sankey>
</body>
</html>`;

const files = {
  '/element.js': { type: 'text/javascript', body: await bundle('components/index.ts') },
  '/sample.json': { type: 'application/json', body: readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json') },
};
for (const lang of LANGS) for (const theme of THEMES) files[`/${lang}-${theme}.html`] = { type: 'text/html', body: page(lang, theme) };
// A document that does not balance (表1 income raised to 7,000.00): the gap is drawn and named.
const unbalanced = JSON.parse(readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json', 'utf8'));
unbalanced.tables.t1.income[0].amount = 7000;
files['/unbalanced.json'] = { type: 'application/json', body: JSON.stringify(unbalanced) };
files['/unbalanced.html'] = { type: 'text/html', body: page('zh-CN', 'light').replace('/sample.json', '/unbalanced.json') };
// A document with no 表1: the diagram starts from the printed spending total, with a note.
const noSources = JSON.parse(readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json', 'utf8'));
delete noSources.tables.t1;
files['/no-sources.json'] = { type: 'application/json', body: JSON.stringify(noSources) };
files['/no-sources.html'] = { type: 'text/html', body: page('en', 'light').replace('/sample.json', '/no-sources.json') };

const server = await serve(files);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
const written = [];
try {
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, hasTouch: width < 500 });
        const tab = await context.newPage();
        tab.on('pageerror', (error) => console.error(`page error (${width} ${lang} ${theme}):`, error.message));
        await tab.goto(`${server.url}/${lang}-${theme}.html`);
        await tab.waitForFunction(() => document.querySelector('budget-sankey')?.shadowRoot?.querySelector('svg'));
        await tab.evaluate(() => new Promise(requestAnimationFrame));
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) console.warn(`horizontal overflow ${overflow}px at ${width} ${lang} ${theme}`);
        const name = `screenshots/sankey-${width}-${lang}-${theme}.png`;
        await tab.screenshot({ path: name, fullPage: true });
        written.push(name);
        if (theme === 'light') {
          // A tooltip: tap (narrow) or hover (wide) the largest band's midpoint.
          const box = await tab.evaluate(() => {
            const root = document.querySelector('budget-sankey').shadowRoot;
            const links = [...root.querySelectorAll('path.link')];
            links.sort((a, b) => Number(b.getAttribute('stroke-width')) - Number(a.getAttribute('stroke-width')));
            const target = links[Math.floor(links.length / 2)] ?? links[0];
            const length = target.getTotalLength();
            const point = target.getPointAtLength(length * 0.9);
            const matrix = target.getScreenCTM();
            return { x: point.x * matrix.a + matrix.e, y: point.y * matrix.d + matrix.f };
          });
          if (width < 500) await tab.touchscreen.tap(box.x, box.y);
          else await tab.mouse.move(box.x, box.y);
          await tab.evaluate(() => new Promise(requestAnimationFrame));
          const tipName = `screenshots/sankey-${width}-${lang}-tooltip.png`;
          await tab.screenshot({ path: tipName });
          written.push(tipName);
          // Keyboard focus: Tab in, then along the flows to a function class and down one.
          await tab.mouse.move(0, 0);
          await tab.keyboard.press('Tab');
          for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown']) await tab.keyboard.press(key);
          await tab.evaluate(() => new Promise(requestAnimationFrame));
          const focusName = `screenshots/sankey-${width}-${lang}-focus.png`;
          await tab.screenshot({ path: focusName });
          written.push(focusName);
          // The data table, opened.
          await tab.evaluate(() => document.querySelector('budget-sankey').shadowRoot.querySelector('.table-toggle').click());
          await tab.evaluate(() => new Promise(requestAnimationFrame));
          const wide = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (wide > 0) console.warn(`horizontal overflow ${wide}px with the table at ${width} ${lang}`);
          const tableName = `screenshots/sankey-${width}-${lang}-table.png`;
          await tab.screenshot({ path: tableName, fullPage: true });
          written.push(tableName);
        }
        await context.close();
      }
    }
  }
  const context = await browser.newContext({ viewport: { width: 1200, height: 700 } });
  const tab = await context.newPage();
  await tab.goto(`${server.url}/unbalanced.html`);
  await tab.waitForFunction(() => document.querySelector('budget-sankey')?.shadowRoot?.querySelector('svg'));
  await tab.screenshot({ path: 'screenshots/sankey-1200-unbalanced.png', fullPage: true });
  written.push('screenshots/sankey-1200-unbalanced.png');
  await tab.goto(`${server.url}/no-sources.html`);
  await tab.waitForFunction(() => document.querySelector('budget-sankey')?.shadowRoot?.querySelector('svg'));
  await tab.screenshot({ path: 'screenshots/sankey-1200-no-sources.png', fullPage: true });
  written.push('screenshots/sankey-1200-no-sources.png');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(written.join('\n'));
