/**
 * Where an element is laid out: the window it belongs to (an iframe's or a popup's once it is
 * moved there) and the shadow roots around it. Shared by the tooltip, size, marks and lang
 * controllers, which observe that window and listen at those roots.
 */

/**
 * The window `node` is laid out in: its document's (an iframe's or a popup's once the element
 * is moved there), else this script's. Viewports, frames and observers are that window's.
 */
export function viewOf(node: Node): (Window & typeof globalThis) | undefined {
  return (node.ownerDocument?.defaultView as (Window & typeof globalThis) | null) ?? (typeof window === 'undefined' ? undefined : window);
}

/**
 * The parent in the flat tree, as laid out: the slot an element is assigned to, else its
 * parent, across a shadow root to its host.
 */
export function parentOf(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The shadow roots `element` is laid out in, innermost first: a scroll event stays inside the
 * shadow root of the box that scrolled, so whoever follows scrolling listens at each.
 */
export function shadowRootsAround(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot && !roots.includes(root)) roots.push(root);
  }
  return roots;
}
