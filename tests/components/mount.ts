// Mount a <budget-sankey> in a wrapper styled through the CSSOM (the test page's CSP blocks
// style attributes), and wait until it is drawn.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { BudgetSankey } from '../../components/budget-sankey/define.js';
import './helpers.js';

/** A sankey showing `doc` inside a `<div>` that `style` sets up, once laid out. */
export async function mountIn(
  doc: unknown,
  style: (wrapper: HTMLElement) => void,
  attributes: Record<string, string> = {},
): Promise<BudgetSankey> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  style(wrapper);
  const el = document.createElement('budget-sankey');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = doc;
  wrapper.append(el);
  await waitUntil(() => el.layout, 'no layout', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
