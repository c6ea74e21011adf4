// Screenshots of <budget-execution> and <three-public-costs>: the sample and synthetic
// documents, 1200 and 360 px wide, zh-CN and en, light and dark, a tooltip, and an A4 PDF of
// each page turned into PNGs (pdftoppm). Written to screenshots/ (gitignored) for a person to
// look at. Usage: node scripts/screenshots-bars.mjs [filter]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const filter = process.argv[2] ?? '';
const sample = JSON.parse(readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json', 'utf8'));
const pages = JSON.parse(await (async () => {
  // Synthetic documents come from the test helpers, bundled and run here in Node.
  const code = await bundle('scripts/bench/bars-documents.ts');
  writeFileSync('/tmp/bars-documents.mjs', code);
  const { documents } = await import(`/tmp/bars-documents.mjs?${Date.now()}`);
  return JSON.stringify(documents(sample));
})());

const html = (lang, theme, body) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 16px; background: ${theme === 'dark' ? '#18181b' : '#ffffff'}; } h2 { font: 14px sans-serif; color: #888 }</style>
<script type="module" src="/element.js"></script></head><body>${body}</body></html>`;

const files = { '/element.js': { type: 'text/javascript', body: await bundle('components/index.ts') } };
for (const [name, doc] of Object.entries(pages.docs)) files[`/${name}.json`] = { type: 'application/json', body: JSON.stringify(doc) };
const server = await serve(files);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const [name, { body, widths = [1200, 360], langs = ['zh-CN', 'en'], themes = ['light', 'dark'] }] of Object.entries(pages.pages)) {
    if (filter && !name.includes(filter)) continue;
    for (const width of widths)
      for (const lang of langs)
        for (const theme of themes) {
          const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
          const tab = await context.newPage();
          tab.on('pageerror', (error) => console.error(`page error (${name}):`, error.message));
          tab.on('console', (message) => message.type() === 'error' && console.error(`console (${name}):`, message.text()));
          files['/page.html'] = { type: 'text/html', body: html(lang, theme, body.replaceAll('THEME', theme)) };
          await tab.goto(`${server.url}/page.html`);
          await tab.waitForFunction(() => [...document.querySelectorAll('budget-execution, three-public-costs')].every((el) => el.state && el.state !== 'none' && el.state !== 'loading' && (el.state !== 'ready' || el.layout)));
          await tab.evaluate(() => new Promise(requestAnimationFrame));
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) console.warn(`horizontal overflow ${overflow}px: ${name} ${width} ${lang} ${theme}`);
          const file = `screenshots/${name}-${width}-${lang}-${theme}.png`;
          await tab.screenshot({ path: file, fullPage: true });
          console.log(file);
          if (theme === 'light' && lang === 'zh-CN') {
            const box = await tab.evaluate(() => {
              const el = document.querySelector('budget-execution, three-public-costs');
              const row = el.shadowRoot.querySelectorAll('g.row.kind-bar')[1] ?? el.shadowRoot.querySelector('g.row.kind-bar');
              const rect = row?.querySelector('.front, .back, .hit')?.getBoundingClientRect();
              return rect && { x: rect.left + Math.min(rect.width / 2, 30) + 1, y: rect.top + rect.height / 2 };
            });
            if (box) {
              await tab.mouse.move(box.x, box.y);
              await tab.evaluate(() => new Promise(requestAnimationFrame));
              await tab.screenshot({ path: `screenshots/${name}-${width}-tooltip.png` });
            }
            if (width === 1200) {
              await tab.mouse.move(0, 0);
              const pdf = `screenshots/${name}-print.pdf`;
              await tab.emulateMedia({ media: 'print' });
              await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
              await tab.pdf({ path: pdf, format: 'A4' });
              spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', pdf, pdf.replace('.pdf', '')]);
              console.log(pdf);
            }
          }
          await context.close();
        }
  }
} finally {
  await browser.close();
  await server.close();
}
