/**
 * 功能分类 codes over 类 | 款 | 项 columns that print only each row's own part, as some
 * regions' 决算 tables do: "201" under 类 on the 类 row, then "03" alone under 款 on its 款
 * row and "02" alone under 项 on its 项 row. The rest of the code is the row's parent, the
 * code read last at the level above (rows are in code order: 类, its 款, their 项). The part
 * is completed in the row's cells, so the row reads as a code split over the three columns
 * ("201 | 03 | 02", src/parse/codes.ts); a part with no parent above stays as printed (and is
 * reported malformed, never guessed).
 */
import type { Column } from './layout.js';

/** The indices of three neighbouring code columns headed 类, 款, 项; undefined otherwise. */
export function classColumns(columns: readonly Column[]): [number, number, number] | undefined {
  const ends = (c: Column | undefined, word: string) => c !== undefined && (c.parts[c.parts.length - 1] ?? c.text).replace(/\s+/g, '') === word;
  const at = columns.findIndex((c, i) => ends(c, '类') && ends(columns[i + 1], '款') && ends(columns[i + 2], '项'));
  return at < 0 ? undefined : [at, at + 1, at + 2];
}

/**
 * The row's cells with its code completed from `parent` (the last code read), when the row
 * prints a bare two-digit part under 款 or 项 and nothing to its left.
 */
export function withParentCode(cells: readonly string[], at: readonly [number, number, number], parent: string | undefined): string[] {
  const [lei, kuan, xiang] = at.map((i) => (cells[i] ?? '').trim()) as [string, string, string];
  if (lei !== '' || parent === undefined) return [...cells];
  const out = [...cells];
  if (/^\d{2}$/.test(kuan) && parent.length >= 3) {
    out[at[0]] = parent.slice(0, 3);
    return out;
  }
  if (kuan === '' && /^\d{2}$/.test(xiang) && parent.length >= 5) {
    out[at[0]] = parent.slice(0, 3);
    out[at[1]] = parent.slice(3, 5);
  }
  return out;
}
