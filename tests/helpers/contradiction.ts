// A real contradiction made in a document's text, for tests/parse/perturbed-real.test.ts: one
// 项 row's 合计 and 项目支出 raised by the same amount, with its 款, its 类 and the table's 合计,
// in one function table only. The table still adds up; the document no longer agrees with
// itself across tables — which the audit must report as an error, not as a reading doubt.
import type { ParseResult } from '../../src/parse/index.js';
import type { TableId } from '../../src/schema/primitives.js';

interface Row {
  code?: string;
  values: Record<string, number | null | undefined>;
  source?: { line?: number };
}

/** `value` printed as `like` prints its numbers (separators, decimals). */
function printedLike(value: number, like: string): string {
  const decimals = like.includes('.') ? like.split('.')[1]!.length : 0;
  const plain = value.toFixed(decimals);
  if (!like.includes(',')) return plain;
  const [whole, frac] = plain.split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
}

/** Every printed token on `line` worth `from`, replaced by `to`, right edges kept. */
function replaceAmount(line: string, from: number, to: number): string {
  return line.replace(/(\s*)(-?[\d,]+\.\d+|-?\d+)(?=\s|$)/g, (whole, space: string, token: string) => {
    if (Math.abs(Number(token.replace(/,/g, '')) - from) > 0.001) return whole;
    const next = printedLike(to, token);
    const pad = space.length - (next.length - token.length);
    return ' '.repeat(Math.max(1, pad)) + next;
  });
}

/**
 * The text with one contradiction in `table` (t3 or t5), or undefined when the table has no
 * 项 row printing both a 合计 and a 项目支出 with its 款 and 类 printed. `delta` in the table's unit.
 */
export function contradiction(text: string, baseline: ParseResult, table: TableId, delta: number): { text: string; code: string } | undefined {
  const t = (baseline.document?.tables as Record<string, { rows?: Row[]; total?: Row } | undefined>)[table];
  const rows = t?.rows ?? [];
  const byCode = new Map(rows.filter((r) => r.code).map((r) => [r.code!, r]));
  const leaf = rows.find((r) => {
    const c = r.code ?? '';
    return c.length === 7 && typeof r.values.project === 'number' && r.values.project > 0 && r.values.project !== r.values.basic && typeof r.values.total === 'number' && byCode.has(c.slice(0, 5)) && byCode.has(c.slice(0, 3));
  });
  if (!leaf || !t?.total?.source?.line) return undefined;
  const lines = text.split('\n');
  const chain = [leaf, byCode.get(leaf.code!.slice(0, 5))!, byCode.get(leaf.code!.slice(0, 3))!, t.total];
  for (const row of chain) {
    const at = row.source?.line;
    if (!at || typeof row.values.total !== 'number' || typeof row.values.project !== 'number') return undefined;
    let line = lines[at - 1]!;
    // 合计 and 项目支出 equal on a row: both printed tokens change, as both columns do.
    line = replaceAmount(line, row.values.total, row.values.total + delta);
    if (row.values.project !== row.values.total) line = replaceAmount(line, row.values.project, row.values.project + delta);
    if (line === lines[at - 1]) return undefined;
    lines[at - 1] = line;
  }
  return { text: lines.join('\n'), code: leaf.code! };
}
