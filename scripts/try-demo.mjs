// A new user's walk through the demo, for a person to check: load it, pick every document of
// the selector, switch the language, paste a published text, drop a PDF, break the JSON, and
// paste the copied embed code into an empty page next to dist/disclosure-widgets.iife.js.
// Prints console errors, CSP violations, slow steps and pages that scroll sideways; writes
// screenshots/try-*.png (1200 and 360 px) to look at.
// Usage: [TRY_SKIP_DOCUMENTS=1] node scripts/try-demo.mjs [demo URL]   (default: the built demo, dist/demo, served
// here under the strict CSP; pass http://localhost:5173/ to walk `npm start`'s page instead)
import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { launchOptions } from './bench/serve.mjs';
import { serveDir } from './serve-dir.mjs';

const STRICT_CSP = "default-src 'self'; img-src 'self'; style-src 'self'";
const REAL = '../shared/samples/real';
const given = process.argv[2];
const server = given ? undefined : await serveDir('dist/demo', { 'content-security-policy': STRICT_CSP });
const base = given ?? `${server.url}/`;
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions());
const findings = [];
const note = (text) => {
  findings.push(text);
  console.log(text);
};

/** A page with its console errors, page errors and CSP violations reported under `label`. */
async function open(url, width, label) {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && note(`[${label}] console: ${m.text()}`));
  page.on('pageerror', (e) => note(`[${label}] page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && note(`[${label}] ${r.status()} ${r.url()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(url);
  return page;
}

/** Wait until the preview widget settles; note when that took over 3 s. */
async function settled(page, label, started = Date.now()) {
  await page.waitForFunction(() => {
    const el = document.querySelector('#preview > *');
    return el && ['ready', 'invalid', 'empty', 'error'].includes(el.state) && el.state;
  }, undefined, { timeout: 60_000 });
  const ms = Date.now() - started;
  if (ms > 3000) note(`[${label}] slow: ${ms} ms to settle`);
  return page.evaluate(() => document.querySelector('#preview > *').state);
}

async function shoot(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) note(`[${name}] scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: `screenshots/try-${name}.png` });
}

/** Text on the page in the wrong script for its language: Latin words in zh-CN, Han in en. */
async function mixed(page, lang, label) {
  const text = await page.evaluate(() => {
    const parts = [];
    for (const id of ['source-status', 'validation', 'embed-how', 'copy-status', 'controls']) parts.push(document.getElementById(id)?.innerText ?? '');
    return parts.join('\n');
  });
  const lines = text.split('\n').filter((line) => (lang === 'en' ? /[\u4e00-\u9fff]/.test(line) : /\b[a-z]{4,}\b/.test(line)));
  if (lines.length) note(`[${label}] ${lang} page, other-language lines:\n    ${lines.slice(0, 8).join('\n    ')}`);
}

try {
  for (const width of process.env.TRY_SKIP_DOCUMENTS ? [] : [1200, 360]) {
    const page = await open(base, width, `load ${width}`);
    const started = Date.now();
    console.log(`load ${width}: ${await settled(page, `load ${width}`, started)} in ${Date.now() - started} ms`);
    await shoot(page, `${width}-load`);
    const options = await page.$$eval('#document option', (os) => os.map((o) => o.value));
    for (const value of options) {
      const t = Date.now();
      await page.selectOption('#document', value);
      await page.waitForTimeout(300);
      const state = await settled(page, `doc ${value} ${width}`, t);
      const status = (await page.textContent('#source-status'))?.slice(0, 100);
      const validation = (await page.textContent('#validation'))?.slice(0, 100);
      console.log(`  ${value}: ${state} (${Date.now() - t} ms) | ${status} | ${validation}`);
      if (state !== 'ready') note(`[doc ${value} ${width}] preview ${state}`);
      const gallery = await page.$$eval('#gallery .card', (cards) => cards.map((c) => `${c.dataset.tag}=${c.querySelector(c.dataset.tag)?.state}`));
      console.log(`    gallery: ${gallery.join(' ')}`);
      if (width === 1200) await shoot(page, `${width}-doc-${value}`);
    }
    for (const lang of ['en', 'zh-CN']) {
      await page.selectOption('#lang', lang);
      await page.waitForTimeout(500);
      await mixed(page, lang, `lang ${width}`);
      await shoot(page, `${width}-lang-${lang}`);
    }
    await page.close();
  }

  // Paste a real published text, English page.
  const page = await open(`${base}?lang=en`, 1200, 'paste');
  await settled(page, 'paste');
  const textFile = 'shanghai-fucai-2026-unit-budget.layout.txt';
  await page.fill('#paste', readFileSync(join(REAL, textFile), 'utf8'));
  let t = Date.now();
  await page.click('#use-paste');
  await page.waitForFunction(() => /paste|pasted/i.test(document.querySelector('#source-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
  console.log(`paste ${textFile}: ${Date.now() - t} ms | ${(await page.textContent('#source-status'))?.slice(0, 200)}`);
  await settled(page, 'paste', t);
  await mixed(page, 'en', 'paste');
  await shoot(page, '1200-paste-en');

  // Drop a small PDF on the drop zone, as a browser does: a DataTransfer with the file.
  const pdf = 'beijing-tongji-2026-budget-2-tables.pdf';
  const bytes = [...readFileSync(join(REAL, pdf))];
  t = Date.now();
  await page.evaluate(({ bytes, name }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
    const zone = document.getElementById('drop');
    for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { bytes, name: pdf });
  await page.waitForTimeout(200);
  const early = (await page.textContent('#source-status')) ?? '';
  console.log(`drop: after 200 ms the status reads: ${early.slice(0, 120)}`);
  if (!early.trim()) note('[drop] no words while the file is read');
  await page.waitForFunction((name) => (document.querySelector('#source-status')?.textContent ?? '').includes(name) && !document.querySelector('#source-status progress'), pdf, { timeout: 60_000 });
  console.log(`drop ${pdf}: ${Date.now() - t} ms | ${(await page.textContent('#source-status'))?.slice(0, 200)}`);
  await settled(page, 'drop', t);
  await mixed(page, 'en', 'drop');
  await shoot(page, '1200-drop-en');

  // Break the JSON as a user would: one keystroke after "meta" (page.fill of the whole text
  // would retype hundreds of kilobytes).
  const json = await page.inputValue('#json');
  await page.evaluate(() => {
    const editor = document.getElementById('json');
    editor.focus();
    editor.selectionStart = editor.selectionEnd = editor.value.indexOf('"meta"') + 6;
  });
  t = Date.now();
  await page.keyboard.type('x');
  await page.waitForFunction(() => /无效|Not valid/.test(document.getElementById('validation')?.textContent ?? ''), undefined, { timeout: 30_000 });
  console.log(`one keystroke to the error list: ${Date.now() - t} ms`);
  await page.waitForTimeout(500);
  console.log(`invalid JSON: ${(await page.textContent('#validation'))?.slice(0, 200)} | preview ${await settled(page, 'invalid')}`);
  await mixed(page, 'en', 'invalid');
  await shoot(page, '1200-invalid-en');
  await page.evaluate((text) => {
    const editor = document.getElementById('json');
    editor.value = text;
    editor.dispatchEvent(new Event('input'));
  }, JSON.stringify({ ...JSON.parse(json), meta: { ...JSON.parse(json).meta, year: 'twenty' } }, null, 2));
  await page.waitForTimeout(500);
  console.log(`schema-invalid: ${(await page.textContent('#validation'))?.slice(0, 200)}`);
  await page.selectOption('#lang', 'zh-CN');
  await page.waitForTimeout(300);
  await mixed(page, 'zh-CN', 'invalid zh');
  await shoot(page, '1200-invalid-zh');
  await page.close();

  // The embed code, both ways, in an empty page next to the built script.
  for (const mode of ['src', 'inline']) {
    const p = await open(base, 1200, `embed ${mode}`);
    await settled(p, 'embed');
    await p.selectOption('#document', 'chongqing-shuili-2026-budget');
    await p.waitForTimeout(300);
    await settled(p, 'embed');
    await p.check(`input[name="embed-mode"][value="${mode}"]`);
    await p.click('#copy-embed');
    await p.waitForTimeout(300);
    const code = await p.evaluate(() => navigator.clipboard.readText());
    console.log(`embed (${mode}) copied, ${code.length} chars; status: ${await p.textContent('#copy-status')}`);
    const dir = mkdtempSync(join(tmpdir(), 'dw-try-embed-'));
    copyFileSync('dist/disclosure-widgets.iife.js', join(dir, 'disclosure-widgets.iife.js'));
    if (mode === 'src') {
      // The data file as a user gets it: the download link (a fetch of its blob: URL would
      // break the page's own CSP, a click does not).
      const [download] = await Promise.all([p.waitForEvent('download'), p.click('#download-data')]);
      await download.saveAs(join(dir, download.suggestedFilename()));
    }
    writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>embed</title>\n${code}\n`);
    const embedServer = await serveDir(dir, { 'content-security-policy': STRICT_CSP });
    const e = await open(`${embedServer.url}/index.html`, 1200, `embed page ${mode}`);
    await e.waitForFunction(() => {
      const el = [...document.body.children].find((c) => c.tagName.includes('-'));
      return el && ['ready', 'invalid', 'empty', 'error'].includes(el.state);
    }, undefined, { timeout: 20_000 }).catch(() => note(`[embed ${mode}] the element never settled`));
    console.log(`embed page (${mode}): ${await e.evaluate(() => [...document.body.children].find((c) => c.tagName.includes('-'))?.state)}`);
    await shoot(e, `1200-embed-${mode}`);
    await embedServer.close();
    await p.close();
  }
} finally {
  await browser.close();
  await server?.close();
  console.log(`\n${findings.length} findings`);
}
