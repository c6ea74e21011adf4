// Waiting for a widget to settle, and what of its text reaches outside it: shared by the tests
// that try every element on hostile pages and degenerate data.
import { waitUntil } from '@open-wc/testing';
import { deepElements } from './drawn.js';

type Settling = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** `n` animation frames. */
export const frames = async (n = 2): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

/** Until the element has left none/loading, updated, drawn two frames and updated again. */
export async function settle(el: Settling): Promise<void> {
  await waitUntil(() => el.state !== 'none' && el.state !== 'loading', `<${el.localName}> never settled`, { timeout: 5000 });
  await el.updateComplete;
  await frames();
  await el.updateComplete;
}

/** Visible text of `el` (through a report's widgets) that reaches outside it sideways. */
export function textOutside(el: HTMLElement): string[] {
  const out: string[] = [];
  const host = el.getBoundingClientRect();
  for (const node of deepElements(el.shadowRoot!)) {
    if (node.closest('.table-wrap, .tooltip, .sr-only, [hidden], .scroller')) continue;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== Node.TEXT_NODE || !child.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      const box = range.getBoundingClientRect();
      if (!box.width) continue;
      if (box.left < host.left - 1 || box.right > host.right + 1) out.push(`${node.localName}.${node.getAttribute('class') ?? ''} ${Math.round(box.left - host.left)}…${Math.round(box.right - host.left)}: ${child.textContent!.slice(0, 30)}`);
    }
  }
  return out;
}
