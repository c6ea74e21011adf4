// Dev aid: the regions findRegions() cuts a text into (kind, lines, title).
import { readFileSync } from 'node:fs';
import { normalise, splitLines } from '../src/parse/lines.js';
import { findRegions } from '../src/parse/regions.js';
const lines = splitLines(normalise(readFileSync(process.argv[2]!, 'utf8')));
for (const r of findRegions(lines)) console.log(r.kind, lines[r.start]?.no, lines[r.end - 1]?.no, r.title.slice(0, 60));
