/**
 * Rows printed without a code (some function tables print names only): the code is taken
 * from a coded row of the same name elsewhere in the same document (表1's 类 rows, another
 * function table), never guessed; a name that no coded row carries stays in `uncoded` and
 * is reported. One pass over the rows to index the names, one over the uncoded rows.
 */
import type { WarningSink } from '../warnings.js';
import type { FunctionTableOut } from './function.js';
import { where } from './layout.js';
import type { TableId } from '../../schema/primitives.js';

type Row = FunctionTableOut['rows'][number];

const key = (name: string) => name.replace(/\s+/g, '').replace(/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十\d]+[）)]/, '');

export function resolveUncoded(tables: Record<string, unknown>, ids: readonly TableId[], warnings: WarningSink): void {
  // Names → codes over the whole document; a name printed with two codes is ambiguous.
  const codes = new Map<string, string | null>();
  const note = (name: string, code: string) => {
    const k = key(name);
    const seen = codes.get(k);
    if (seen === undefined) codes.set(k, code);
    else if (seen !== code) codes.set(k, null);
  };
  for (const id of ids) {
    const table = tables[id] as FunctionTableOut | undefined;
    for (const row of table?.rows ?? []) note(row.name, row.code);
  }
  for (const id of ['t1', 't4']) {
    const table = tables[id] as { expenditure?: { code?: string; name: string }[] } | undefined;
    for (const line of table?.expenditure ?? []) if (line.code) note(line.name, line.code);
  }
  for (const id of ids) {
    const table = tables[id] as FunctionTableOut | undefined;
    if (!table?.uncoded) continue;
    const left: NonNullable<FunctionTableOut['uncoded']> = [];
    const have = new Set(table.rows.map((r) => r.code));
    const found: Row[] = [];
    for (const row of table.uncoded) {
      const code = codes.get(key(row.name));
      const line = (row.source as { line?: number } | undefined)?.line;
      if (typeof code === 'string' && !have.has(code)) {
        have.add(code);
        found.push({ code, name: row.name, values: row.values, source: { ...(row.source ?? {}), row: code } });
        warnings.add('code-by-name', { line }, { where: where(id), name: row.name, code });
      } else {
        left.push(row);
        // "2010501-行政运行50101-工资奖金津补贴…": the code is printed, joined to its name, on a
        // row crossed with other classifications (北京 预算03表): a reading gap, said as such.
        const joined = /^\d{3,}-\D.*\d{3,}-/.test(row.name);
        warnings.add('code-missing', { line }, { where: where(id), name: row.name }, joined ? 'joined' : undefined);
      }
    }
    if (found.length > 0) table.rows = mergeByCode(table.rows, found);
    if (left.length > 0) table.uncoded = left;
    else delete table.uncoded;
  }
}

/**
 * Rows stay in code order (类, its 款, their 项): each found row goes before the first printed
 * row with a larger code. One merge pass, linear after sorting the found rows.
 */
function mergeByCode(rows: Row[], found: Row[]): Row[] {
  const extra = [...found].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const out: Row[] = [];
  let k = 0;
  for (const row of rows) {
    while (k < extra.length && extra[k]!.code < row.code) out.push(extra[k++]!);
    out.push(row);
  }
  while (k < extra.length) out.push(extra[k++]!);
  return out;
}
