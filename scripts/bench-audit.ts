// `npx tsx scripts/bench-audit.ts [runs=5]` (also run by `npm run bench`): time audit() alone
// on generated documents of about 50 to 34,000 flows (the links of the money=all, depth=项
// flow model, as in bench-sankey.mjs). Not a test: prints ms (best of `runs`), µs per flow
// and the growth exponent between neighbouring sizes (log Δtime / log Δflows: 1.0 = linear),
// and writes bench-results/audit.json (gitignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { audit } from '../src/audit/index.js';
import { buildFlowModel } from '../src/model/flows.js';
import { generateDocument } from '../tests/helpers/generate-document.js';
// The same generated documents as bench-sankey.mjs (tests/helpers/generate-document.ts options).
import SIZES from './bench/sizes.json' with { type: 'json' };

const RUNS = Number(process.argv[2] ?? 5);

const results: { label: string; flows: number; rows: number; ms: number; 'µs/flow': number; exponent: string }[] = [];
let previous: { flows: number; ms: number } | undefined;
for (const { label, options } of SIZES) {
  const doc = generateDocument(options);
  const model = buildFlowModel(doc, { money: 'all', depth: 'subitem', order: 'official' });
  if (!model.ok) throw new Error(`${label}: no flow model`);
  const flows = model.model.links.length;
  audit(doc); // warm-up
  let ms = Infinity;
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    findings = audit(doc).length;
    ms = Math.min(ms, performance.now() - start);
  }
  // Generated documents lack 表2, 7, 8 and 9, which the completeness rule (R37) names: 4 findings.
  if (findings !== 4) throw new Error(`${label}: a generated document should pass every rule but R37, got ${findings} findings`);
  const exponent = previous ? (Math.log(ms / previous.ms) / Math.log(flows / previous.flows)).toFixed(2) : '';
  results.push({ label, flows, rows: doc.tables.t3!.rows.length, ms: Math.round(ms * 10) / 10, 'µs/flow': Math.round((ms * 1000) / flows * 10) / 10, exponent });
  previous = { flows, ms };
}

console.log(`audit() alone, Node ${process.version}, best of ${RUNS} (exponent 1.0 = linear)`);
console.table(results);
const [small, large] = [results.find((r) => r.label === '~1,700 flows')!, results.find((r) => r.label === '~34,000 flows')!];
console.log(
  `µs/flow at ~34,000 vs ~1,700: ×${(large['µs/flow'] / small['µs/flow']).toFixed(2)}, ` +
    `exponent ${(Math.log(large.ms / small.ms) / Math.log(large.flows / small.flows)).toFixed(2)}`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/audit.json', JSON.stringify({ runs: RUNS, date: new Date().toISOString(), results }, null, 2));
