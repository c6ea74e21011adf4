// The harness every element benchmark shares: serve a page that loads `entry` (bundled) into a
// 1200 px host, open it in headless Chromium, and measure the JS heap after a forced GC.
// `run(tab, heap)` does the cases; the browser and server are closed whatever happens.
import { chromium } from 'playwright';
import { bundle, launchOptions, serve } from './serve.mjs';

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script type="module" src="/bench.js"></script></head>
<body style="margin:0"><div id="host" style="width:1200px"></div></body></html>`;

/**
 * Open the bench page of `entry` and wait until `window[ready]` exists, then call `run`.
 * @param {string} entry TypeScript page script (scripts/bench/*.ts) that defines window[ready]
 * @param {string} ready global the page defines when loaded
 * @param {(tab: import('playwright').Page, heap: () => Promise<number>, cdp: import('playwright').CDPSession) => Promise<void>} run
 * @param {Record<string, {type: string, body: string}>} [files] more files to serve (e.g. '/sample.json')
 */
export async function withBenchPage(entry, ready, run, files = {}) {
  const server = await serve({
    '/': { type: 'text/html', body: PAGE },
    '/bench.js': { type: 'text/javascript', body: await bundle(entry) },
    ...files,
  });
  const browser = await chromium.launch(launchOptions());
  try {
    const tab = await browser.newPage({ viewport: { width: 1240, height: 900 } });
    tab.on('pageerror', (error) => console.error('page error:', error.message));
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Performance.enable');
    /** JS heap in use after a forced garbage collection, in bytes. */
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
    };
    await tab.goto(server.url + '/');
    await tab.waitForFunction((name) => name in window, ready);
    await run(tab, heap, cdp);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Median, best and worst of `times` (ms, one decimal), and heap figures (MB). */
export function summarizeRuns(times, before, after) {
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (value) => Math.round(value * 10) / 10;
  return {
    medianMs: ms(sorted[Math.floor(sorted.length / 2)]),
    minMs: ms(sorted[0]),
    maxMs: ms(sorted.at(-1)),
    heapMB: Math.round((after / 1048576) * 10) / 10,
    heapDeltaMB: Math.round(((after - before) / 1048576) * 100) / 100,
  };
}
