/**
 * Node labels of the sankey: their text (name + amount), their size, and packing them along
 * one axis so that no two overlap. Pure numbers; widths are estimated (text-width.ts).
 */
import { wrapText } from './text-width.js';

export interface LabelText {
  lines: string[];
  truncated: boolean;
  width: number;
  height: number;
}

/** Name wrapped to at most two lines within `maxWidth`, then the amount on its own line. */
export function labelText(name: string, amount: string, maxWidth: number, fontSize: number, lineHeight: number): LabelText {
  const wrapped = wrapText(name, maxWidth, fontSize, 2);
  const amountLine = wrapText(amount, maxWidth, fontSize, 1);
  const lines = [...wrapped.lines, ...amountLine.lines];
  return {
    lines,
    truncated: wrapped.truncated || amountLine.truncated,
    width: Math.min(maxWidth, Math.max(wrapped.width, amountLine.width)),
    height: lines.length * lineHeight,
  };
}

export interface Span {
  /** Wanted start, along the packing axis. */
  want: number;
  size: number;
}

/**
 * Place spans in their given order within [0, extent], each as close to where it wants to be
 * as the others allow, with `gap` between neighbours. Returns null when they cannot all fit.
 */
export function packSpans(spans: readonly Span[], extent: number, gap: number): number[] | null {
  const total = spans.reduce((s, x) => s + x.size, 0) + gap * Math.max(0, spans.length - 1);
  if (total > extent + 1e-6) return null;
  const pos = spans.map((s) => Math.min(Math.max(0, s.want), extent - s.size));
  for (let i = 1; i < pos.length; i++) {
    const prev = spans[i - 1]!;
    pos[i] = Math.max(pos[i]!, pos[i - 1]! + prev.size + gap);
  }
  const last = pos.length - 1;
  if (last >= 0) pos[last] = Math.min(pos[last]!, extent - spans[last]!.size);
  for (let i = last - 1; i >= 0; i--) pos[i] = Math.min(pos[i]!, pos[i + 1]! - spans[i]!.size - gap);
  return pos;
}
