/**
 * Node labels of the sankey: their text (name + amount), their size, and packing them along
 * one axis so that no two overlap. Pure numbers; widths are estimated (text-width.ts).
 */
import { textWidth, tokens, wrapText } from './text-width.js';

export interface LabelText {
  lines: string[];
  truncated: boolean;
  width: number;
  height: number;
}

/** Name wrapped to at most two lines within `maxWidth`, then the amount on its own line. */
export function labelText(name: string, amount: string, maxWidth: number, fontSize: number, lineHeight: number): LabelText {
  const wrapped = balancedWrap(name, maxWidth, fontSize);
  const amountLine = wrapText(amount, maxWidth, fontSize, 1);
  const lines = [...wrapped.lines, ...amountLine.lines];
  return {
    lines,
    truncated: wrapped.truncated || amountLine.truncated,
    width: Math.min(maxWidth, Math.max(wrapped.width, amountLine.width)),
    height: lines.length * lineHeight,
  };
}

/**
 * Wrap into at most two lines, as evenly as the text allows: a name that needs two lines is
 * split near its middle rather than leaving one character alone on the second line
 * ("社会保障和就业支 / 出" becomes "社会保障和 / 就业支出"). The narrowest width that still
 * gives two untruncated lines is found by bisection.
 */
export function balancedWrap(name: string, maxWidth: number, fontSize: number) {
  const full = wrapText(name, maxWidth, fontSize, 2);
  if (full.truncated || full.lines.length < 2) return full;
  // Never narrower than the widest word, so balancing never breaks a Latin word.
  const widestWord = Math.max(0, ...tokens(name).map((token) => textWidth(token.trimEnd(), fontSize)));
  if (widestWord >= maxWidth) return full;
  let low = Math.max(maxWidth / 2, widestWord);
  let high = maxWidth;
  let best = full;
  for (let step = 0; step < 8; step++) {
    const mid = (low + high) / 2;
    const attempt = wrapText(name, mid, fontSize, 2);
    if (attempt.truncated || attempt.lines.length > 2) low = mid;
    else {
      best = attempt;
      high = mid;
    }
  }
  return best;
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
