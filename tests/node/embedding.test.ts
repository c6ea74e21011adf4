// The widgets where a user puts them, in headless Chromium: a plain page loading the
// single-file script from a relative path; a page under a portal's strictest policy (no
// inline script or style, images from itself only, Trusted Types required) with zero
// violations while every widget renders and exports (PNG included); a React 19 app and a
// Vue 3 app (devDependencies only) receiving dw-select. The script is the IIFE as `npm run
// build` makes it (rollup config), built here in memory.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { chromium, type Browser, type Page } from 'playwright';
// @ts-expect-error: plain .mjs helpers without types
import { launchOptions, serve } from '../../scripts/bench/serve.mjs';
// @ts-expect-error: the build's own configuration
import config from '../../rollup.config.js';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'";
const SAMPLE = readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json');

/** The single-file script exactly as the build writes dist/disclosure-widgets.iife.js. */
async function iife(): Promise<string> {
  const options = (config as { output: { format?: string } }[]).find((entry) => entry.output.format === 'iife')!;
  const bundle = await rollup(options as never);
  const { output } = await bundle.generate((options as { output: object }).output);
  await bundle.close();
  return output[0].code;
}

async function app(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    jsx: 'automatic',
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return result.outputFiles[0]!.text;
}

const html = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script src="./csp-listener.js"></script><script src="./disclosure-widgets.iife.js"></script></head><body>${body}</body></html>`;

let server: { url: string; close(): Promise<void> };
let browser: Browser;

before(async () => {
  const js = (body: string | Buffer) => ({ type: 'text/javascript', body });
  const shared = {
    'csp-listener.js': js(readFileSync('tests/embed/csp-listener.js')),
    'disclosure-widgets.iife.js': js(await iife()),
    'sample.json': { type: 'application/json', body: SAMPLE },
  };
  const files: Record<string, { type: string; body: string | Buffer; headers?: Record<string, string> }> = {};
  const site = (folder: string, page: string, extra: Record<string, { type: string; body: string | Buffer }> = {}) => {
    files[`/${folder}/index.html`] = { type: 'text/html', body: page, headers: { 'content-security-policy': STRICT } };
    for (const [name, file] of Object.entries({ ...shared, ...extra })) files[`/${folder}/${name}`] = file;
  };
  // Served without a policy: only the relative paths are under test here.
  site('plain', html('<budget-sankey src="./data/sample.json"></budget-sankey>'));
  files['/plain/index.html']!.headers = {};
  files['/plain/data/sample.json'] = { type: 'application/json', body: SAMPLE };
  site('strict', html('<script type="module" src="./strict-page.js"></script>'), { 'strict-page.js': js(readFileSync('tests/embed/strict-page.js')) });
  site('react', html('<div id="root"></div><script type="module" src="./app.js"></script>'), { 'app.js': js(await app('tests/embed/react-app.jsx')) });
  site('vue', html('<div id="root"></div><script type="module" src="./app.js"></script>'), { 'app.js': js(await app('tests/embed/vue-app.js')) });
  // A CMS plugin and the page both load the script: the second copy must change nothing.
  site('twice', html('<script src="./disclosure-widgets.iife.js"></script><budget-sankey src="./sample.json"></budget-sankey><spend-structure-pie src="./sample.json"></spend-structure-pie>'));
  // A portal page in GBK (many Chinese government sites): the script tag carries no charset,
  // so the classic script is decoded as GBK; the server names no charset for it either.
  site('gbk', html('<budget-sankey src="./sample.json"></budget-sankey><three-public-costs src="./sample.json"></three-public-costs>').replace('<meta charset="utf-8">', '<meta charset="gbk">'));
  files['/gbk/index.html']!.type = 'text/html; charset=gbk';
  files['/gbk/index.html']!.headers = {};
  // Browsers ask for it; a 404 would be logged as a console error.
  files['/favicon.ico'] = { type: 'image/x-icon', body: '' };
  server = await serve(files);
  browser = await chromium.launch(launchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

/** Select the sankey's first mark by keyboard, as a reader would. */
async function selectFirstMark(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('budget-sankey')?.shadowRoot?.querySelector('svg[part~="svg"]'));
  await page.evaluate(() => document.querySelector('budget-sankey')!.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus());
  await page.keyboard.press('Enter');
}

test('plain page: the single-file script and the data from relative paths', async () => {
  const { page, errors } = await open('/plain/index.html');
  await page.waitForFunction(() => (document.querySelector('budget-sankey') as unknown as { state: string })?.state === 'ready');
  const nodes = await page.evaluate(() => document.querySelector('budget-sankey')!.shadowRoot!.querySelectorAll('rect[part~="node"]').length);
  assert.ok(nodes >= 8, `${nodes} nodes drawn`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('strict CSP with Trusted Types: every widget renders and exports SVG, CSV and PNG with zero violations', async () => {
  const { page, errors } = await open('/strict/index.html');
  await page.waitForFunction(() => (window as unknown as { results?: unknown }).results, null, { timeout: 60000 });
  const { results, violations } = await page.evaluate(() => ({
    results: (window as unknown as { results: { tag: string; state: string; svg: number; csv: number; png: number | string }[] }).results,
    violations: (window as unknown as { violations: string[] }).violations,
  }));
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.equal(results.length, 7);
  for (const result of results) {
    assert.equal(result.state, 'ready', result.tag);
    assert.ok(result.svg > 500, `${result.tag} SVG ${result.svg}`);
    assert.ok(result.csv > 50, `${result.tag} CSV ${result.csv}`);
    assert.ok(typeof result.png === 'number' && result.png > 1000, `${result.tag} PNG ${result.png}`);
  }
  // The tables opened after the exports: still no violation.
  assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
  await page.close();
});

test('a GBK page: the script-tag file is ASCII only, so its Chinese words and the unit names arrive whole', async () => {
  const script = await iife();
  assert.equal(/[^\x00-\x7f]/.exec(script)?.[0], undefined, 'no character beyond ASCII');
  const { page, errors } = await open('/gbk/index.html');
  assert.equal(await page.evaluate(() => document.characterSet), 'GBK');
  // Before: "万元" in the schema read as "涓囧厓", every document refused as invalid (80 problems).
  await page.waitForFunction(() => ['budget-sankey', 'three-public-costs'].every((tag) => ['ready', 'invalid'].includes((document.querySelector(tag) as unknown as { state: string })?.state)));
  const states = await page.evaluate(() => ['budget-sankey', 'three-public-costs'].map((tag) => (document.querySelector(tag) as unknown as { state: string }).state));
  assert.deepEqual(states, ['ready', 'ready']);
  const text = await page.evaluate(() => document.querySelector('three-public-costs')!.shadowRoot!.textContent ?? '');
  assert.match(text, /单位：万元/);
  assert.match(text, /公务接待费/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the script loaded twice on one page: the first copy's elements draw, select and switch language, nothing thrown", async () => {
  const { page, errors } = await open('/twice/index.html');
  await page.waitForFunction(() => ['budget-sankey', 'spend-structure-pie'].every((tag) => (document.querySelector(tag) as unknown as { state: string })?.state === 'ready'));
  await page.evaluate(() => {
    (window as unknown as { picked: string[] }).picked = [];
    document.addEventListener('dw-select', (event) => (window as unknown as { picked: string[] }).picked.push((event as CustomEvent).detail.name));
  });
  await selectFirstMark(page);
  await page.waitForFunction(() => (window as unknown as { picked: string[] }).picked.length === 1);
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
  await page.waitForFunction(() => document.querySelector('spend-structure-pie')!.shadowRoot!.querySelector('.frame')!.getAttribute('lang') === 'en');
  assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
  assert.deepEqual(errors, []);
  await page.close();
});

for (const framework of ['react', 'vue']) {
  test(`${framework === 'react' ? 'React 19' : 'Vue 3'} app: data as a property, dw-select received by the app, under the strict policy`, async () => {
    const { page, errors } = await open(`/${framework}/index.html`);
    await page.waitForFunction(() => (document.querySelector('spend-structure-pie') as unknown as { state: string })?.state === 'ready');
    await selectFirstMark(page);
    await page.waitForFunction(() => document.querySelector('#selected')?.textContent !== '');
    const selected = await page.evaluate(() => document.querySelector('#selected')!.textContent);
    assert.equal(selected, '一般公共预算财政拨款收入');
    assert.equal(await page.evaluate(() => (document.querySelector('spend-structure-pie') as unknown as { by: string }).by), 'economic');
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
