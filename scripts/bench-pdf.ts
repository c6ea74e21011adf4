// `npx tsx scripts/bench-pdf.ts [file.pdf …]`: time parsePdf() in Node on published PDFs
// (default: the largest real sample and a ~60-page one from ../shared/samples/real). Not a
// test: prints pages, wall time (best of 3), CPU time of this process (pdf.js parses on the
// same thread in Node, so CPU time is the cost even when other work shares the machine),
// pages per second and the status. The browser time for the same file comes from
// tests/parse/pdf-browser.test.ts's log line or the demo.
import { readFileSync, existsSync } from 'node:fs';
import { parsePdf } from '../src/parse/index.js';

const REAL = new URL('../../shared/samples/real/', import.meta.url);
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['xian-weijian-2022-final.pdf', 'guangzhou-zhujian-2026-budget.pdf'].map((f) => new URL(f, REAL).pathname).filter(existsSync);

// One warm-up so the first file does not pay for loading pdf.js.
await parsePdf(readFileSync(files[0]!), { maxPages: 1 });
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  let best = Infinity;
  let cpu = Infinity;
  let pages = 0;
  let status = '';
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    const result = await parsePdf(bytes, { onProgress: (_page, total) => (pages = total) });
    const spent = process.cpuUsage(usage);
    best = Math.min(best, performance.now() - started);
    cpu = Math.min(cpu, (spent.user + spent.system) / 1000);
    status = result.status;
  }
  const name = file.split('/').pop();
  console.log(
    `${name}: ${pages} pages, ${(bytes.length / 1024 / 1024).toFixed(1)} MB — wall ${Math.round(best)} ms (${((pages * 1000) / best).toFixed(1)} pages/s), CPU ${Math.round(cpu)} ms (${((pages * 1000) / cpu).toFixed(1)} pages/s), ${status}`,
  );
}
