// Shared by the element tests: mount a <budget-sankey> at a given width and wait until drawn.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
// The all-elements entry: defines <budget-sankey> with the audit wired in.
import '../../components/index.js';
import type { BudgetSankey } from '../../components/budget-sankey/define.js';

export const SAMPLE_URL = new URL('../fixtures/linzi-industry-it-bureau-2021-final.json', import.meta.url).href;

/** The element inside `template`, once its chart is laid out. */
export async function mountSankey(template: TemplateResult): Promise<BudgetSankey> {
  const wrapper = await fixture<HTMLElement>(template);
  const element = (wrapper.localName === 'budget-sankey' ? wrapper : wrapper.querySelector('budget-sankey')) as BudgetSankey;
  await waitUntil(() => element.state !== 'none' && element.state !== 'loading', 'element never settled', { timeout: 5000 });
  if (element.state === 'ready') await waitUntil(() => element.layout, 'no layout', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

export async function sankeyAt(width: number, setup: (el: BudgetSankey) => void, attributes = ''): Promise<BudgetSankey> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${`width:${width}px`}></div>`);
  const element = document.createElement('budget-sankey');
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    element.setAttribute(name!, value);
  }
  setup(element);
  wrapper.append(element);
  await waitUntil(() => element.state !== 'none' && element.state !== 'loading', 'element never settled', { timeout: 5000 });
  if (element.state === 'ready') await waitUntil(() => element.layout, 'no layout', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

export function shadow(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
