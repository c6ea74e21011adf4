// `npx tsx scripts/bench-audit-sample.ts [runs=5]`: time audit() alone on the Linzi sample as
// parsed (tests/fixtures/linzi-industry-it-bureau-2021-final.txt) and on that document made 4×
// and 16× as large: every function table's rows, every scorecard, every narrative comparison,
// share and execution item repeated, each copy of a row under class codes of its own (so the
// row indexes and the hierarchy rule see new rows, not duplicates). Size is the document's
// JSON in MB. Not a test: prints ms (best of `runs`), ms per MB and the growth exponent
// between neighbouring sizes (log Δtime / log Δsize: 1.0 = linear). Every rule runs on
// every size, the rules of issue 14 included (R37–R48; R48 on 表5 copied as a table kept as printed).
import { readFileSync } from 'node:fs';
import { parse } from '../src/parse/index.js';
import { audit } from '../src/audit/index.js';
import { ruleCoverage } from '../src/audit/coverage.js';
import { RULES } from '../src/audit/index.js';
import type { Disclosure } from '../src/schema/disclosure.js';

const RUNS = Number(process.argv[2] ?? 5);
const text = readFileSync(new URL('../tests/fixtures/linzi-industry-it-bureau-2021-final.txt', import.meta.url), 'utf8');
const parsed = parse(text);
if (!parsed.document) throw new Error('the sample did not parse');
const sample = parsed.document as Disclosure;

type Row = { code: string };

/** `doc` with its repeatable parts `times` over; copy k moves each class code to a fresh one. */
function scaled(doc: Disclosure, times: number): Disclosure {
  const out = structuredClone(doc) as Disclosure & Record<string, any>;
  const classes = new Map<string, number>();
  for (const id of ['t2', 't3', 't5', 't8', 't9'] as const) for (const row of (doc.tables[id]?.rows ?? []) as Row[]) if (!classes.has(row.code.slice(0, 3))) classes.set(row.code.slice(0, 3), classes.size);
  const recode = (code: string, copy: number) => `${300 + copy * classes.size + classes.get(code.slice(0, 3))!}${code.slice(3)}`;
  for (const id of ['t2', 't3', 't5', 't8', 't9'] as const) {
    const table = out.tables[id] as { rows: Row[] } | undefined;
    if (!table) continue;
    const rows = table.rows;
    for (let copy = 1; copy < times; copy++) for (const row of rows.slice(0, (doc.tables[id] as { rows: Row[] }).rows.length)) rows.push({ ...structuredClone(row), code: recode(row.code, copy) });
  }
  const repeat = <T>(list: T[] | undefined) => {
    if (!list) return;
    const original = list.length;
    for (let copy = 1; copy < times; copy++) for (let i = 0; i < original; i++) list.push(structuredClone(list[i]!));
  };
  // R48 reads the tables kept as printed, which the sample has none of: 表5 as printed (codes,
  // a 合计 row and a 合计 column over 基本支出 | 项目支出), grown with the copies above.
  const t5 = out.tables.t5 as { rows: (Row & { name: string; values: Record<string, number | null> })[] } | undefined;
  if (t5) {
    const rows = t5.rows.map((row) => ({ code: row.code, name: row.name, values: [row.values.total ?? null, row.values.basic ?? null, row.values.project ?? null] }));
    const top = rows.filter((row) => row.code.length === 3);
    const total = [0, 1, 2].map((c) => top.reduce((sum, row) => sum + (row.values[c] ?? 0), 0));
    out.otherTables = [{ title: '一般公共预算财政拨款支出表（照录）', reason: 'duplicate', of: 't5', unit: '万元', columns: [{ path: ['合计'] }, { path: ['基本支出'] }, { path: ['项目支出'] }], rows: [{ name: '合计', values: total }, ...rows] }];
  }
  repeat(out.performance?.scorecards);
  repeat(out.narrative?.comparisons);
  repeat(out.narrative?.shares);
  repeat(out.narrative?.execution?.items);
  return out;
}

const results: { size: string; MB: number; findings: number; ms: number; 'ms/MB': number; exponent: string }[] = [];
let previous: { mb: number; ms: number } | undefined;
for (const times of [1, 4, 16]) {
  const doc = scaled(sample, times);
  const notRun = ruleCoverage(doc, RULES).filter((c) => !c.ran).map((c) => c.rule);
  const mb = new TextEncoder().encode(JSON.stringify(doc)).length / 1024 / 1024;
  for (let run = 0; run < 3; run++) audit(doc, { warnings: parsed.warnings }); // warm-up (JIT, then a GC between sizes)
  let ms = Infinity;
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    findings = audit(doc, { warnings: parsed.warnings }).length;
    ms = Math.min(ms, performance.now() - start);
  }
  const exponent = previous ? (Math.log(ms / previous.ms) / Math.log(mb / previous.mb)).toFixed(2) : '';
  results.push({ size: `${times}×`, MB: Number(mb.toFixed(3)), findings, ms: Number(ms.toFixed(1)), 'ms/MB': Math.round(ms / mb), exponent });
  previous = { mb, ms };
  if (times === 1) console.log(`rules not run on the sample: ${notRun.join(', ') || 'none'}`);
}
console.log(`audit() of the Linzi sample at 1×, 4×, 16×, Node ${process.version}, best of ${RUNS} (exponent 1.0 = linear)`);
console.table(results);
const [one, sixteen] = [results[0]!, results[2]!];
console.log(`1× → 16×: ×${(sixteen.MB / one.MB).toFixed(1)} the JSON, ×${(sixteen.ms / one.ms).toFixed(1)} the time, exponent ${(Math.log(sixteen.ms / one.ms) / Math.log(sixteen.MB / one.MB)).toFixed(2)}`);
