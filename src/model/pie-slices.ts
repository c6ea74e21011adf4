/**
 * One level of the pie as slices: which items are drawn, their shares (largest remainder,
 * adding to exactly 100.0), and which small ones merge into "其他 (N项)". Items that cannot
 * be an angle — blank (null), negative or zero — are kept aside with the reason, for the
 * table and the note: never a wrong slice, never silently dropped.
 */
import { shares } from '../format/percent.js';
import { withoutNoise } from '../format/number.js';
import type { PieItem } from './pie-items.js';

export interface PieSlice {
  /** The item's id, or `other:<parent id>` for the merged slice. */
  id: string;
  value: number;
  /** Percent, one decimal; the slices of a level add to exactly 100.0. */
  share: number;
  /** The item drawn; absent for "其他". */
  item?: PieItem;
  /** The items merged into "其他", each with its own share, in official order. */
  members?: { item: PieItem; share: number }[];
  /** The item has drawable children (activating it drills down). */
  drillable: boolean;
}

export type ExcludedReason = 'blank' | 'negative' | 'zero';

export interface PieLevel {
  /** The item whose children these are (the root at the top). */
  parent: PieItem;
  slices: PieSlice[];
  /** Every item not drawn as an angle, with why, in official order. */
  excluded: { item: PieItem; reason: ExcludedReason }[];
  /** Sum of the drawn values (the angles' 360°). */
  drawnTotal: number;
}

export interface GroupOptions {
  /** Items below this share (percent) merge into "其他" (when there are at least two). */
  minShare: number;
  /** Merge this many more of the smallest items than `minShare` asks (label room ran out). */
  extra?: number;
  /** "其他" slices the reader opened: their members are drawn one by one. */
  expanded?: ReadonlySet<string>;
}

export const otherId = (parent: PieItem) => `other:${parent.id}`;

export function drawableChildren(item: PieItem): boolean {
  return item.children.some((child) => child.value !== null && child.value > 0);
}

/** The slices of `parent`'s children. Same input, same slices. */
export function groupSlices(parent: PieItem, options: GroupOptions): PieLevel {
  const drawn: PieItem[] = [];
  const excluded: PieLevel['excluded'] = [];
  for (const item of parent.children) {
    if (item.value === null) excluded.push({ item, reason: 'blank' });
    else if (item.value < 0) excluded.push({ item, reason: 'negative' });
    else if (item.value === 0) excluded.push({ item, reason: 'zero' });
    else drawn.push(item);
  }
  // One rounding over what is drawn, "其他" as one slice (so its printed share is its amount's,
  // within 0.1), then a second over its members, to exactly its share: the slices add to
  // 100.0 and the members listed under "其他" add to it to the last digit.
  const drawnTotal = withoutNoise(drawn.reduce((sum, item) => sum + item.value!, 0));
  const id = otherId(parent);
  const merged = options.expanded?.has(id) ? new Set<number>() : mergedIndexes(drawn, drawnTotal, options);
  const keptIndexes = drawn.map((_, index) => index).filter((index) => !merged.has(index));
  const mergedList = drawn.map((_, index) => index).filter((index) => merged.has(index));
  const otherValue = withoutNoise(mergedList.reduce((sum, index) => sum + drawn[index]!.value!, 0));
  const topShares = shares([...keptIndexes.map((index) => drawn[index]!.value!), ...(mergedList.length ? [otherValue] : [])]) as number[];
  const otherShare = mergedList.length ? topShares[topShares.length - 1]! : 0;
  const memberShares = mergedList.length ? (shares(mergedList.map((index) => drawn[index]!.value!), 1, otherShare) as number[]) : [];
  const itemShares: number[] = [];
  keptIndexes.forEach((index, position) => (itemShares[index] = topShares[position]!));
  mergedList.forEach((index, position) => (itemShares[index] = memberShares[position]!));
  const slices: PieSlice[] = [];
  const members: PieSlice['members'] = [];
  drawn.forEach((item, index) => {
    if (merged.has(index)) members.push({ item, share: itemShares[index]! });
    else slices.push({ id: item.id, value: item.value!, share: itemShares[index]!, item, drillable: drawableChildren(item) });
  });
  if (members.length) {
    slices.push({
      id,
      value: otherValue,
      share: otherShare,
      members,
      drillable: false,
    });
  }
  return { parent, slices, excluded, drawnTotal };
}

/** Most of the ring "其他" may take: beyond it, the merged slice would hide what it should sum up. */
export const OTHER_CAP = 25;

/**
 * Indexes to merge: below `minShare`, plus `extra` more of the smallest; never one alone,
 * and never so many that "其他" passes a quarter of the ring (300 slices of 0.3% each would
 * otherwise become one "其他" of 99%).
 */
function mergedIndexes(drawn: PieItem[], total: number, options: GroupOptions): Set<number> {
  const bySize = drawn.map((item, index) => ({ index, value: item.value! })).sort((a, b) => a.value - b.value || b.index - a.index);
  let count = bySize.filter(({ value }) => (value / total) * 100 < options.minShare).length + (options.extra ?? 0);
  let merged = 0;
  let within = 0;
  for (const { value } of bySize) {
    merged += value;
    if ((merged / total) * 100 > OTHER_CAP) break;
    within += 1;
  }
  count = Math.min(count, within);
  // Merging all but one would leave a pie of one slice and "其他": keep at least two drawn.
  count = Math.min(count, drawn.length - 2);
  if (count < 2) return new Set();
  return new Set(bySize.slice(0, count).map(({ index }) => index));
}
