// Benchmark of <budget-execution> view="items" with the audit wired in: median, best and worst
// render time (set .data → updateComplete + 1 frame) and the JS heap, for generated documents
// whose 情况说明 explains 50 and 500 items. Not a test: writes bench-results/execution.json
// (gitignored). Usage: node scripts/bench-execution.mjs [runs=7]
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './bench/serve.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const SIZES = [50, 500];
const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script type="module" src="/bench.js"></script></head>
<body style="margin:0"><div id="host" style="width:1200px"></div></body></html>`;

const server = await serve({
  '/': { type: 'text/html', body: page },
  '/bench.js': { type: 'text/javascript', body: await bundle('scripts/bench/bench-execution-page.ts') },
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
  await tab.evaluate(() => window.bench(20, 2)); // warm-up
  for (const items of SIZES) {
    await tab.evaluate(() => document.getElementById('host').replaceChildren());
    const before = await heap();
    const { rows, times } = await tab.evaluate(([items, runs]) => window.bench(items, runs), [items, RUNS]);
    const after = await heap();
    const sorted = [...times].sort((a, b) => a - b);
    results.push({
      items,
      drawnRows: rows,
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10,
      minMs: Math.round(sorted[0] * 10) / 10,
      maxMs: Math.round(sorted.at(-1) * 10) / 10,
      'µs/row (best)': Math.round((sorted[0] * 1000) / rows),
      heapMB: Math.round((after / 1048576) * 10) / 10,
      heapDeltaMB: Math.round(((after - before) / 1048576) * 100) / 100,
    });
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`<budget-execution> view="items" with the audit, ${RUNS} runs each, 1200 px wide`);
console.table(results);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/execution.json', JSON.stringify({ runs: RUNS, date: new Date().toISOString(), results }, null, 2));
