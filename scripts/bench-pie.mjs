// Benchmark of <spend-structure-pie> with the audit wired in: render time and JS heap for a
// pie of 30 and of 300 classes (公开03表, synthetic: tests/helpers/pie-documents.ts), 1200 px
// wide. Prints ms (median, best, worst), the slices and labels drawn, and the growth exponent
// from 30 to 300 (1.0 = linear). Not a test: writes bench-results/pie.json (gitignored).
// Usage: node scripts/bench-pie.mjs [runs=7]
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const SIZES = [30, 300];

const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script type="module" src="/bench.js"></script></head>
<body style="margin:0"><div id="host" style="width:1200px"></div></body></html>`;

const server = await serve({
  '/': { type: 'text/html', body: page },
  '/bench.js': { type: 'text/javascript', body: await bundle('scripts/bench/pie-page.ts') },
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
  await tab.waitForFunction(() => 'benchPie' in window);
  // One warm-up so the first case does not pay for compiling the bundle.
  await tab.evaluate(() => window.benchPie(30, 2));
  for (const count of SIZES) {
    await tab.evaluate(() => document.getElementById('host').replaceChildren());
    const before = await heap();
    const result = await tab.evaluate(([count, runs]) => window.benchPie(count, runs), [count, RUNS]);
    const after = await heap();
    const sorted = [...result.times].sort((a, b) => a - b);
    results.push({
      classes: count,
      drawnSlices: result.slices,
      labels: result.labels,
      mode: result.mode,
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10,
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
const [small, large] = results;
const exponent = Math.log(large.minMs / small.minMs) / Math.log(large.classes / small.classes);
console.log(`<spend-structure-pie> with the audit, ${RUNS} runs each (set .data → updateComplete + 1 frame), 1200 px wide`);
console.table(results);
console.log(`growth exponent 30 → 300 classes (best runs): ${exponent.toFixed(2)} (1.0 = linear)`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/pie.json', JSON.stringify({ runs: RUNS, date: new Date().toISOString(), results, exponent }, null, 2));
