/**
 * Rows of a classification table indexed by code, so that no rule scans a table once per row.
 * Function tables (表2, 3, 5, 8, 9) and 表6 both code their hierarchy by length: 类 3 digits,
 * 款 5, 项 7; a row's parent is its code less the last two digits (a 类's parent is the 合计,
 * keyed ''). Children are found by code, never by name, and keep their printed order.
 *
 * An `AuditContext` lives for one audit run and builds each table's index on first use, so
 * every rule of that run shares it and a document changed between two runs is indexed
 * afresh (the index is keyed by the rows array, which belongs to the document).
 */

/** What the index needs of a row: its code, when it has a string one. */
export interface CodedRow {
  code?: unknown;
}

export interface RowIndex<R extends CodedRow> {
  /** The first row printed with each code. */
  byCode: ReadonlyMap<string, R>;
  /** Rows by parent code ('' for the 类 under the 合计), in printed order. */
  children: ReadonlyMap<string, readonly R[]>;
  /** The rows that can have children (3- and 5-digit codes), in printed order. */
  parents: readonly R[];
}

/** The code a row hangs under: '' for a 类, the 类 for a 款, the 款 for a 项; undefined otherwise. */
export function parentCode(code: string): string | undefined {
  if (code.length === 3) return '';
  if (code.length === 5 || code.length === 7) return code.slice(0, -2);
  return undefined;
}

/** Index rows in one pass: O(rows). Rows without a string code are left out. */
export function indexRows<R extends CodedRow>(rows: readonly R[]): RowIndex<R> {
  const byCode = new Map<string, R>();
  const children = new Map<string, R[]>();
  const parents: R[] = [];
  for (const row of rows) {
    const code = row?.code;
    if (typeof code !== 'string') continue;
    if (!byCode.has(code)) byCode.set(code, row);
    if (code.length === 3 || code.length === 5) parents.push(row);
    const parent = parentCode(code);
    if (parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(row);
    else children.set(parent, [row]);
  }
  return { byCode, children, parents };
}

/** What the rules of one audit run share. */
export class AuditContext {
  private readonly indexes = new Map<readonly unknown[], RowIndex<CodedRow>>();

  /**
   * The index of `rows` (a table's `rows` array), built on first use in this run. An absent
   * table (undefined rows) has an empty index; rows that are not a list throw, so the rule
   * reports that it could not check.
   */
  index<R extends CodedRow>(rows: readonly R[] | undefined | null): RowIndex<R> {
    if (rows === undefined || rows === null) return indexRows<R>([]);
    if (!Array.isArray(rows)) throw new TypeError('rows is not a list');
    let found = this.indexes.get(rows);
    if (!found) {
      found = indexRows(rows as readonly CodedRow[]);
      this.indexes.set(rows, found);
    }
    return found as RowIndex<R>;
  }
}
