// Where one case of the comparison benchmark spends its main-thread time: draws the case
// `runs` times under the V8 CPU profiler (after a warm-up) and prints the functions with the
// most self time, with their source file, plus the renderer's own share (style, layout, paint,
// GC). Usage: node scripts/bench-profile.mjs <case-id> [engine=ours|floor|echarts] [runs=20]
import { readFileSync } from 'node:fs';
import { withBenchPage } from './bench/browser.mjs';

const [id = 'sankey-50', engine = 'ours', runsArg = '20'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const sample = readFileSync('tests/fixtures/linzi-industry-it-bureau-2021-final.json', 'utf8');

await withBenchPage(
  'scripts/bench/compare-page.ts',
  'benchLoad',
  async (tab, _heap, cdp) => {
    await tab.evaluate(() => window.benchLoad());
    const draw = async (which) => {
      await tab.evaluate(([id, which]) => window.benchPrepare(id, which), [id, which]);
      await tab.evaluate(() => window.benchDraw());
      await tab.evaluate(() => window.benchInspect());
    };
    await draw('ours'); // the floor needs our markup
    for (let i = 0; i < 3; i++) await draw(engine);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // Only the timed part (benchDraw) is profiled: setting up and counting are left out.
    const self = new Map();
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      await tab.evaluate(([id, which]) => window.benchPrepare(id, which), [id, engine]);
      await cdp.send('Profiler.start');
      await tab.evaluate(() => window.benchDraw());
      const { profile } = await cdp.send('Profiler.stop');
      const dt = new Map();
      for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
      for (const node of profile.nodes) {
        const us = dt.get(node.id) ?? 0;
        const { functionName, url, lineNumber } = node.callFrame;
        if (functionName === '(idle)' || functionName === '(program)') continue;
        total += us;
        const key = `${functionName || '(anonymous)'} ${url ? `bench.js:${lineNumber + 1}` : ''}`;
        self.set(key, (self.get(key) ?? 0) + us);
      }
    }
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`${id} / ${engine}: ${RUNS} draws, ${(total / 1000 / RUNS).toFixed(2)} ms sampled per draw (excluding idle)`);
    for (const [key, us] of top) console.log(`${(us / 1000 / RUNS).toFixed(2).padStart(8)} ms  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  },
  { '/sample.json': { type: 'application/json', body: sample } },
);
