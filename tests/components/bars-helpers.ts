// Mounting the bar widgets in the element tests: a wrapper of a given width (set through the
// CSSOM: the test page's CSP blocks style attributes), then wait until drawn or settled.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';

type BarWidget = HTMLElementTagNameMap['budget-execution'] | HTMLElementTagNameMap['three-public-costs'];

export async function mountBars<K extends 'budget-execution' | 'three-public-costs'>(
  tag: K,
  width: number,
  setup: (el: HTMLElementTagNameMap[K]) => void,
  attributes: Record<string, string> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as HTMLElementTagNameMap[K];
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setup(el);
  wrapper.append(el);
  await settled(el);
  return el;
}

export async function settled(el: BarWidget): Promise<void> {
  await waitUntil(() => el.state !== 'none' && el.state !== 'loading', 'element never settled', { timeout: 5000 });
  if (el.state === 'ready') await waitUntil(() => el.layout, 'no layout', { timeout: 5000 });
  await el.updateComplete;
}

export const texts = (el: HTMLElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');

export { deepFreeze } from '../model/flow-checks.js';
