// Mount any disclosure widget `width` px wide (set through the CSSOM: the test page's CSP
// blocks style attributes) and wait until it has settled and drawn a frame.
import { fixture, html, waitUntil } from '@open-wc/testing';

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean> };

export async function mountWidget<T extends Widget>(
  tag: string,
  width: number,
  doc: unknown,
  attributes: Record<string, string> = {},
): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as T & { data: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = doc;
  wrapper.append(el);
  await waitUntil(() => el.state !== 'none' && el.state !== 'loading', 'never settled', { timeout: 5000 });
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  await el.updateComplete;
  return el;
}
