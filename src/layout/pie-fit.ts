/**
 * Slices and labels that fit together (widget-anchors.md §1, steps 3–7): merge the smallest
 * slices into "其他" until every outside label can be placed; when "其他" would pass 25% of
 * the ring, or the width is narrow, draw the ring with a legend list instead. No label ever
 * disappears on its own: a slice is either labelled, inside "其他" (listed in its tooltip and
 * the table), or named in the legend.
 */
import { groupSlices, type GroupOptions, type PieLevel, type PieSlice } from '../model/pie-slices.js';
import type { PieItem } from '../model/pie-items.js';
import { labelCapacity, layoutLegendPie, layoutPie, type PieLayout, type PieLayoutOptions } from './pie.js';

export interface FitOptions extends PieLayoutOptions, GroupOptions {
  /** Below this width the legend replaces outside labels. */
  narrowBelow: number;
  /** The label text of a slice: its shown name and its figure (share · amount). */
  text: (slice: PieSlice) => { name: string; figure: string };
}

export interface FittedPie {
  level: PieLevel;
  layout: PieLayout;
}

export function fitPie(parent: PieItem, options: FitOptions): FittedPie {
  const inputs = (level: PieLevel) => level.slices.map((slice) => ({ id: slice.id, value: slice.value, ...options.text(slice) }));
  const base = groupSlices(parent, options);
  const legend = (): FittedPie => ({ level: base, layout: layoutLegendPie(inputs(base), options) });
  if (!base.slices.length || options.width < options.narrowBelow) return legend();
  const capacity = 2 * labelCapacity(options.width, options.fontSize);
  // Too narrow for a ring of 80 px between two label columns.
  if (!capacity) return legend();
  // Start near what can fit (two columns of `capacity`), so the loop is short for big levels.
  let extra = Math.max(0, base.slices.length - capacity);
  let previous = -1;
  for (;;) {
    const level = extra ? groupSlices(parent, { ...options, extra: extra + (options.extra ?? 0) }) : base;
    const layout = layoutPie(inputs(level), options);
    if (layout) return { level, layout };
    // Nothing more can merge ("其他" at its cap, opened, or two slices left): the legend names them all.
    if (level.slices.length === previous || level.slices.length <= 2) return legend();
    previous = level.slices.length;
    extra += 1;
  }
}
