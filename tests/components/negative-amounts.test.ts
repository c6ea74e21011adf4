// Printed negative amounts (real 决算 print them: a 项 reduced by an earlier year's refund, an
// overspent 结转) reach every element: each keeps the document valid, draws no mark for a
// negative, shows the signed amount in its table and export, and never prints NaN or Infinity.
import { expect } from '@open-wc/testing';
import { mountWidget } from './mount-widget.js';
import '../../components/index.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';
import { watchPageErrors } from '../helpers/page-errors.js';
import { deepElements } from '../helpers/drawn.js';
import { withNegatives } from '../helpers/negative-document.js';

type Widget = HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean>; toSVG(): string; toCSV(): string };

async function negativeDocument(): Promise<Disclosure> {
  return withNegatives(await sampleDocument());
}

const mount = (tag: string, doc: unknown) => mountWidget<Widget>(tag, 900, doc);

const allText = (el: Widget) => Array.from(deepElements(el.shadowRoot!)).map((node) => node.textContent ?? '').join(' ');

describe('printed negative amounts in every element', () => {
  const errors = watchPageErrors();

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}> draws the document, with no NaN, no Infinity and no page error`, async () => {
      const el = await mount(tag, await negativeDocument());
      expect(el.state, `<${tag}> state`).to.equal('ready');
      const text = allText(el);
      expect(text).not.to.match(/NaN|Infinity/);
      if (typeof el.toSVG === 'function') expect(el.toSVG()).not.to.match(/NaN|Infinity/);
      for (const mark of Array.from(deepElements(el.shadowRoot!)).filter((node) => node instanceof SVGGraphicsElement)) {
        for (const name of ['width', 'height', 'd', 'x', 'y']) {
          const value = mark.getAttribute(name);
          if (value !== null) expect(value, `<${tag}> ${mark.localName} @${name}`).not.to.match(/NaN|Infinity/);
        }
        const width = mark.getAttribute('width');
        if (width !== null) expect(Number(width), `<${tag}> ${mark.localName} width`).to.be.at.least(0);
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('<budget-sankey> and <spend-structure-pie> say which negative is not drawn, with its sign', async () => {
    const sankey = await mount('budget-sankey', await negativeDocument());
    expect(allText(sankey)).to.contain('社会保障和就业支出 -17.98');
    expect(allText(sankey)).not.to.contain('未列明');
    expect(sankey.toCSV()).to.contain('-17.98');
    const pie = await mount('spend-structure-pie', await negativeDocument());
    expect(allText(pie)).to.contain('负数1项，未计入扇形：社会保障和就业支出');
  });

  it('<three-public-costs> and <budget-execution> show the signed amount in their tables', async () => {
    const costs = await mount('three-public-costs', await negativeDocument());
    expect(costs.toCSV()).to.contain('-0.21');
    const execution = await mount('budget-execution', await negativeDocument());
    expect(execution.toCSV()).to.contain('-3.5');
  });
});
