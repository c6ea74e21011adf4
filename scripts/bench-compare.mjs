// `npm run bench`: every widget against ECharts (SVG renderer, animation off, tree-shaken
// through echarts/core) in one headless Chromium session, on the same generated documents
// (scripts/bench/compare-cases.ts). For each case and engine — ours, our floor (our final
// markup inserted into a fresh shadow root: parsing, style, layout and paint, none of our
// code) and ECharts — the main thread's CPU time of one draw (CDP ThreadTime, from handing
// over the data to the next frame), median and spread over the runs after warm-up; the heap
// the drawn chart retains (after a forced GC); elements and SVG shapes drawn. Engines take
// turns run by run, so contention on a shared machine falls on all alike. Then the churn:
// 50 widgets of every kind added and removed, heap and live observers/listeners per cycle.
// Writes bench-results/compare.json and bench-results/compare.md (the table of docs/benchmark.md).
// Usage: node scripts/bench-compare.mjs [runs=7] [only=case-id,…]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { withBenchPage } from './bench/browser.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const ONLY = process.argv[3]?.split(',');
const WARMUP = 2;
const CHURN_CYCLES = 8;
const sample = readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json', 'utf8');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const MB = (bytes) => round(bytes / 1048576, 2);

const results = [];
let churnResult;
let browserVersion = '';
await withBenchPage(
  'scripts/bench/compare-page.ts',
  'benchLoad',
  async (tab, heap, cdp) => {
    browserVersion = tab.context().browser().version();
    const cases = (await tab.evaluate(() => window.benchLoad())).filter((c) => !ONLY || ONLY.includes(c.id));
    /**
     * CPU time (s) of the renderer's main thread so far (ThreadTime: on-CPU time, so another
     * process taking the core does not count, unlike TaskDuration, which is wall time).
     */
    const taskTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
    const timedDraw = async (id, engine) => {
      await tab.evaluate(([id, engine]) => window.benchPrepare(id, engine), [id, engine]);
      const start = await taskTime();
      await tab.evaluate(() => window.benchDraw());
      return (await taskTime()) - start;
    };
    for (const c of cases) {
      const engines = c.echarts ? ['ours', 'floor', 'echarts'] : ['ours', 'floor'];
      const times = Object.fromEntries(engines.map((engine) => [engine, []]));
      const counts = {};
      const retained = {};
      // The floor needs our markup: one draw of ours first (also a warm-up).
      await timedDraw(c.id, 'ours');
      await tab.evaluate(() => window.benchInspect());
      for (let run = 0; run < WARMUP + RUNS; run++) {
        for (const engine of engines) {
          const seconds = await timedDraw(c.id, engine);
          if (run >= WARMUP) times[engine].push(seconds * 1000);
        }
      }
      for (const engine of engines) {
        await tab.evaluate(() => window.benchClear());
        const empty = await heap();
        await tab.evaluate(([id, engine]) => window.benchPrepare(id, engine), [c.id, engine]);
        await tab.evaluate(() => window.benchDraw());
        counts[engine] = await tab.evaluate(() => window.benchInspect());
        retained[engine] = (await heap()) - empty;
      }
      await tab.evaluate(() => window.benchClear());
      const row = { id: c.id, label: c.label, items: c.items };
      for (const engine of engines) {
        const ms = times[engine];
        row[engine] = {
          medianMs: round(median(ms), 2),
          minMs: round(Math.min(...ms), 2),
          maxMs: round(Math.max(...ms), 2),
          retainedMB: MB(retained[engine]),
          elements: counts[engine].elements,
          marks: counts[engine].marks,
          state: counts[engine].state,
        };
      }
      row.oursPerItemUs = round((row.ours.medianMs * 1000) / c.items, 1);
      row.oursVsFloor = round(row.ours.medianMs / row.floor.medianMs, 2);
      if (row.echarts) row.oursVsEcharts = round(row.ours.medianMs / row.echarts.medianMs, 3);
      results.push(row);
      console.log(
        `${c.label.padEnd(30)} ours ${row.ours.medianMs} ms (${row.ours.minMs}–${row.ours.maxMs}), floor ${row.floor.medianMs}` +
          (row.echarts ? `, ECharts ${row.echarts.medianMs} ms (${row.echarts.minMs}–${row.echarts.maxMs}), ours/ECharts ${row.oursVsEcharts}` : '') +
          `, ours/floor ${row.oursVsFloor}, state ${row.ours.state}`,
      );
    }

    if (!ONLY) {
      // Churn: one cycle to warm up (template caches, the audit cache's first entries), then
      // the heap after each further cycle against the heap after the first.
      await tab.evaluate(() => window.benchClear());
      const cycles = [];
      const dom = async () => (await cdp.send('Memory.getDOMCounters'));
      const first = await tab.evaluate(() => window.benchChurn(50));
      const baseline = await heap();
      const baseDom = await dom();
      for (let cycle = 1; cycle <= CHURN_CYCLES; cycle++) {
        const result = await tab.evaluate(() => window.benchChurn(50));
        const after = await heap();
        const counters = await dom();
        cycles.push({
          cycle,
          ready: `${result.ready}/${result.total}`,
          heapDeltaMB: MB(after - baseline),
          domNodesDelta: counters.nodes - baseDom.nodes,
          jsListenersDelta: counters.jsEventListeners - baseDom.jsEventListeners,
          observationsBefore: result.before.observations,
          observationsMounted: result.mounted.observations,
          observationsAfter: result.after.observations,
          globalListenersBefore: result.before.globalListeners,
          globalListenersMounted: result.mounted.globalListeners,
          globalListenersAfter: result.after.globalListeners,
        });
      }
      churnResult = { first: { ready: `${first.ready}/${first.total}` }, baselineMB: MB(baseline), cycles };
      console.log('churn: 50 widgets of each of 7 kinds added and removed');
      console.table(cycles);
    }
  },
  { '/sample.json': { type: 'application/json', body: sample } },
);

// Growth of our sankey: µs per link and the exponent between neighbouring sizes (1.0 = linear).
const sankeys = results.filter((row) => row.id.startsWith('sankey-'));
sankeys.forEach((row, i) => {
  const before = sankeys[i - 1];
  row.exponent = before ? round(Math.log(row.ours.medianMs / before.ours.medianMs) / Math.log(row.items / before.items), 2) : null;
});

const pkg = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const machine = {
  cpu: `${os.cpus()[0]?.model} × ${os.cpus().length}`,
  memoryGB: round(os.totalmem() / 2 ** 30, 1),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  browser: browserVersion,
  echarts: pkg('echarts'),
  lit: pkg('lit'),
  runs: RUNS,
  warmup: WARMUP,
  date: new Date().toISOString(),
};

const cell = (e) => (e ? `${e.medianMs} (${e.minMs}–${e.maxMs})` : '—');
const lines = [
  `| case | items | ours ms median (min–max) | ECharts ms median (min–max) | ours/ECharts | our floor ms | ours/floor | µs per item | heap ours / ECharts MB | elements ours / ECharts | marks ours / ECharts |`,
  `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ...results.map(
    (r) =>
      `| ${r.label} | ${r.items} | ${cell(r.ours)} | ${cell(r.echarts)} | ${r.oursVsEcharts ?? '—'} | ${r.floor.medianMs} | ${r.oursVsFloor} | ${r.oursPerItemUs} | ` +
      `${r.ours.retainedMB} / ${r.echarts?.retainedMB ?? '—'} | ${r.ours.elements} / ${r.echarts?.elements ?? '—'} | ${r.ours.marks} / ${r.echarts?.marks ?? '—'} |`,
  ),
];
if (sankeys.length > 1) {
  lines.push('', '| sankey | links | ours ms | µs per link | exponent from the size before (1.0 = linear) |', '| --- | ---: | ---: | ---: | ---: |');
  for (const r of sankeys) lines.push(`| ${r.label} | ${r.items} | ${r.ours.medianMs} | ${r.oursPerItemUs} | ${r.exponent ?? '—'} |`);
}
if (churnResult) {
  lines.push(
    '',
    '| churn cycle | drawn | heap Δ MB | DOM nodes Δ | JS listeners Δ | observations before → mounted → after | page-wide listeners before → mounted → after |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...churnResult.cycles.map(
      (c) =>
        `| ${c.cycle} | ${c.ready} | ${c.heapDeltaMB} | ${c.domNodesDelta} | ${c.jsListenersDelta} | ${c.observationsBefore} → ${c.observationsMounted} → ${c.observationsAfter} | ${c.globalListenersBefore} → ${c.globalListenersMounted} → ${c.globalListenersAfter} |`,
    ),
  );
}
const table = lines.join('\n');
console.log(`\n${Object.entries(machine).map(([k, v]) => `${k}: ${v}`).join('; ')}\n\n${table}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/compare.json', JSON.stringify({ machine, results, churn: churnResult }, null, 2));
writeFileSync('bench-results/compare.md', `${Object.entries(machine).map(([k, v]) => `- ${k}: ${v}`).join('\n')}\n\n${table}\n`);
