// `npx tsx scripts/bench-parse.ts`: time parse() on a ~5 MB disclosure text, built from the
// sample by adding synthetic rows to 表3 and repeating its scorecards. Not a test: prints
// the size, the time (best of 3) and what was read.
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
// Linearity: the first quarter of the text should take about a quarter of the time.
const quarter = time(text.slice(0, Math.floor(text.length / 4)));

const doc = result.document;
console.log(`input: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${text.split('\n').length} lines`);
console.log(`parse: ${best.toFixed(0)} ms (best of 3), ${(bytes / 1024 / 1024 / (best / 1000)).toFixed(1)} MB/s`);
console.log(
  `read: ${doc?.tables.t3?.rows.length ?? 0} 表3 rows, ${doc?.performance?.scorecards.length ?? 0} scorecards, ` +
    `${doc?.performance?.scorecards.reduce((n, s) => n + s.indicators.length, 0) ?? 0} indicators; ` +
    `status ${result.status}, ${result.warnings.length} warnings (capped)`,
);
console.log(`a quarter of the text: ${quarter.ms.toFixed(0)} ms (×${(best / quarter.ms).toFixed(1)} for 4× the input)`);
