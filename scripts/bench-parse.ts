// `npx tsx scripts/bench-parse.ts`: time parse() on a ~5 MB disclosure text, built from the
// sample by adding synthetic rows to 表3 and repeating its scorecards. Not a test: prints
// the size, the time (best of 3), MB/s and what was read, then the linearity: the time for
// 1/8, 1/4, 1/2 and all of the text, and the growth exponent (1.0 = linear). Timing belongs
// here rather than in `npm test`, where one run on a busy machine decides nothing.
import { readFileSync } from 'node:fs';
import { parse } from '../src/parse/index.js';

const TARGET = 5 * 1024 * 1024;
const sample = readFileSync(new URL('../tests/fixtures/linzi-industry-it-bureau-2021-final.txt', import.meta.url), 'utf8');
const lines = sample.split('\n');

/** 表3 rows with unique 7-digit codes, amounts with two decimals. */
function syntheticRows(count: number): string[] {
  const rows: string[] = [];
  for (let i = 0; rows.length < count; i++) {
    const code = `2${String(30 + Math.floor(i / 9801)).padStart(2, '0')}${String(1 + Math.floor(i / 99) % 99).padStart(2, '0')}${String(1 + (i % 99)).padStart(2, '0')}`;
    const basic = ((i * 37) % 10000) / 100;
    const project = ((i * 53) % 10000) / 100;
    rows.push([code, `合成项目${i}`, (basic + project).toFixed(2), basic.toFixed(2), project.toFixed(2), '', '', ''].join('\t'));
  }
  return rows;
}

const t3End = lines.findIndex((l, i) => i > 212 && l.startsWith('2150805'));
const scorecardStart = lines.findIndex((l) => l === '项目支出绩效自评表');
const scorecardEnd = lines.findIndex((l, i) => i > scorecardStart && l.startsWith('总分')) + 1;
const scorecard = lines.slice(scorecardStart, scorecardEnd).join('\n');

const rows = syntheticRows(40000);
const body = [...lines.slice(0, t3End + 1), ...rows, ...lines.slice(t3End + 1)].join('\n');
const utf8 = (s: string) => new TextEncoder().encode(s).length;
const cards: string[] = [];
const cardBytes = utf8(scorecard) + 2;
let size = utf8(body);
while (size < TARGET) {
  cards.push(scorecard);
  size += cardBytes;
}
const text = `${body}\n${cards.join('\n\n')}\n`;
const bytes = utf8(text);

function time(input: string): { ms: number; result: ReturnType<typeof parse> } {
  let ms = Infinity;
  let result = parse(input);
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    result = parse(input);
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, result };
}

const { ms: best, result } = time(text);
const mb = (n: number) => n / 1024 / 1024;

const doc = result.document;
console.log(`input: ${mb(bytes).toFixed(2)} MB, ${text.split('\n').length} lines`);
console.log(`parse: ${best.toFixed(0)} ms (best of 3), ${(mb(bytes) / (best / 1000)).toFixed(1)} MB/s`);
console.log(
  `read: ${doc?.tables.t3?.rows.length ?? 0} 表3 rows, ${doc?.performance?.scorecards.length ?? 0} scorecards, ` +
    `${doc?.performance?.scorecards.reduce((n, s) => n + s.indicators.length, 0) ?? 0} indicators; ` +
    `status ${result.status}, ${result.warnings.length} warnings (capped)`,
);

// Linearity: prefixes of the text (cut at a line end), each timed best of 3. The exponent
// between two sizes is log(t2/t1)/log(s2/s1): 1.0 when the time grows like the text.
const table: { share: string; MB: number; ms: number; 'MB/s': number; exponent: string }[] = [];
let previous: { bytes: number; ms: number } | undefined;
for (const share of [1 / 8, 1 / 4, 1 / 2, 1]) {
  const cut = share === 1 ? text.length : text.lastIndexOf('\n', Math.floor(text.length * share)) + 1;
  const part = text.slice(0, cut);
  const size = utf8(part);
  const { ms } = share === 1 ? { ms: best } : time(part);
  const exponent = previous ? (Math.log(ms / previous.ms) / Math.log(size / previous.bytes)).toFixed(2) : '';
  table.push({ share: `${share * 8}/8`, MB: Number(mb(size).toFixed(2)), ms: Math.round(ms), 'MB/s': Number((mb(size) / (ms / 1000)).toFixed(1)), exponent });
  previous = { bytes: size, ms };
}
console.log('linearity (exponent 1.0 = linear):');
console.table(table);
const first = table[0]!;
const last = table.at(-1)!;
console.log(`overall exponent 1/8 → all: ${(Math.log(last.ms / first.ms) / Math.log(last.MB / first.MB)).toFixed(2)}`);
