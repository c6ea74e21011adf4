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
    for (const row of table.uncoded) {
      const code = codes.get(key(row.name));
      const line = (row.source as { line?: number } | undefined)?.line;
      if (typeof code === 'string' && !table.rows.some((r) => r.code === code)) {
        insertByCode(table.rows, { code, name: row.name, values: row.values, source: { ...(row.source ?? {}), row: code } });
        warnings.add('code-by-name', { line }, { where: where(id), name: row.name, code });
      } else {
        left.push(row);
        warnings.add('code-missing', { line }, { where: where(id), name: row.name });
      }
    }
    if (left.length > 0) table.uncoded = left;
    else delete table.uncoded;
  }
}

/** Rows stay in code order (类, its 款, their 项): insert before the first larger code. */
function insertByCode(rows: Row[], row: Row): void {
  const at = rows.findIndex((r) => r.code > row.code);
  if (at < 0) rows.push(row);
  else rows.splice(at, 0, row);
}
