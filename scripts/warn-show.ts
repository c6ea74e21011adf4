// Dev aid: print the warnings of one code for one sample (path, message).
import { readFileSync } from 'node:fs';
import { parse } from '../src/parse/index.js';
const [file, code, limit = '15'] = process.argv.slice(2);
const r = parse(readFileSync(file!, 'utf8'));
const ws = r.warnings.filter((w) => !code || w.code === code);
for (const w of ws.slice(0, Number(limit))) console.log(JSON.stringify(w).slice(0, 400));
