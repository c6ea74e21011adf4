// An exported chart carries its unit. In the page each element states it beside the chart
// (its legend, "单位：万元"), outside the SVG; the SVG or PNG a reader downloads travels alone,
// and a sankey, execution or 三公 file showed 6,443.60 with nothing to say 万元 rather than 元.
// Now a line under the chart says it, in the element's language, unless the chart says it
// itself (the donut's hole) or draws no amounts (scores).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import type { DisclosureElement } from '../../components/base/disclosure-element.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { parseSvg, widthOf } from './helpers.js';

async function drawn(tag: string, attributes: Record<string, string> = {}): Promise<DisclosureElement> {
  const wrapper = await fixture<HTMLElement>(html`<div ${widthOf('900px')}></div>`);
  const element = document.createElement(tag) as DisclosureElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = await sampleDocument();
  wrapper.append(element);
  await waitUntil(() => element.state === 'ready', `${tag} never drew`, { timeout: 5000 });
  await element.updateComplete;
  return element;
}

/** The PNG's height in pixels, from its IHDR chunk. */
async function pngHeight(blob: Blob): Promise<number> {
  return new DataView(await blob.arrayBuffer()).getUint32(20);
}

describe('exported charts state their unit', () => {
  for (const tag of ['budget-sankey', 'budget-execution', 'three-public-costs']) {
    it(`<${tag}>: toSVG() and toPNG() end with 单位：万元 (Unit: 10k yuan in English)`, async () => {
      const element = await drawn(tag);
      const chart = element.shadowRoot!.querySelector<SVGSVGElement>('svg[part~="svg"]')!;
      const height = Number(chart.getAttribute('height'));
      const file = parseSvg(element.toSVG()).documentElement;
      const last = file.lastElementChild!;
      expect(last.localName).to.equal('text');
      expect(last.textContent).to.equal('单位：万元');
      expect(Number(file.getAttribute('height'))).to.equal(height + 24);
      expect(Number(last.getAttribute('y'))).to.be.within(height, height + 24);
      expect(file.getAttribute('viewBox')!.split(' ').map(Number)[3]).to.equal(Number(chart.getAttribute('viewBox')?.split(' ')[3] ?? height) + 24);
      expect(await pngHeight(await element.toPNG(1))).to.equal(Math.round(height + 24));
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      await waitUntil(() => parseSvg(element.toSVG()).documentElement.lastElementChild?.textContent === 'Unit: 10k yuan', 'no English note', { timeout: 3000 });
    });
  }

  it('<spend-structure-pie>: the donut says 万元 in its hole, no line; the full pie gets the line', async () => {
    const donut = await drawn('spend-structure-pie');
    expect(parseSvg(donut.toSVG()).querySelectorAll('text')).to.satisfy((texts: NodeListOf<Element>) => [...texts].every((t) => t.textContent !== '单位：万元'));
    const pie = await drawn('spend-structure-pie', { variant: 'pie' });
    expect(parseSvg(pie.toSVG()).documentElement.lastElementChild!.textContent).to.equal('单位：万元');
  });

  it('<performance-summary> draws scores: no unit line', async () => {
    const summary = await drawn('performance-summary');
    const svg = summary.toSVG();
    expect(svg).to.not.include('单位：');
  });
});
