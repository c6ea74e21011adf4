// Waiting for a widget to settle, and what of its text reaches outside it: shared by the tests
// that try every element on hostile pages and degenerate data.
import { fixture, html, waitUntil } from '@open-wc/testing';
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

/**
 * `tag` mounted `width` px wide (through the CSSOM: the test page's CSP blocks style
 * attributes) with `doc` as its data, then `wait` (settle, or a deeper wait) run on it.
 */
export async function mountSettled<T extends Settling & { data?: unknown }>(
  tag: string,
  doc: unknown,
  width = 800,
  attributes: Record<string, string> = {},
  wait: (el: T) => Promise<void> = settle,
): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = doc;
  wrapper.append(el);
  await wait(el);
  return el;
}
