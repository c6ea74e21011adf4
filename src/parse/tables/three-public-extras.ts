/**
 * 会议费 | 培训费 printed beside the "三公" items in each group of 表7 ("一般公共预算财政拨款“三公”
 * 经费及会议费、培训费支出决算表": 合计 | 因公出国 | 公务用车 … | 公务接待费 | 会议费 | 培训费, under
 * 预算数 and again under 决算数). Without a 三公 小计, the group's 合计 may be the sum of all five:
 * then it is not the schema's 三公 total, and is kept as printed with the two columns it adds.
 * The same 会议费 under 预算数 and under 决算数 would be one kept column; each is named by its group.
 */
import type { Leaf } from '../grid/header-tree.js';
import { parseNumber } from '../numbers.js';
import type { BodyRow } from './layout.js';
import type { Group } from './three-public.js';

type Mapped = { index: number; group: Group; key: string; fund?: boolean };

const EXTRA = /会议费|培训费/;
/** The group words of the national template, for kept columns the header names only once per group. */
const GROUP_WORDS: Record<Group, string> = { budget: '预算数', final: '决算数', previousBudget: '上年预算数' };
/** Printed amounts to 2 decimals: a sum of up to six may be off by a cent each. */
const CENTS = 0.015;

/** The group of every leaf: a group holds from its first keyed leaf up to the next group's. */
function leafGroups(leaves: readonly Leaf[], columns: readonly Mapped[]): (Group | undefined)[] {
  const keyed = new Map(columns.map((c) => [c.index, c.group]));
  let group: Group | undefined;
  return leaves.map((_, i) => (group = keyed.get(i) ?? group));
}

/**
 * The columns less each 合计 that adds the group's 会议费 and 培训费 to its three items (and is
 * not their sum alone): the schema's total is the 三公's. A 合计 that is neither stays, so
 * the audit can say what does not add up.
 */
export function withoutGrandTotals(row: BodyRow, leaves: readonly Leaf[], columns: readonly Mapped[]): Mapped[] {
  const groups = leafGroups(leaves, columns);
  const keyed = new Set(columns.map((c) => c.index));
  const value = (i: number | undefined) => {
    const v = i === undefined ? null : parseNumber(row.cells[i] ?? '');
    return typeof v === 'number' ? v : 0;
  };
  const drop = new Set<number>();
  for (const group of new Set(columns.map((c) => c.group))) {
    const extras = leaves.map((_, i) => i).filter((i) => groups[i] === group && !keyed.has(i) && EXTRA.test(leaves[i]!.text));
    const own = columns.filter((c) => c.group === group && !c.fund);
    const at = (key: string) => own.find((c) => c.key === key)?.index;
    const total = at('total');
    if (extras.length === 0 || total === undefined || !/^(?:合计|总计)$/.test(leaves[total]!.text)) continue;
    const vehicles = at('vehicles') !== undefined ? value(at('vehicles')) : value(at('vehiclePurchase')) + value(at('vehicleOperation'));
    const three = value(at('abroad')) + vehicles + value(at('reception'));
    const all = three + extras.reduce((sum, i) => sum + value(i), 0);
    const printed = value(total);
    if (Math.abs(printed - three) > CENTS * 4 && Math.abs(printed - all) <= CENTS * (extras.length + 4)) drop.add(total);
  }
  return drop.size === 0 ? [...columns] : columns.filter((c) => !drop.has(c.index));
}

/**
 * Header paths of the kept cells: a path the row prints under two groups (会议费 under 预算数
 * and under 决算数) is named by its group, else the two would be one column. `tree` is every
 * keyed leaf (it tells the groups), `read` those read into the schema.
 */
export function keptPaths(leaves: readonly Leaf[], tree: readonly Mapped[], read: readonly Mapped[], pathOf: (index: number) => string[]): (index: number) => string[] {
  const groups = leafGroups(leaves, tree);
  const keyed = new Set(read.map((c) => c.index));
  const seen = new Map<string, Set<Group | undefined>>();
  leaves.forEach((_, i) => {
    if (keyed.has(i)) return;
    const key = pathOf(i).join('/');
    seen.set(key, (seen.get(key) ?? new Set()).add(groups[i]));
  });
  return (index) => {
    const path = pathOf(index);
    const group = groups[index];
    return group && (seen.get(path.join('/'))?.size ?? 0) > 1 ? [GROUP_WORDS[group], ...path] : path;
  };
}
