/**
 * Where each node's label goes along its column (its breadth axis), and how it stays tied to
 * its own bar.
 *
 * Labels are packed so that none overlap; in a crowded column that pushes some away from their
 * bars. On a real 决算 the labels at the foot of a column were pushed up to 44 px, so
 * "年末结转和结余 100.00" sat beside 住房保障支出's bar and read as its amount. The rules here:
 * - a label may leave its bar's span by at most `maxGap` px, and then gets a leader line from
 *   its bar; a label that would be pushed further is not drawn (the tooltip and the data table
 *   keep it), the smallest nodes' labels giving way first, until every label is near its bar;
 * - a label that reaches beyond its own bar's span gets its own panel (the caller draws it
 *   over the other nodes' panels), so one tinted panel never holds two labels.
 * Labels are measured lazily, largest node first, and only while there is room: the cost
 * follows what is drawn, not the column's length.
 */
import { packSpans } from './sankey-labels.js';

export interface ColumnEntry {
  /** The bar's span along the breadth axis, px. */
  b0: number;
  b1: number;
  value: number;
  /** Labels of nodes that must stay visible (imbalances) give way last. */
  keep: boolean;
  /** The label's size along the breadth axis, px (measures it on first call). */
  size: () => number;
}

/**
 * Start of each label along the breadth axis, or null for a label not drawn. `minSize` is a
 * lower bound of any label's size (stops measuring once nothing more can fit); `inset` is the
 * padding on each side of a label's span around its visible box (distances are to the box).
 */
export function placeColumnLabels(
  entries: readonly ColumnEntry[],
  extent: number,
  gap: number,
  maxGap: number,
  minSize: number,
  inset = 0,
): (number | null)[] {
  const far = (start: number, size: number, e: ColumnEntry) => distance(start + inset, size - 2 * inset, e) > maxGap + 0.01;
  // Largest first: they are the ones worth a label when room runs out.
  const byValue = entries.map((_, i) => i).sort((a, b) => entries[b]!.value - entries[a]!.value || a - b);
  const shown = entries.map(() => false);
  let used = 0;
  for (const i of byValue) {
    if (used + (used > 0 ? gap : 0) + minSize > extent) break;
    const size = entries[i]!.size() + (used > 0 ? gap : 0);
    if (used + size > extent) continue;
    used += size;
    shown[i] = true;
  }
  // Drop labels, smallest node first, until every one is within maxGap of its bar. Each round
  // is linear in the labels shown, and they are few: they all fit in the extent.
  const giveWay = byValue.filter((i) => shown[i]).reverse();
  giveWay.sort((a, b) => Number(entries[a]!.keep) - Number(entries[b]!.keep));
  for (;;) {
    const visible = entries.map((_, i) => i).filter((i) => shown[i]);
    const spans = visible.map((i) => {
      const e = entries[i]!;
      const size = e.size();
      return { want: (e.b0 + e.b1) / 2 - size / 2, size };
    });
    const pos = packSpans(spans, extent, gap) ?? [];
    const tooFar = visible.some((i, k) => far(pos[k]!, spans[k]!.size, entries[i]!));
    if (!tooFar || !giveWay.length) {
      const result: (number | null)[] = entries.map(() => null);
      visible.forEach((i, k) => {
        result[i] = far(pos[k]!, spans[k]!.size, entries[i]!) ? null : pos[k]!;
      });
      return result;
    }
    shown[giveWay.shift()!] = false;
  }
}

/** How far a label at [start, start + size] is from its bar's span; 0 when they overlap. */
export function distance(start: number, size: number, bar: { b0: number; b1: number }): number {
  if (start >= bar.b1) return start - bar.b1;
  if (start + size <= bar.b0) return bar.b0 - (start + size);
  return 0;
}
