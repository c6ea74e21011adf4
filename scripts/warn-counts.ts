// Dev aid: per real sample, the parse status and warning counts by code.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from '../src/parse/index.js';
const dir = process.argv[2] ?? '../shared/samples/real';
for (const f of readdirSync(dir).filter((n) => n.endsWith('.layout.txt'))) {
  const r = parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const counts: Record<string, number> = {};
  for (const w of r.warnings) counts[w.code] = (counts[w.code] ?? 0) + 1;
  console.log(f.replace('.layout.txt', ''), r.status, JSON.stringify(counts));
}
