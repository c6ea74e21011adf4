// Benchmark of <budget-execution> view="items" with the audit wired in: median, best and worst
// render time (set .data → updateComplete + 1 frame) and the JS heap, for generated documents
// whose 情况说明 explains 50 and 500 items. Not a test: writes bench-results/execution.json
// (gitignored). Usage: node scripts/bench-execution.mjs [runs=7]
import { mkdirSync, writeFileSync } from 'node:fs';
import { summarizeRuns, withBenchPage } from './bench/browser.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const SIZES = [50, 500];

const results = [];
await withBenchPage('scripts/bench/bench-execution-page.ts', 'bench', async (tab, heap) => {
  await tab.evaluate(() => window.bench(20, 2)); // warm-up
  for (const items of SIZES) {
    await tab.evaluate(() => document.getElementById('host').replaceChildren());
    const before = await heap();
    const { rows, times } = await tab.evaluate(([items, runs]) => window.bench(items, runs), [items, RUNS]);
    const after = await heap();
    const summary = summarizeRuns(times, before, after);
    results.push({ items, drawnRows: rows, ...summary, 'µs/row (best)': Math.round((summary.minMs * 1000) / rows) });
  }
});
console.log(`<budget-execution> view="items" with the audit, ${RUNS} runs each, 1200 px wide`);
console.table(results);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/execution.json', JSON.stringify({ runs: RUNS, date: new Date().toISOString(), results }, null, 2));
