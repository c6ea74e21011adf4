/**
 * 三公 by unit printed as rows (深圳 表9 财政拨款“三公”经费支出表): after the department's year
 * rows, each unit's in turn — its name on its first row ("深圳市考试院 2025 年 …"), then
 * "2026 年 …" and a change row (增减变化金额). A long name wraps around its first row
 * ("…数据管理中" on the line above, "心" on the line below). This splits the rows into units
 * by their labels alone; three-public.ts reads each row's amounts as it reads the department's.
 */
import type { BodyRow } from './layout.js';

export interface UnitCycle<G> {
  name: string;
  /** The line of the unit's first row. */
  line: number;
  groups: { group: G; row: BodyRow }[];
  /** Change rows (增减变化金额): derived from the groups when they agree. */
  changes: BodyRow[];
}

/** The group words a row's label ends with ("2025年", "2026年预算数", "上年预算数"): not the unit's name. */
const GROUP_WORDS = /(?:(?:19|20)\d{2}年度?)?(?:上年|本年)?(?:预算数?|决算数?)?$/;

/**
 * The units of `rows` (body rows in printed order, text-only lines included), or undefined
 * unless every row is one of a unit's groups, its change row, or a piece of its name. A row
 * opens a unit when its label names one, or when its group is one the current unit already
 * has (a name printed wholly on the line above). Text lines before a unit's first row start
 * its name; text lines inside its cycle end it.
 */
export function unitCycles<G>(
  rows: readonly BodyRow[],
  labelOf: (row: BodyRow) => string,
  groupOf: (label: string) => G | undefined,
  isChange: (label: string) => boolean,
): UnitCycle<G>[] | undefined {
  const units: UnitCycle<G>[] = [];
  let pending = '';
  for (const row of rows) {
    const label = labelOf(row);
    if (!/\d/.test(row.line.text)) {
      pending += label;
      continue;
    }
    let unit = units[units.length - 1];
    if (isChange(label)) {
      if (!unit) return undefined;
      unit.name += pending;
      pending = '';
      unit.changes.push(row);
      continue;
    }
    const group = groupOf(label);
    if (group === undefined) return undefined;
    const name = label.replace(GROUP_WORDS, '');
    if (name !== '' || !unit || unit.groups.some((g) => g.group === group)) {
      unit = { name: pending + name, line: row.line.no, groups: [], changes: [] };
      units.push(unit);
    } else unit.name += pending;
    pending = '';
    unit.groups.push({ group, row });
  }
  if (pending !== '' || units.length === 0 || units.some((u) => u.name === '')) return undefined;
  return units;
}
