/**
 * Tooltip placement: beside the pointer (or the focused mark), flipped and clamped so that
 * the whole tooltip stays inside the viewport, on a phone as on a desktop. Shown in the top
 * layer by the marks controller (components/base/marks-controller.ts).
 */
import { parentOf, viewOf } from './laid-out.js';

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
  const view = viewOf(element) ?? window;
  const { left, top } = placeTooltip(anchor, origin, { width: view.innerWidth, height: view.innerHeight });
  element.style.left = `${round((left - origin.left) / (scaleX || 1))}px`;
  element.style.top = `${round((top - origin.top) / (scaleY || 1))}px`;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Whether any of `element`'s box can be seen: inside the viewport and inside every ancestor
 * that clips (overflow other than visible), across shadow roots. A tooltip about a mark that
 * has been scrolled out of sight would otherwise be clamped to the viewport's edge and float
 * over the page, describing nothing the reader can see.
 */
export function inSight(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const view = viewOf(element) ?? window;
  let left = Math.max(box.left, 0);
  let top = Math.max(box.top, 0);
  let right = Math.min(box.right, view.innerWidth);
  let bottom = Math.min(box.bottom, view.innerHeight);
  for (let node = parentOf(element); node && right > left && bottom > top; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.display === 'contents') continue;
    if (style.position === 'fixed') break;
    const clipX = style.overflowX !== 'visible';
    const clipY = style.overflowY !== 'visible';
    if (!clipX && !clipY) continue;
    const clip = node.getBoundingClientRect();
    if (clipX) {
      left = Math.max(left, clip.left);
      right = Math.min(right, clip.right);
    }
    if (clipY) {
      top = Math.max(top, clip.top);
      bottom = Math.min(bottom, clip.bottom);
    }
  }
  // A zero-width line or point mark counts when its extent lies inside.
  return right >= left && bottom >= top && (right > left || box.width === 0) && (bottom > top || box.height === 0);
}
