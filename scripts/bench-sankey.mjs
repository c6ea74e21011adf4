// Benchmark of <budget-sankey>: render time and JS heap for generated documents of about
// 50, 500 and 5000 flows (before the layout merges crowded columns into "其他 (N项)").
// Not a test: prints a table and writes bench-results/sankey.json (gitignored).
// Usage: node scripts/bench-sankey.mjs [runs=7]
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const CASES = [
  { label: '~50 links', options: { classes: 5, itemsPerClass: 2, subitemsPerItem: 2, seed: 1 } },
  { label: '~500 links', options: { classes: 12, itemsPerClass: 4, subitemsPerItem: 4, seed: 1 } },
  { label: '~5000 links', options: { classes: 27, itemsPerClass: 12, subitemsPerItem: 6, seed: 1 } },
];

const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script type="module" src="/bench.js"></script></head>
<body style="margin:0"><div id="host" style="width:1200px"></div></body></html>`;

const server = await serve({
  '/': { type: 'text/html', body: page },
  '/bench.js': { type: 'text/javascript', body: await bundle('scripts/bench/bench-page.ts') },
});
const browser = await chromium.launch(launchOptions());
const results = [];
try {
  const tab = await browser.newPage({ viewport: { width: 1240, height: 900 } });
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
  };
  await tab.goto(server.url + '/');
  await tab.waitForFunction(() => 'bench' in window);
  // One warm-up so the first case does not pay for compiling the bundle.
  await tab.evaluate((options) => window.bench(options, 2), CASES[0].options);
  for (const { label, options } of CASES) {
    await tab.evaluate(() => document.getElementById('host').replaceChildren());
    const before = await heap();
    const result = await tab.evaluate(([options, runs]) => window.bench(options, runs), [options, RUNS]);
    const after = await heap();
    const sorted = [...result.times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    results.push({
      label,
      modelLinks: result.modelLinks,
      drawnLinks: result.drawnLinks,
      drawnNodes: result.drawnNodes,
      medianMs: Math.round(median * 10) / 10,
      minMs: Math.round(sorted[0] * 10) / 10,
      maxMs: Math.round(sorted.at(-1) * 10) / 10,
      heapMB: Math.round((after / 1048576) * 10) / 10,
      heapDeltaMB: Math.round(((after - before) / 1048576) * 100) / 100,
    });
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`<budget-sankey> render, ${RUNS} runs each (set .data → updateComplete + 1 frame), 1200 px wide, depth=subitem`);
console.table(results);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/sankey.json', JSON.stringify({ runs: RUNS, date: new Date().toISOString(), results }, null, 2));
