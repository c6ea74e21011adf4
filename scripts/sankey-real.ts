// Dev aid: for each real sample, the flow model's imbalances (what <budget-sankey> would draw as
// an imbalance node) and read doubts. Usage: npx tsx scripts/sankey-real.ts [dir]
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from '../src/parse/index.js';
import { buildFlowModel } from '../src/model/flows.js';
const dir = process.argv[2] ?? '../shared/samples/real';
for (const f of readdirSync(dir).filter((n) => n.endsWith('.layout.txt'))) {
  const r = parse(readFileSync(`${dir}/${f}`, 'utf8'));
  if (!r.document) { console.log(f, 'no document'); continue; }
  const m = buildFlowModel(r.document);
  const res = m as unknown as { model?: { imbalances?: unknown[] }; imbalances?: unknown[]; error?: unknown };
  const imb = res.model?.imbalances ?? res.imbalances;
  console.log(f.replace('.layout.txt', ''), JSON.stringify(res.error ?? null).slice(0, 200), JSON.stringify(imb)?.slice(0, 600));
}
