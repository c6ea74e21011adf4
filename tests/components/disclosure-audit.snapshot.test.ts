// Normalized SVG snapshots of <disclosure-audit>'s rule grid on the sample (see
// tests/helpers/snapshot.ts): an unintended change of the grid shows up in review.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/disclosure-audit/define.js';
import { compare, normalizeSvg } from '../helpers/snapshot.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { shadow } from './helpers.js';

describe('<disclosure-audit> SVG snapshots of the sample', () => {
  // Each width states its columns, so a golden taken at the wrong size cannot pass.
  for (const { width, columns } of [
    { width: 960, columns: 12 },
    { width: 360, columns: 8 },
  ]) {
    it(`matches disclosure-audit-sample-${width}.svg: 48 rules in rows of ${columns}`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.width = `${width}px`;
      const el = document.createElement('disclosure-audit');
      el.data = await sampleDocument();
      wrapper.append(el);
      await waitUntil(() => shadow(el).querySelector('svg[part~="svg"]'), 'no grid', { timeout: 5000 });
      const svg = shadow(el).querySelector<SVGSVGElement>('svg[part~="svg"]')!;
      const rows = new Set([...svg.querySelectorAll('g rect')].map((rect) => rect.getAttribute('y')));
      expect(rows.size).to.equal(Math.ceil(48 / columns));
      expect(Number(svg.getAttribute('width'))).to.be.at.most(width);
      await compare(`disclosure-audit-sample-${width}`, normalizeSvg(svg));
    });
  }
});
