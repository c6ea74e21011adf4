/**
 * Tooltip placement: beside the pointer (or the focused mark), flipped and clamped so that
 * the whole tooltip stays inside the viewport, on a phone as on a desktop.
 */
export interface Anchor {
  /** Viewport coordinates of the point or box the tooltip describes. */
  x: number;
  y: number;
  width?: number;
  height?: number;
}

const GAP = 12;
const MARGIN = 8;

/** Top-left corner (viewport px) for a tooltip of `size` near `anchor`. */
export function placeTooltip(
  anchor: Anchor,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const right = anchor.x + (anchor.width ?? 0);
  const bottom = anchor.y + (anchor.height ?? 0);
  let left = right + GAP;
  if (left + size.width > viewport.width - MARGIN) left = anchor.x - GAP - size.width;
  if (left < MARGIN) left = Math.max(MARGIN, Math.min(viewport.width - MARGIN - size.width, anchor.x));
  let top = anchor.y;
  if (top + size.height > viewport.height - MARGIN) top = anchor.y - size.height - GAP;
  if (top < MARGIN) top = Math.min(bottom + GAP, viewport.height - MARGIN - size.height);
  top = Math.max(MARGIN, top);
  return { left: Math.round(left), top: Math.round(top) };
}

/** Position an already rendered, `position: fixed` tooltip element next to `anchor`. */
export function positionTooltip(element: HTMLElement, anchor: Anchor): void {
  const rect = element.getBoundingClientRect();
  const { left, top } = placeTooltip(anchor, rect, { width: window.innerWidth, height: window.innerHeight });
  element.style.left = `${left}px`;
  element.style.top = `${top}px`;
}
