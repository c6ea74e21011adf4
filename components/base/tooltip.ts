/**
 * Tooltip placement: beside the pointer (or the focused mark), flipped and clamped so that
 * the whole tooltip stays inside the viewport, on a phone as on a desktop. Shown in the top
 * layer by the marks controller (components/base/marks-controller.ts).
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

/**
 * Position an already rendered, `position: fixed` tooltip element next to `anchor` (viewport
 * px). In the top layer (popover) fixed means the viewport. Without the Popover API, an
 * ancestor with `transform`, `filter`, `contain: paint` or `will-change` becomes the containing
 * block of fixed elements: the tooltip is then placed against that box — its offset and scale
 * measured, not assumed — so it still lands beside its mark.
 */
export function positionTooltip(element: HTMLElement, anchor: Anchor): void {
  element.style.left = '0px';
  element.style.top = '0px';
  // Where (0, 0) of the containing block is on screen, and how much it is scaled.
  const origin = element.getBoundingClientRect();
  const scaleX = element.offsetWidth ? origin.width / element.offsetWidth : 1;
  const scaleY = element.offsetHeight ? origin.height / element.offsetHeight : 1;
  const { left, top } = placeTooltip(anchor, origin, { width: window.innerWidth, height: window.innerHeight });
  element.style.left = `${round((left - origin.left) / (scaleX || 1))}px`;
  element.style.top = `${round((top - origin.top) / (scaleY || 1))}px`;
}

const round = (value: number) => Math.round(value * 100) / 100;
