// A ParseResult as a comparable list of "table › row › column = value" facts, for the
// metamorphic suite: what is read, not where it was read (sources, line numbers, titles and
// labels may change with the layout). Amounts are in 元 (a table's unit applied), so a table
// printed in 元 compares equal to the same table in 万元.
import type { ParseResult } from '../../src/parse/index.js';

const SCALE: Record<string, number> = { 元: 1, 万元: 10000, 亿元: 100000000 };
/** Keys compare whatever width the punctuation was printed in. */
const canon = (s: string): string =>
  s
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[：:]/g, ':')
    .replace(/[“”"]/g, '"')
    .replace(/\s+/g, '');
/** Printed labels and titles change with the numbering style; they are not what is read. */
const SKIP = new Set(['source', 'sources', 'title', 'label', 'note']);

function walk(value: unknown, path: string, scale: number, out: string[]): void {
  if (typeof value === 'number') {
    // Money in 元 to the cent; a count or a share keeps its value (scale 1 outside tables).
    out.push(`${path} = ${Math.round(value * scale * 100) / 100}`);
  } else if (typeof value === 'string') {
    if (!path.endsWith('.name') && !path.endsWith('.code')) out.push(`${path} = ${canon(value)}`);
  } else if (Array.isArray(value)) {
    const seen = new Map<string, number>();
    for (const item of value) {
      const o = (item ?? {}) as Record<string, unknown>;
      let key = [o.code, o.name, o.unit && typeof o.unit === 'string' && o.rows ? o.unit : undefined, o.path]
        .filter((k) => k !== undefined)
        .map((k) => canon(Array.isArray(k) ? k.join('/') : String(k)))
        .join(' ');
      if (typeof item !== 'object' || item === null) key = '';
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      walk(item, `${path}[${key}${n > 1 ? `#${n}` : ''}]`, scale, out);
    }
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const inner = typeof o.unit === 'string' && SCALE[o.unit] ? SCALE[o.unit]! : scale;
    for (const [k, v] of Object.entries(o)) {
      if (SKIP.has(k) || k === 'unit') continue;
      walk(v, `${path}.${k}`, inner, out);
    }
  }
}

/** The facts read into the typed tables and `otherTables` (values in 元), sorted. */
export function facts(result: ParseResult): string[] {
  const out: string[] = [];
  const doc = result.document;
  walk(doc?.tables ?? result.tables ?? {}, 'tables', 1, out);
  // otherTables are kept as printed, with header paths and labels that follow every wrapped
  // fragment: compare what they hold — each row's code and printed numbers in order, blanks
  // left out.
  // Keyed by kind and order within the kind, so one table more or less of another kind (a
  // typed table read completely instead of with loss) does not renumber the rest.
  const ordinal = new Map<string, number>();
  (doc?.otherTables ?? []).forEach((table) => {
    const kind = `${table.reason} ${table.of ?? ''}`;
    const i = (ordinal.get(kind) ?? 0) + 1;
    ordinal.set(kind, i);
    const scale = SCALE[table.unit] ?? 1;
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      // By code and order: a text column (采购组织形式) joined to the label or not is how the
      // table was printed apart, not what it holds.
      const key = row.code ?? '';
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const values = row.values.filter((v) => v !== null).map((v) => Math.round(v! * scale * 100) / 100);
      out.push(`other[${kind} #${i}][${key}${n > 1 ? `#${n}` : ''}] = ${values.join(' | ')}`);
    }
  });
  return out.sort();
}

/** What `after` lost and gained against `before`, at most `limit` lines of each. */
export function difference(before: string[], after: string[], limit = 12): string[] {
  const a = new Set(after);
  const b = new Set(before);
  const lost = before.filter((f) => !a.has(f));
  const gained = after.filter((f) => !b.has(f));
  return [...lost.slice(0, limit).map((f) => `- ${f}`), ...gained.slice(0, limit).map((f) => `+ ${f}`), ...(lost.length + gained.length > 2 * limit ? [`(${lost.length} lost, ${gained.length} gained)`] : [])];
}
