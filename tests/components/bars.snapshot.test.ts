// Normalized SVG snapshots of the bar widgets (tests/helpers/snapshot.ts): the sample's
// execution items and 三公 at 960 and 360 px, and the all-zero 三公.
import { expect } from '@open-wc/testing';
import { sampleDocument } from '../helpers/fixtures.js';
import { allZeroThreePublic } from '../helpers/bars-documents.js';
import { compare, normalizeSvg } from '../helpers/snapshot.js';
import { mountBars } from './bars-helpers.js';

describe('bar widget SVG snapshots', () => {
  const cases = [
    { tag: 'budget-execution', width: 960, narrow: false, doc: sampleDocument },
    { tag: 'budget-execution', width: 360, narrow: true, doc: sampleDocument },
    { tag: 'three-public-costs', width: 960, narrow: false, doc: sampleDocument },
    { tag: 'three-public-costs', width: 360, narrow: true, doc: sampleDocument },
    { tag: 'three-public-costs', width: 960, narrow: false, doc: async () => allZeroThreePublic(await sampleDocument()), name: 'zero' },
  ] as const;
  for (const { tag, width, narrow, doc, ...rest } of cases) {
    const name = `${tag}-${'name' in rest ? rest.name : 'sample'}-${width}`;
    it(`matches ${name}.svg, ${narrow ? 'narrow' : 'wide'} and at most ${width} px wide`, async () => {
      const data = await doc();
      const el = await mountBars(tag, width, (element) => (element.data = data));
      expect(el.layout!.narrow).to.equal(narrow);
      const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg[part~="svg"]')!;
      expect(svg.getBoundingClientRect().width).to.be.at.most(width);
      await compare(name, normalizeSvg(svg));
    });
  }
});
