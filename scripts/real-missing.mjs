// Which printed amounts of a real document do not reach the JSON, line by line (after npm run build):
//   node scripts/real-missing.mjs ../shared/samples/real/x.layout.txt
// Prints: line number, missing/all amounts on the line, the line. Same measure as ../shared/tools/real-samples.mjs.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const [f] = process.argv.slice(2);
const norm = (x) => Math.round(x * 100) / 100;
const money = /^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+\.\d+$/;
const out = join(tmpdir(), 'real-missing-' + process.pid + '.json');
spawnSync('node', ['dist/cli.js', 'parse', f, '-o', out], { encoding: 'utf8' });
const got = new Set();
(function walk(v) { if (typeof v === 'number') { got.add(norm(v)); got.add(norm(v / 10000)); got.add(norm(v * 10000)); } else if (v && typeof v === 'object') Object.values(v).forEach(walk); })(JSON.parse(readFileSync(out, 'utf8')));
const lines = readFileSync(f, 'utf8').split('\n');
let miss = 0;
lines.forEach((line, i) => {
  const nums = line.split(/\s+/).filter((c) => money.test(c)).map((n) => norm(Number(n.replace(/,/g, '')))).filter(Boolean);
  if (nums.length >= 2) { const m = nums.filter((v) => !got.has(v)); if (m.length) { miss += m.length; console.log(String(i + 1).padStart(5), m.length + '/' + nums.length, line.slice(0, 150)); } }
});
