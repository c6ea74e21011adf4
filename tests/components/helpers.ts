// Shared by the element tests: mount a <budget-sankey> at a given width and wait until drawn.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
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

/**
 * A <budget-sankey> in a wrapper `width` px wide, once drawn. The width is set through the
 * CSSOM: the test page's CSP (style-src 'self') blocks style attributes, and a blocked one
 * would silently leave the wrapper as wide as the page.
 */
export async function sankeyAt(width: number, setup: (el: BudgetSankey) => void, attributes = ''): Promise<BudgetSankey> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
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

/**
 * An element binding that sets the element's width through the CSSOM:
 * html`<div ${widthOf('800px')}>`. Not a style attribute, nor styleMap (whose first render
 * writes one): the test page's CSP blocks those, and the guard fails the test.
 */
export const widthOf = (width: string) =>
  ref((element) => {
    if (element instanceof HTMLElement) element.style.width = width;
  });

/**
 * An exported SVG file parsed for inspection. A document parsed in the test page inherits the
 * page's CSP, which blocks its style attributes (an exported file opened on its own has no
 * such policy), so they are read under another name: `data-style`.
 */
export function parseSvg(text: string): Document {
  return new DOMParser().parseFromString(text.replace(/ style="/g, ' data-style="'), 'image/svg+xml');
}

export function shadow(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
