/**
 * Packing label boxes along one side of a pie, the way Highcharts' `distribute` does: boxes
 * sorted by the y they want (their slice's mid-angle), neighbours that overlap merge into a
 * group centred on the mean of their targets, until nothing overlaps and every box is inside
 * [0, length]. Unlike Highcharts nothing is dropped here: when the boxes do not fit, the
 * caller merges one more slice into "其他" and tries again (src/layout/pie-fit.ts).
 */
export interface Box {
  /** The y the box's centre wants. */
  target: number;
  size: number;
}

/**
 * Top y of each box (same order as `boxes`), `gap` px apart at least, or null when their
 * sizes and gaps exceed `length`.
 */
export function distribute(boxes: readonly Box[], length: number, gap: number): number[] | null {
  const order = boxes.map((box, index) => ({ ...box, index })).sort((a, b) => a.target - b.target || a.index - b.index);
  const needed = order.reduce((sum, box) => sum + box.size + gap, -gap);
  if (needed > length + 1e-9) return null;
  type Group = { start: number; size: number; targets: number; count: number; members: typeof order };
  const clamp = (group: Group) => {
    group.start = Math.min(Math.max(0, group.start), length - group.size);
  };
  let groups: Group[] = order.map((box) => {
    const group = { start: box.target - box.size / 2, size: box.size, targets: box.target, count: 1, members: [box] };
    clamp(group);
    return group;
  });
  // Each pass merges at least one pair, so this ends after at most n passes.
  for (let changed = true; changed; ) {
    changed = false;
    const next: Group[] = [];
    for (const group of groups) {
      const last = next[next.length - 1];
      if (last && last.start + last.size + gap > group.start + 1e-9) {
        last.size += gap + group.size;
        last.targets += group.targets;
        last.count += group.count;
        last.members.push(...group.members);
        // Centre the group's middle on the mean of its members' targets, kept inside the side.
        const mean = last.targets / last.count;
        last.start = mean - last.size / 2;
        clamp(last);
        changed = true;
      } else next.push(group);
    }
    groups = next;
  }
  const tops = new Array<number>(boxes.length);
  for (const group of groups) {
    let y = group.start;
    for (const box of group.members) {
      tops[box.index] = y;
      y += box.size + gap;
    }
  }
  return tops;
}
