/**
 * Tables stated in a unit the schema has no value for — 千元, 百万元, 千万元 — converted to
 * 万元, exactly: × 0.1, × 100, × 1,000. 万元 rather than 元 because the audit's rounding
 * allowance follows the unit: a 千元 table's 0.01 slips are 10 元, within 万元's allowance
 * (half a cent per term) but beyond 元's (1 元 per term). The readers read the printed numbers
 * as they are; the finished table (and its copies kept as printed) is then scaled, so no reader
 * needs to know. The result is rounded to 10^-6 to drop float noise, never a printed digit.
 */
import type { Unit } from '../../schema/primitives.js';

export interface UnitScale {
  /** The unit as printed (千元). */
  printed: string;
  /** The schema unit the amounts are converted to. */
  unit: Unit;
  factor: number;
}

const SCALES: Record<string, Omit<UnitScale, 'printed'>> = {
  千元: { unit: '万元', factor: 0.1 },
  百万元: { unit: '万元', factor: 100 },
  千万元: { unit: '万元', factor: 1000 },
};

/** The conversion for a printed unit word, or undefined when the schema has the unit itself. */
export function scaleOf(printed: string): UnitScale | undefined {
  const scale = SCALES[printed];
  return scale && { printed, ...scale };
}

const times = (value: number, factor: number) => Math.round(value * factor * 1e6) / 1e6;

/**
 * A typed table (the schema object a reader made) with every amount scaled: every number but
 * the positions (`line`, `page`: 行次 and source lines). The nine tables hold no other numbers.
 */
export function scaleTable<T>(table: T, scale: UnitScale): T {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'number') return key === 'line' || key === 'page' ? value : times(value, scale.factor);
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = k === 'unit' ? scale.unit : k === 'source' ? v : walk(v, k);
      return out;
    }
    return value;
  };
  return walk(table, '') as T;
}

/** A column kept as printed whose header says it holds no money (a rate, a share, a count). */
const NOT_MONEY = /%|率|比重|占比|人数|人次|辆|个数|数量|批次|行次|栏次/;

/** A copy kept as printed (otherTables), its money columns scaled; rates and counts as printed. */
export function scaleKept<T extends { unit: Unit; columns: { path: string[] }[]; rows: { values: (number | null)[] }[] }>(table: T, scale: UnitScale): T {
  const money = table.columns.map((column) => !NOT_MONEY.test(column.path.join('')));
  return {
    ...table,
    unit: scale.unit,
    rows: table.rows.map((row) => ({ ...row, values: row.values.map((v, i) => (v === null || !money[i] ? v : times(v, scale.factor))) })),
  };
}
