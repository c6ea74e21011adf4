// The demo page end to end, as built (vite build of demo/, into a temporary folder), in
// headless Chromium under the strict CSP the widgets promise (any violation fails): it loads
// with the sample, every widget of the gallery draws, invalid JSON in the editor is listed
// with its path and the widgets show their error state, the sample's published text pasted
// in is parsed in the browser and drawn, the copied embed code shows the same widget in a
// fresh page next to the single-file script (src and inline data), the language switch
// reaches every message, and the page fits 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright';
// @ts-expect-error: a plain .mjs script without types
import { findChrome } from '../../scripts/find-chrome.mjs';
import { serveDir } from '../../scripts/serve-dir.mjs';
import { brokenTable5, hasCjkFont, makePdf } from '../helpers/pdf-tables.js';

const STRICT_CSP = "default-src 'self'; img-src 'self'; style-src 'self'";
const SAMPLE_TEXT = readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.txt', 'utf8');
const SCRIPT = 'disclosure-widgets.iife.js';
const work = mkdtempSync(join(tmpdir(), 'dw-demo-e2e-'));
const demoDir = join(work, 'demo');

let browser: Browser;
let demo: Awaited<ReturnType<typeof serveDir>>;
/** Which single-file script the embed pages load (the built one, when it is up to date). */
let scriptFile: string;

/** Newest modification time of the files under `dir` (ms). */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/**
 * dist/disclosure-widgets.iife.js as `npm run build` wrote it — unless it is missing or older
 * than the sources, when an IIFE of the same entry is bundled here, so the test never passes
 * on a stale script (CI builds first, so there it is the built file).
 */
async function singleFileScript(): Promise<string> {
  const built = `dist/${SCRIPT}`;
  try {
    if (statSync(built).mtimeMs >= Math.max(newest('components'), newest('src'))) return built;
  } catch {
    // not built: bundle it below
  }
  const out = join(work, 'bundled', SCRIPT);
  await esbuild({
    entryPoints: ['components/index.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    outfile: out,
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
    logLevel: 'warning',
  });
  console.log(`# ${built} is missing or older than the sources: the embed pages load an esbuild IIFE of components/index.ts`);
  return out;
}

async function open(url: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is reported below with its URL.
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  // Every file a page asks for must be there (a browser's own /favicon.ico guess aside).
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, problems };
}

function manifestTags(): string[] {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!);
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
}

/** Wait until `selector`'s widget has left loading (ready, empty or invalid) and return its state. */
async function settled(page: Page, selector: string): Promise<string> {
  await page.waitForFunction((s) => ['ready', 'empty', 'invalid'].includes((document.querySelector(s) as { state?: string } | null)?.state ?? ''), selector);
  return page.evaluate((s) => (document.querySelector(s) as unknown as { state: string }).state, selector);
}

/**
 * Put `text` into a textarea as a paste does (one input event). Playwright's fill() types a
 * 150 KB document into a textarea too slowly for a test; the page sees the same event.
 */
async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([s, t]) => {
      const area = document.querySelector(s!) as HTMLTextAreaElement;
      area.value = t!;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, text],
  );
}

async function setEditor(page: Page, text: string): Promise<void> {
  await paste(page, '#json', text);
  // The page validates once typing pauses (250 ms).
  await page.waitForFunction((t) => (document.querySelector('#validation')?.textContent ?? '') !== '' && (document.querySelector('#json') as HTMLTextAreaElement).value === t, text);
  await page.waitForTimeout(400);
}

before(async () => {
  await viteBuild({ configFile: 'demo/vite.config.ts', build: { outDir: demoDir, emptyOutDir: true }, logLevel: 'error' });
  scriptFile = await singleFileScript();
  demo = await serveDir(demoDir, { 'content-security-policy': STRICT_CSP });
  browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

test('the built page has no inline script or style, and loads the sample into every widget under a strict CSP', async () => {
  const html = readFileSync(join(demoDir, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'an inline <script>');
  assert.doesNotMatch(html, /<style|\sstyle=/, 'an inline style');
  const { page, problems } = await open(`${demo.url}/`);
  assert.equal(await settled(page, '#preview > budget-sankey'), 'ready');
  const tags = await page.$$eval('#gallery .card', (cards) => cards.map((card) => (card as HTMLElement).dataset.tag));
  // Every element the manifest documents, in reading order (an element added later goes last).
  assert.deepEqual(tags.slice(0, 7), ['budget-sankey', 'spend-structure-pie', 'budget-execution', 'three-public-costs', 'performance-scorecard', 'performance-summary', 'disclosure-audit']);
  assert.deepEqual([...tags].sort(), manifestTags().sort());
  for (const tag of tags) assert.equal(await settled(page, `#gallery .card[data-tag="${tag}"] > ${tag}`), 'ready', tag);
  // Each card shows its tag with the attributes it has, and the manifest's attribute table.
  assert.equal(await page.textContent('#gallery .card[data-tag="spend-structure-pie"] .tag-line'), '<spend-structure-pie toolbar lang="zh-CN">');
  assert.equal(await page.locator('#gallery .card[data-tag="spend-structure-pie"] details tbody tr').count(), 9);
  assert.match((await page.textContent('#validation')) ?? '', /有效：.*淄博市临淄区工业和信息化局.*2021年度部门决算/);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('invalid JSON in the editor: every problem listed with its path, and the widgets show their error state', async () => {
  const { page } = await open(`${demo.url}/`);
  await settled(page, '#preview > budget-sankey');
  const valid = await page.inputValue('#json');
  await setEditor(page, valid.replace('"year": 2021', '"year": "2021"'));
  assert.match((await page.textContent('#validation')) ?? '', /无效：1 处问题/);
  assert.equal(await page.textContent('#validation .problems button.path'), '$.meta.year');
  assert.equal(await settled(page, '#preview > budget-sankey'), 'invalid');
  assert.equal(await settled(page, '#gallery disclosure-audit'), 'invalid');
  const panel = await page.evaluate(() => document.querySelector('#preview > budget-sankey')!.shadowRoot!.textContent ?? '');
  assert.match(panel, /\$\.meta\.year/);
  // Choosing the problem selects its value in the editor.
  await page.click('#validation .problems button.path');
  const selected = await page.evaluate(() => {
    const editor = document.querySelector('#json') as HTMLTextAreaElement;
    return editor.value.slice(editor.selectionStart, editor.selectionEnd);
  });
  assert.equal(selected, '"2021"');
  // No embed code for data that does not validate.
  assert.equal(await page.inputValue('#embed'), 'JSON 无效时不生成嵌入代码。');

  // Text that is not JSON at all: the syntax error, and the widget reports it too.
  await setEditor(page, valid.slice(0, -3));
  assert.match((await page.textContent("#validation")) ?? "", /无效：1 处问题.*\$ 不是有效的 JSON：第 \d+ 行第 \d+ 列/);
  assert.equal(await settled(page, '#preview > budget-sankey'), 'invalid');
  // Choosing it puts the caret where JSON.parse stopped: the end of the cut-off text.
  await page.click('#validation .problems button.path');
  const caret = await page.evaluate(() => (document.querySelector('#json') as HTMLTextAreaElement).selectionStart);
  assert.equal(caret, valid.length - 3);
  // An emptied editor is no document: nothing listed, the widgets say "no data" (not an error).
  await page.evaluate(() => {
    const editor = document.querySelector('#json') as HTMLTextAreaElement;
    editor.value = '';
    editor.dispatchEvent(new Event('input'));
  });
  await page.waitForFunction(() => (document.querySelector('#preview > budget-sankey') as { state?: string } | null)?.state === 'none');
  assert.equal(await page.textContent('#validation'), '');
  assert.equal(await page.evaluate(() => document.querySelector('#gallery disclosure-audit')!.shadowRoot!.querySelector('.empty')?.textContent), '没有数据');
  assert.equal(await page.inputValue('#embed'), 'JSON 无效时不生成嵌入代码。');
  assert.deepEqual(await violations(page), []);
  await page.context().close();
});

test('the published text pasted in is parsed in the browser, with its status, and every widget draws it', async () => {
  const { page, problems } = await open(`${demo.url}/`);
  await settled(page, '#preview > budget-sankey');
  await setEditor(page, '');
  await paste(page, '#paste', SAMPLE_TEXT);
  await page.click('#use-paste');
  await page.waitForFunction(() => /粘贴的文本由本项目解析器在浏览器中读取/.test(document.querySelector('#source-status')?.textContent ?? ''));
  assert.match((await page.textContent('#source-status')) ?? '', /完整读取/);
  assert.match((await page.textContent('#validation')) ?? '', /有效：.*淄博市临淄区工业和信息化局.*2021年度部门决算/);
  for (const tag of ['budget-sankey', 'spend-structure-pie', 'budget-execution', 'three-public-costs', 'performance-scorecard', 'performance-summary', 'disclosure-audit']) {
    assert.equal(await settled(page, `#gallery ${tag}`), 'ready', tag);
  }
  const department = await page.evaluate(() => JSON.parse((document.querySelector('#json') as HTMLTextAreaElement).value).meta.department);
  assert.equal(department, '淄博市临淄区工业和信息化局');
  const bands = await page.evaluate(() => document.querySelector('#gallery budget-sankey')!.shadowRoot!.querySelectorAll('svg path').length);
  assert.ok(bands >= 10, `the sankey draws its bands (${bands} paths)`);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a real document from the picker: drawn from the JSON the project owns, said to be parsed, with its warnings', async () => {
  const { page, problems } = await open(`${demo.url}/`);
  await settled(page, '#preview > budget-sankey');
  await page.selectOption('#document', 'chongqing-shuili-2026-budget');
  // Said at once, before the fetch and the drawing (seconds for the largest documents).
  assert.equal(await page.textContent('#source-status'), '正在载入并绘制重庆市水利局 2026年度部门预算…');
  await page.waitForFunction(() => /本项目解析器/.test(document.querySelector('#source-status')?.textContent ?? ''));
  assert.match((await page.textContent('#source-status')) ?? '', /部分读取，未经人工核对/);
  assert.match((await page.textContent('#source-status .warnings summary')) ?? '', /^解析警告（\d+ 条）$/);
  assert.match((await page.textContent('#validation')) ?? '', /有效：重庆市水利局 2026年度部门预算/);
  assert.equal(await settled(page, '#gallery budget-sankey'), 'ready');
  // The embed code names the sample's own file.
  assert.match(await page.inputValue('#embed'), /src="chongqing-shuili-2026-budget\.json"/);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a published PDF opened in the page: read in the browser with a progress bar per page, drawn, warnings linking to their page', async () => {
  const { page, problems } = await open(`${demo.url}/`);
  await settled(page, '#preview > budget-sankey');
  // Every value the progress bar shows while the PDF is read (observed in the page itself).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progress: string[] }).progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('#source-status progress') as HTMLProgressElement | null;
      if (bar) seen.push(`${bar.value}/${bar.max} ${document.querySelector("#source-status")?.textContent}`);
    }).observe(document.querySelector('#source-status')!, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const started = Date.now();
  await page.setInputFiles('#file', 'tests/fixtures/real/chongqing-shuili-2026-budget.pdf');
  await page.waitForFunction(() => /文件“chongqing-shuili-2026-budget\.pdf”由本项目解析器/.test(document.querySelector('#source-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
  console.log(`# the demo read the 33-page Chongqing PDF in ${Date.now() - started} ms (open → drawn status)`);
  const progress = await page.evaluate(() => (window as unknown as { progress: string[] }).progress);
  assert.ok(progress.some((p) => /^\d+\/33 /.test(p)), `the bar counts the 33 pages (${progress.slice(0, 8).join(' | ')}…)`);
  // Words beside the bar from the first moment (pdf.js loads before page 1): never a bare bar.
  assert.match(progress[0] ?? '', /^0\/1 正在浏览器中读取文件“chongqing-shuili-2026-budget\.pdf”…$/);
  assert.deepEqual(progress.filter((p) => !/^\d+\/\d+ 正在浏览器中读取/.test(p)), [], 'every moment of the bar has its words');
  assert.match((await page.textContent('#source-status')) ?? '', /部分读取|完整读取/);
  assert.match((await page.textContent('#validation')) ?? '', /有效：重庆市水利局 2026年度部门预算/);
  for (const tag of ['budget-sankey', 'spend-structure-pie', 'three-public-costs']) assert.equal(await settled(page, `#gallery ${tag}`), 'ready', tag);
  // Drawing that PDF needs the CJK font that .ci/run installs.
  if (hasCjkFont) {
    // The published PDF now reads with no warning about a line (only a table it does not print),
    // so a PDF with one unreadable amount on page 2 is opened next.
    const spec = brokenTable5();
    const broken = join(work, 'broken-line.pdf');
    writeFileSync(broken, await makePdf([{ lines: ['2022年度', '测试市版式局', '部门决算'] }, { newPage: true }, { table: spec }]));
    await page.setInputFiles('#file', broken);
    await page.waitForFunction(() => /文件“broken-line\.pdf”由本项目解析器/.test(document.querySelector('#source-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    // A warning names its page and links to that page of the user's own file.
    const links = await page.$$eval('#source-status .warnings a', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
    assert.ok(links.length > 0, "the PDF's warnings are links");
    assert.ok(links.some((link) => /^第 2 页/.test(link.text)), JSON.stringify(links));
    for (const link of links.slice(0, 5)) {
      const pageNumber = /^第 (\d+) 页/.exec(link.text)?.[1];
      assert.ok(pageNumber, link.text);
      assert.match(link.href, new RegExp(`^blob:.*#page=${pageNumber}$`));
    }
  }
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.context().close();
});

/** The playground's widget and its embed code (copied through the clipboard), in `mode`. */
async function copiedEmbed(page: Page, mode: 'src' | 'inline'): Promise<string> {
  await page.check(`input[name="embed-mode"][value="${mode}"]`);
  await page.click('#copy-embed');
  await page.waitForFunction(() => (document.querySelector('#copy-status')?.textContent ?? '') !== '');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('the copied embed code, pasted into an empty HTML file next to the single-file script, shows the same widget', async () => {
  const { page } = await open(`${demo.url}/`);
  await settled(page, '#preview > budget-sankey');
  await page.selectOption('#widget', 'spend-structure-pie');
  await page.selectOption('#attr-by', 'economic');
  await page.selectOption('#palette', 'tableau');
  assert.equal(await settled(page, '#preview > spend-structure-pie'), 'ready');
  const shown = await page.evaluate(() => {
    const element = document.querySelector('#preview > spend-structure-pie') as HTMLElement & { toCSV(): string };
    return { csv: element.toCSV(), label: element.shadowRoot!.querySelector('svg')?.getAttribute('aria-label') ?? '' };
  });
  assert.match(shown.csv, /人员经费/);

  for (const mode of ['src', 'inline'] as const) {
    const code = await copiedEmbed(page, mode);
    assert.match(code, /<script src="disclosure-widgets\.iife\.js" defer><\/script>/);
    assert.match(code, /<spend-structure-pie[^>]* by="economic"/);
    assert.match(code, /--dw-palette-1: #4e79a7;/);
    const folder = mkdtempSync(join(work, `embed-${mode}-`));
    writeFileSync(join(folder, 'embed.html'), code);
    copyFileSync(scriptFile, join(folder, SCRIPT));
    if (mode === 'src') {
      assert.match(code, /src="linzi-industry-it-bureau-2021-final\.json"/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-data')]);
      assert.equal(download.suggestedFilename(), 'linzi-industry-it-bureau-2021-final.json');
      await download.saveAs(join(folder, download.suggestedFilename()));
    } else {
      assert.match(code, /<script type="application\/json">\{"schemaVersion":1/);
    }
    // The theme comes as a <style> element, which a strict style-src refuses (the page says so):
    // serve it without a CSP here; the unthemed embed is checked under the CSP below.
    const server = await serveDir(folder);
    try {
      const fresh = await open(`${server.url}/embed.html`);
      assert.equal(await settled(fresh.page, 'spend-structure-pie'), 'ready', mode);
      const drawn = await fresh.page.evaluate(() => {
        const element = document.querySelector('spend-structure-pie') as HTMLElement & { toCSV(): string };
        return {
          csv: element.toCSV(),
          label: element.shadowRoot!.querySelector('svg')?.getAttribute('aria-label') ?? '',
          palette: getComputedStyle(element).getPropertyValue('--dw-palette-1').trim(),
        };
      });
      assert.equal(drawn.csv, shown.csv, mode);
      assert.equal(drawn.label, shown.label, mode);
      assert.equal(drawn.palette, '#4e79a7', mode);
      assert.deepEqual(fresh.problems, [], mode);
      await fresh.page.context().close();
    } finally {
      await server.close();
    }
  }

  // With the default theme the embed code has no <style>, and runs under the strict CSP.
  await page.selectOption('#palette', 'okabeIto');
  const code = await copiedEmbed(page, 'inline');
  assert.doesNotMatch(code, /<style/);
  const folder = mkdtempSync(join(work, 'embed-csp-'));
  writeFileSync(join(folder, 'embed.html'), code);
  copyFileSync(scriptFile, join(folder, SCRIPT));
  const server = await serveDir(folder, { 'content-security-policy': STRICT_CSP });
  try {
    const fresh = await open(`${server.url}/embed.html`);
    assert.equal(await settled(fresh.page, 'spend-structure-pie'), 'ready');
    assert.deepEqual(await violations(fresh.page), []);
    await fresh.page.context().close();
  } finally {
    await server.close();
  }
  await page.context().close();
});

test('the language switch reaches every message of the page and the widgets; the page fits 360 px', async () => {
  const { page } = await open(`${demo.url}/`, 360);
  await settled(page, '#preview > budget-sankey');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, 'no horizontal scrolling at 360 px (zh-CN)');
  const texts = () => page.$$eval('[data-i18n]', (elements) => elements.map((element) => element.textContent ?? ''));
  const cjk = /[\u4e00-\u9fff]/;
  for (const text of await texts()) assert.match(text, cjk, `"${text}" on the Chinese page`);
  await page.selectOption('#lang', 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  for (const text of await texts()) assert.doesNotMatch(text, cjk, `"${text}" on the English page`);
  assert.match((await page.textContent('#validation')) ?? '', /^Valid: /);
  assert.equal(await page.getAttribute('#preview > budget-sankey', 'lang'), 'en');
  assert.equal(await page.getAttribute('#gallery disclosure-audit', 'lang'), 'en');
  assert.match((await page.textContent('#gallery .card[data-tag="budget-sankey"] h3')) ?? '', /^Where the money came from/);
  assert.equal(await overflow(), 0, 'no horizontal scrolling at 360 px (en)');
  await page.context().close();
});

test('the theme panel on a dark page: the grey palette takes its dark colours, an out-of-range text size is shown as the size used', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${demo.url}/?lang=zh-CN`);
  await page.waitForFunction(() => document.querySelector('#preview > *')?.shadowRoot?.querySelector('svg'));
  const palette = () => page.$eval('#preview > *', (el) => getComputedStyle(el).getPropertyValue('--dw-palette-1').trim());
  await page.selectOption('#palette', 'grey');
  // Mode auto follows the system's dark preference, and so does the palette (#252525 vanished on #18181b).
  assert.equal(await palette(), '#eeeeee');
  await page.selectOption('#mode', 'light');
  assert.equal(await palette(), '#252525');
  await page.selectOption('#mode', 'dark');
  assert.equal(await palette(), '#eeeeee');
  assert.match(await page.$eval('#embed', (e) => (e as HTMLTextAreaElement).value), /--dw-palette-1: #252525;[\s\S]*@media screen \{[\s\S]*--dw-palette-1: #eeeeee;/);
  // 40 px was read as the default 14 while the box still said 40.
  await page.fill('#font-size', '40');
  await page.press('#font-size', 'Tab');
  assert.equal(await page.inputValue('#font-size'), '24');
  assert.equal(await page.$eval('#preview > *', (el) => getComputedStyle(el).getPropertyValue('--dw-font-size').trim()), '24px');
  await context.close();
});
