// Dev aid: every real sample's performance and narrative JSON, to diff before and after a change.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from '../src/parse/index.js';
const dir = process.argv[2] ?? '../shared/samples/real';
for (const f of readdirSync(dir).filter((n) => n.endsWith('.layout.txt'))) {
  const doc = parse(readFileSync(`${dir}/${f}`, 'utf8')).document as Record<string, unknown> | undefined;
  console.log(f, JSON.stringify({ performance: doc?.performance, narrative: doc?.narrative }, null, 1));
}
