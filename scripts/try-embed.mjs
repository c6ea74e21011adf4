// The README's embedding recipes tried as a new user would, for a person to check: the plain
// HTML snippet (src and inline JSON) and the script loaded twice under the strictest CSP the
// README promises, and the ES module entries in a page with an import map (the map's inline
// script allowed by its hash). Prints console errors, CSP violations and each element's state;
// writes screenshots/embed/*.png. Usage: npm run build && node scripts/try-embed.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { launchOptions } from './bench/serve.mjs';
import { serveDir } from './serve-dir.mjs';

const DOC = 'tests/fixtures/linzi-industry-it-bureau-2021-final.json';
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'";
/** The bare imports of dist/elements (lit, d3-sankey, valibot) and theirs, to node_modules. */
const MAP = JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    'd3-sankey': '/node_modules/d3-sankey/src/index.js',
    'd3-array': '/node_modules/d3-array/src/index.js',
    internmap: '/node_modules/internmap/src/index.js',
    'd3-shape': '/node_modules/d3-shape/src/index.js',
    'd3-path': '/node_modules/d3-path/dist/d3-path.mjs',
    valibot: '/node_modules/valibot/dist/index.mjs',
  },
});
const hash = createHash('sha256').update(MAP).digest('base64');
const inline = JSON.stringify(JSON.parse(readFileSync(DOC, 'utf8')));
const dir = 'screenshots/embed';
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/module.js`, "import '/dist/elements/budget-sankey.js';\nimport '/dist/elements/disclosure-report.js';\n");
const PAGES = {
  plain: [STRICT, `<script src="/dist/disclosure-widgets.iife.js"></script>
<budget-sankey src="/${DOC}" lang="zh-CN" toolbar></budget-sankey>
<three-public-costs><script type="application/json">${inline}</script></three-public-costs>`],
  twice: [STRICT, `<script src="/dist/disclosure-widgets.iife.js"></script><script src="/dist/disclosure-widgets.iife.js"></script>
<budget-sankey src="/${DOC}" lang="en"></budget-sankey>`],
  module: [STRICT.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`), `<script type="importmap">${MAP}</script>
<script type="module" src="/${dir}/module.js"></script>
<budget-sankey src="/${DOC}" lang="en" toolbar></budget-sankey>
<disclosure-report src="/${DOC}" lang="en"></disclosure-report>`],
};
const browser = await chromium.launch(launchOptions());
try {
  for (const [name, [csp, body]] of Object.entries(PAGES)) {
    writeFileSync(`${dir}/${name}.html`, `<!doctype html><meta charset="utf-8"><title>${name}</title>\n${body}\n`);
    const server = await serveDir(process.cwd(), { 'content-security-policy': csp });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && console.log(`${name} console: ${m.text()}`));
    page.on('pageerror', (e) => console.log(`${name} page error: ${e.message}`));
    page.on('requestfailed', (r) => console.log(`${name} failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && console.log(`${name} ${r.status()} ${r.url()}`));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    await page.goto(`${server.url}/${dir}/${name}.html`);
    await page.waitForTimeout(4000);
    const states = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.includes('-')).map((e) => `<${e.localName}> ${e.state}`));
    console.log(`${name}: ${states.join(', ')}`);
    await page.screenshot({ path: `${dir}/${name}.png`, fullPage: name !== 'module' });
    await page.close();
    await server.close();
  }
} finally {
  await browser.close();
}
