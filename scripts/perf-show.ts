// Dev aid: what parse() reads from one text's performance part and narrative, with the audit's
// errors and the warnings, compact enough to check a synthetic fixture cell for cell.
import { readFileSync } from 'node:fs';
import { parse } from '../src/parse/index.js';
import { audit } from '../src/audit/index.js';
const [file, part = 'all'] = process.argv.slice(2);
const r = parse(readFileSync(file!, 'utf8'));
const doc = r.document as Record<string, any> | undefined;
const perf = doc?.performance;
if (part === 'all' || part === 'perf') {
  for (const card of perf?.scorecards ?? []) {
    const { indicators, funds, source, ...head } = card;
    console.log('CARD', JSON.stringify(head));
    for (const [k, v] of Object.entries(funds ?? {})) console.log('  fund', k, JSON.stringify({ ...(v as object), source: undefined }));
    for (const row of indicators ?? []) console.log('  ind', JSON.stringify({ ...row, source: undefined }));
  }
  if (perf?.summary) console.log('SUMMARY', JSON.stringify(perf.summary));
  for (const e of perf?.evaluations ?? []) console.log('EVAL', JSON.stringify({ ...e, source: undefined }));
}
if (part === 'all' || part === 'narr') {
  const n = doc?.narrative ?? {};
  for (const [k, v] of Object.entries(n)) console.log('NARR', k, JSON.stringify(v, (key, val) => (key === 'source' ? undefined : val)));
}
if (doc) for (const f of audit(doc as never, { warnings: r.warnings })) if (f.severity === 'error') console.log('AUDIT', JSON.stringify(f).slice(0, 300));
for (const w of r.warnings) console.log('WARN', JSON.stringify(w).slice(0, 300));
console.log('status', r.status);
