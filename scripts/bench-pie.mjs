// Benchmark of <spend-structure-pie> with the audit wired in: render time and JS heap for a
// pie of 30 and of 300 classes (公开03表, synthetic: tests/helpers/pie-documents.ts), 1200 px
// wide. Prints ms (median, best, worst), the slices and labels drawn, and the growth exponent
// from 30 to 300 (1.0 = linear). Not a test: writes bench-results/pie.json (gitignored).
// Usage: node scripts/bench-pie.mjs [runs=7]
import { mkdirSync, writeFileSync } from 'node:fs';
import { summarizeRuns, withBenchPage } from './bench/browser.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const SIZES = [30, 300];

const results = [];
await withBenchPage('scripts/bench/pie-page.ts', 'benchPie', async (tab, heap) => {
  // One warm-up so the first case does not pay for compiling the bundle.
  await tab.evaluate(() => window.benchPie(30, 2));
  for (const count of SIZES) {
    await tab.evaluate(() => document.getElementById('host').replaceChildren());
    const before = await heap();
    const result = await tab.evaluate(([count, runs]) => window.benchPie(count, runs), [count, RUNS]);
    const after = await heap();
    results.push({ classes: count, drawnSlices: result.slices, labels: result.labels, mode: result.mode, ...summarizeRuns(result.times, before, after) });
  }
});
const [small, large] = results;
const exponent = Math.log(large.minMs / small.minMs) / Math.log(large.classes / small.classes);
console.log(`<spend-structure-pie> with the audit, ${RUNS} runs each (set .data → updateComplete + 1 frame), 1200 px wide`);
console.table(results);
console.log(`growth exponent 30 → 300 classes (best runs): ${exponent.toFixed(2)} (1.0 = linear)`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/pie.json', JSON.stringify({ runs: RUNS, date: new Date().toISOString(), results, exponent }, null, 2));
