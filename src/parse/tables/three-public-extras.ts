/**
 * 会议费 | 培训费 printed beside the "三公" items in each group of 表7 ("一般公共预算财政拨款“三公”
 * 经费及会议费、培训费支出决算表": 合计 | 因公出国 | 公务用车 … | 公务接待费 | 会议费 | 培训费, under
 * 预算数 and again under 决算数): read as meetings / training, never part of the 三公 total.
 * Without a 三公 小计, the group's 合计 may be the sum of all five: then it is totalWithRelated.
 * A column still kept as printed under 预算数 and under 决算数 is named by its group.
 */
import type { Leaf } from '../grid/header-tree.js';
import type { Group } from './three-public.js';

type Mapped = { index: number; group: Group; key: string; fund?: boolean };

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
 * A group's 合计 that adds its 会议费 and 培训费 to the three items (and is not the three alone)
 * is not the schema's 三公 total: moved to totalWithRelated, and the 三公 total left unprinted
 * (never computed). A 合计 that is neither stays the total, so the audit can say what does
 * not add up. Tables that print a 三公 小计 beside the grand 合计 are told by their header
 * (three-public.ts); this is for those that print only the one 合计.
 */
export function settleRelatedTotal(amounts: Record<string, unknown>): void {
  if ('totalWithRelated' in amounts) return;
  const num = (key: string) => (typeof amounts[key] === 'number' ? (amounts[key] as number) : undefined);
  const total = num('total');
  const related = [num('meetings'), num('training')].filter((v): v is number => v !== undefined);
  if (total === undefined || related.every((v) => v === 0)) return;
  const vehicles = num('vehicles') ?? ((num('vehiclePurchase') ?? 0) + (num('vehicleOperation') ?? 0));
  const three = (num('abroad') ?? 0) + vehicles + (num('reception') ?? 0);
  const all = three + related.reduce((sum, v) => sum + v, 0);
  if (Math.abs(total - three) <= CENTS * 4 || Math.abs(total - all) > CENTS * (related.length + 4)) return;
  delete amounts.total;
  amounts.totalWithRelated = total;
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
