// The shipped bundles are built from transformed, minified sources (scripts/bundle-transforms.mjs,
// terser), while the browser tests run the sources. This renders every element with the sample
// twice in Chromium — once from the plain sources, once from the all-elements bundle exactly
// as check-size.mjs measures it — and fails unless each shows the same text and exports the
// same SVG (whitespace aside), CSV and PNG size. Usage: node scripts/check-shipped.mjs
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { minify } from 'terser';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';
import { esbuildBundleTransforms, inlineRasterEsbuild, TERSER_OPTIONS } from './bundle-transforms.mjs';
import { ownSideEffectsEsbuild } from './side-effects.mjs';

const TAGS = ['budget-sankey', 'spend-structure-pie', 'budget-execution', 'three-public-costs', 'performance-scorecard', 'performance-summary', 'disclosure-audit'];
const SAMPLE = 'tests/fixtures/linzi-industry-it-bureau-2021-final.json';

async function shipped(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
    charset: 'utf8',
    // As check-size.mjs measures the script-tag file: our define.ts side effects kept (else
    // with-audit is dropped and the widgets show no audit notes), the painter and the English inline.
    plugins: [ownSideEffectsEsbuild, inlineRasterEsbuild, esbuildBundleTransforms({ inlineCatalogues: true })],
  });
  return (await minify(result.outputFiles[0].text, { ...TERSER_OPTIONS, module: true })).code;
}

const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/element.js"></script></head>
<body>${TAGS.map((tag) => `<${tag} src="/sample.json"></${tag}>`).join('\n')}</body></html>`;

async function observe(code) {
  const server = await serve({
    '/element.js': { type: 'text/javascript', body: code },
    '/sample.json': { type: 'application/json', body: readFileSync(SAMPLE) },
    '/index.html': { type: 'text/html', body: page },
  });
  const browser = await chromium.launch(launchOptions());
  try {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.url}/index.html`);
    await tab.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.state === 'ready'), TAGS, { timeout: 30000 });
    const seen = await tab.evaluate(async (tags) => {
      const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
      const out = {};
      for (const tag of tags) {
        const el = document.querySelector(tag);
        await el.updateComplete;
        const svg = el.shadowRoot.querySelector('svg') ? el.toSVG() : '';
        const png = el.shadowRoot.querySelector('svg') ? await el.toPNG(1) : null;
        out[tag] = {
          text: squash(el.shadowRoot.textContent),
          svg: squash(svg).replace(/> </g, '><'),
          csv: el.toCSV(),
          png: png ? png.size > 0 : null,
          styles: el.shadowRoot.adoptedStyleSheets.length,
        };
      }
      return out;
    }, TAGS);
    return { seen, errors };
  } finally {
    await browser.close();
    await server.close();
  }
}

const plain = await observe(await bundle('components/index.ts'));
const minified = await observe(await shipped('components/index.ts'));
let failed = plain.errors.length + minified.errors.length > 0;
for (const error of [...plain.errors, ...minified.errors]) console.error('page error:', error);
for (const tag of TAGS) {
  const a = plain.seen[tag];
  const b = minified.seen[tag];
  const differs = Object.keys(a).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
  if (differs.length) failed = true;
  console.log(`${differs.length ? '✗' : '✓'} <${tag}>: ${differs.length ? `differs in ${differs.join(', ')}` : `same text (${a.text.length} chars), SVG (${a.svg.length}), CSV (${a.csv.length}), PNG`}`);
  for (const key of differs) {
    const [x, y] = [String(a[key]), String(b[key])];
    let at = 0;
    while (at < x.length && x[at] === y[at]) at += 1;
    console.log(`  ${key} at ${at}:\n    source: ${x.slice(Math.max(0, at - 60), at + 60)}\n    shipped: ${y.slice(Math.max(0, at - 60), at + 60)}`);
  }
}
process.exit(failed ? 1 : 0);
