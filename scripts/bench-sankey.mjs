// Benchmark of <budget-sankey> with the audit wired in (the all-elements entry): render time
// and JS heap for generated documents of about 50 to 34,000 flows (links of the flow model,
// before the layout merges crowded columns into "其他 (N项)"). Prints ms (median, best, worst),
// µs per flow and the growth exponent between neighbouring sizes (log Δtime / log Δflows: 1.0
// = linear; both from the best run, which contention on a shared machine disturbs least), and the
// check of issue 7: µs/flow at ~34,000 within 1.3× of that at ~1,700. Then runs the pure
// audit benchmark (scripts/bench-audit.ts). Not a test: writes bench-results/sankey.json
// (gitignored).
// Usage: node scripts/bench-sankey.mjs [runs=7]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { summarizeRuns, withBenchPage } from './bench/browser.mjs';
import CASES from './bench/sizes.json' with { type: 'json' };

const RUNS = Number(process.argv[2] ?? 7);

const results = [];
const breakdown = [];
await withBenchPage('scripts/bench/bench-page.ts', 'bench', async (tab, heap) => {
  // One warm-up so the first case does not pay for compiling the bundle.
  await tab.evaluate((options) => window.bench(options, 2), CASES[0].options);
  for (const { label, options } of CASES) {
    await tab.evaluate(() => document.getElementById('host').replaceChildren());
    const before = await heap();
    const result = await tab.evaluate(([options, runs]) => window.bench(options, runs), [options, RUNS]);
    const after = await heap();
    const stages = await tab.evaluate(([options, runs]) => window.stages(options, runs), [options, Math.min(RUNS, 5)]);
    breakdown.push({
      label,
      ...Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [`${stage} µs/flow`, Math.round((ms * 1000) / result.modelLinks * 10) / 10])),
    });
    const summary = summarizeRuns(result.times, before, after);
    results.push({
      label,
      modelLinks: result.modelLinks,
      // Per flow from the best run: on a shared machine, contention only ever adds time.
      'µs/flow': Math.round((summary.minMs * 1000) / result.modelLinks * 10) / 10,
      drawnLinks: result.drawnLinks,
      drawnNodes: result.drawnNodes,
      ...summary,
    });
  }
});
results.forEach((row, i) => {
  const before = results[i - 1];
  row.exponent = before ? Number((Math.log(row.minMs / before.minMs) / Math.log(row.modelLinks / before.modelLinks)).toFixed(2)) : null;
});
console.log(
  `<budget-sankey> with the audit, ${RUNS} runs each (set .data → updateComplete + 1 frame), 1200 px wide, depth=subitem; ` +
    'µs/flow and exponent from the best run (minMs)',
);
console.table(results);
console.log('stages on their own, µs per flow (best of 5): which one grows faster than the document');
console.table(breakdown);
const small = results.find((row) => row.label === '~1,700 flows');
const large = results.find((row) => row.label === '~34,000 flows');
const ratio = large['µs/flow'] / small['µs/flow'];
const exponent = Math.log(large.minMs / small.minMs) / Math.log(large.modelLinks / small.modelLinks);
console.log(
  `µs/flow at ~34,000 vs ~1,700 flows: ${large['µs/flow']} / ${small['µs/flow']} = ×${ratio.toFixed(2)} ` +
    `(exponent ${exponent.toFixed(2)}; linear when within ×1.3: ${ratio <= 1.3 ? 'yes' : 'NO'})`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/sankey.json', JSON.stringify({ runs: RUNS, date: new Date().toISOString(), results, breakdown, ratio, exponent }, null, 2));

// The audit alone, in Node, on the same documents.
console.log('');
spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-audit.ts'], { stdio: 'inherit' });
