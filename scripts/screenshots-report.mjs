// Screenshots of <disclosure-report>: the Linzi sample and the real documents in
// tests/fixtures/real at 1200 and 360 px, zh-CN and en, light and dark; then each document
// printed to an A4 PDF from a 1600 px window (page.pdf, as Ctrl+P would) and its pages turned
// into PNGs with poppler's pdftoppm. Written to screenshots/report/ (gitignored) for a person
// to look at. Usage: node scripts/screenshots-report.mjs [--print-only]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const DOCS = {
  linzi: 'tests/fixtures/linzi-industry-it-bureau-2021-final.json',
  ...Object.fromEntries(
    readdirSync('tests/fixtures/real')
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), `tests/fixtures/real/${name}`]),
  ),
};
const printOnly = process.argv.includes('--print-only');
// `--only linzi` (or another name) limits the run to one document.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const page = (doc, lang, theme) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/page-${theme}.css">
<script type="module" src="/element.js"></script></head>
<body><disclosure-report src="/${doc}.json" theme="${theme}"></disclosure-report></body>
</html>`;

const files = {
  '/element.js': { type: 'text/javascript', body: await bundle('components/disclosure-report/define.ts') },
  '/page-light.css': { type: 'text/css', body: 'body { margin: 0; padding: 16px; background: #fff; }' },
  '/page-dark.css': { type: 'text/css', body: 'body { margin: 0; padding: 16px; background: #18181b; }' },
};
for (const [name, path] of Object.entries(DOCS)) {
  files[`/${name}.json`] = { type: 'application/json', body: readFileSync(path) };
  for (const lang of ['zh-CN', 'en']) for (const theme of ['light', 'dark']) files[`/${name}-${lang}-${theme}.html`] = { type: 'text/html', body: page(name, lang, theme) };
}

/** Wait until the report and every widget inside it have settled (ready, empty or invalid). */
async function settled(tab) {
  await tab.waitForFunction(() => {
    const report = document.querySelector('disclosure-report');
    if (!report || !['ready', 'empty', 'invalid'].includes(report.state)) return false;
    const widgets = [...report.shadowRoot.querySelectorAll('.widget')];
    return widgets.every((widget) => ['ready', 'empty', 'invalid'].includes(widget.state) && (widget.state !== 'ready' || widget.shadowRoot.querySelector('svg, table')));
  }, null, { timeout: 60000 });
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const server = await serve(files);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots/report', { recursive: true });
try {
  for (const name of Object.keys(DOCS).filter((key) => !only || key === only)) {
    const cases = printOnly ? [] : name === 'linzi' ? [[1200, 'zh-CN', 'light'], [360, 'zh-CN', 'light'], [1200, 'en', 'dark'], [360, 'en', 'dark']] : [[1200, 'zh-CN', 'light'], [360, 'en', 'light']];
    for (const [width, lang, theme] of cases) {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      tab.on('pageerror', (error) => console.error(`page error (${name} ${width} ${lang} ${theme}):`, error.message));
      await tab.goto(`${server.url}/${name}-${lang}-${theme}.html`);
      await settled(tab);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) console.warn(`horizontal overflow ${overflow}px: ${name} ${width} ${lang} ${theme}`);
      const states = await tab.evaluate(() => [...document.querySelector('disclosure-report').shadowRoot.querySelectorAll('.widget')].map((w) => `${w.localName}:${w.state}`).join(' '));
      console.log(`${name} ${width} ${lang} ${theme}: ${states}`);
      // The top (title, contents, overview, flow) and the whole page, which runs long.
      await tab.screenshot({ path: `screenshots/report/${name}-${width}-${lang}-${theme}-top.png`, clip: { x: 0, y: 0, width, height: 1600 } });
      await tab.screenshot({ path: `screenshots/report/${name}-${width}-${lang}-${theme}.png`, fullPage: true, timeout: 120000 });
      await tab.close();
    }
    // Print: from a wide window, as a reader's Ctrl+P; A4 with the browsers' default 10 mm margins.
    const tab = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await tab.goto(`${server.url}/${name}-zh-CN-light.html`);
    await settled(tab);
    await tab.emulateMedia({ media: 'print' });
    await tab.waitForFunction(() => [...document.querySelector('disclosure-report').shadowRoot.querySelectorAll('budget-sankey')].every((w) => !w.layout || w.layout.width <= 718), null, { timeout: 10000 }).catch(() => console.warn('print layout did not narrow'));
    const widths = await tab.evaluate(() => [...document.querySelector('disclosure-report').shadowRoot.querySelectorAll('.widget')].map((w) => w.shadowRoot.querySelector('svg[part~="svg"]')?.getBoundingClientRect().width ?? 0));
    console.log(`${name} print: widest chart ${Math.max(...widths).toFixed(0)} px (A4 content 718 px)`);
    const pdf = `screenshots/report/${name}-print.pdf`;
    await tab.pdf({ path: pdf, format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' }, printBackground: false });
    await tab.close();
    try {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `screenshots/report/${name}-print`]);
      const pages = readdirSync('screenshots/report').filter((file) => file.startsWith(`${name}-print-`)).length;
      console.log(`${pdf}: ${pages} pages as PNG`);
    } catch {
      console.log(`${pdf} written (pdftoppm not found: no PNG)`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
