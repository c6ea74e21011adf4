// Print <budget-sankey> with the sample to an A4 PDF from a 1600 px wide window, as a reader
// pressing Ctrl+P would, and say how large its labels come out on paper. Writes
// screenshots/print.pdf (and print-1.png with poppler's pdftoppm, when installed) for a
// person to look at. Usage: node scripts/print-check.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const page = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><script type="module" src="/element.js"></script></head>
<body><h1>部门决算</h1><budget-sankey src="/sample.json"></budget-sankey></body>
</html>`;
const server = await serve({
  '/element.js': { type: 'text/javascript', body: await bundle('components/index.ts') },
  '/sample.json': { type: 'application/json', body: readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json') },
  '/print.html': { type: 'text/html', body: page },
});
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  const tab = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  await tab.goto(`${server.url}/print.html`);
  await tab.waitForFunction(() => document.querySelector('budget-sankey')?.shadowRoot?.querySelector('svg'));
  const screen = await tab.evaluate(() => document.querySelector('budget-sankey').layout.width);
  // What the print engine sees: print media, as page.pdf() lays the page out.
  await tab.emulateMedia({ media: 'print' });
  // The media change reaches the page as an event a moment later.
  await tab.waitForFunction((width) => document.querySelector('budget-sankey').layout.width < width, screen).catch(() => {});
  const printed = await tab.evaluate(() => {
    const el = document.querySelector('budget-sankey');
    const svg = el.shadowRoot.querySelector('svg');
    const swatch = el.shadowRoot.querySelector('.swatch');
    return {
      layout: el.layout.width,
      drawn: svg.getBoundingClientRect().width,
      fontSize: el.layout.fontSize,
      printColorAdjust: swatch ? getComputedStyle(swatch).printColorAdjust : 'no swatch',
    };
  });
  // And straight to PDF from screen media, as the browser's print command does (it fires
  // beforeprint / matches print media itself).
  await tab.emulateMedia({ media: null });
  await tab.waitForFunction((width) => document.querySelector('budget-sankey').layout.width === width, screen).catch(() => {});
  const back = await tab.evaluate(() => document.querySelector('budget-sankey').layout.width);
  console.log(`back on screen: layout ${back} px`);
  // A4 with 10 mm margins, like the browsers' default: 190 mm ≈ 718 px of content at 96 dpi.
  // A wider chart is shrunk to fit it.
  const margin = { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' };
  await tab.pdf({ path: 'screenshots/print.pdf', format: 'A4', margin, printBackground: false });
  const scale = Math.min(1, 718 / Math.max(printed.layout, printed.drawn));
  console.log(`screen layout ${screen} px; print layout ${printed.layout} px drawn ${printed.drawn.toFixed(0)} px`);
  console.log(`labels on paper ≈ ${(printed.fontSize * scale).toFixed(1)} px (at 96 dpi); swatches print-color-adjust: ${printed.printColorAdjust}`);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', 'screenshots/print.pdf', 'screenshots/print']);
    console.log('wrote screenshots/print.pdf and screenshots/print-1.png');
  } catch {
    console.log('wrote screenshots/print.pdf (pdftoppm not found: no PNG)');
  }
} finally {
  await browser.close();
  server.close();
}
