// Normalized SVG snapshots of the sample: an unintended visual change shows up in review.
// Numbers are rounded to 1 decimal and ids renumbered. On a mismatch the new drawing is
// written beside the golden file as `*-changed.svg`. To accept changes, run
//   UPDATE_SNAPSHOTS=1 node tests/snapshots/update.mjs
// (or wtr with --update-snapshots). A missing golden file fails the test unless
// UPDATE_SNAPSHOTS=1 (a snapshot that writes itself checks nothing).
import { expect } from '@open-wc/testing';
import { compare, normalizeSvg } from '../helpers/snapshot.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { sankeyAt, shadow } from './helpers.js';

describe('<budget-sankey> SVG snapshots of the sample', () => {
  // Each width states what it must draw, so a golden taken at the wrong size cannot pass.
  const cases = [
    { width: 960, orientation: 'horizontal' },
    { width: 360, orientation: 'vertical' },
  ];
  for (const { width, orientation } of cases) {
    it(`matches budget-sankey-sample-${width}.svg, drawn ${orientation} and at most ${width} px wide`, async () => {
      const doc = await sampleDocument();
      const el = await sankeyAt(width, (element) => (element.data = doc));
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.classList.contains(orientation), `drawn ${svg.getAttribute('class')}`).to.equal(true);
      expect(Number(svg.getAttribute('width'))).to.be.at.most(width);
      expect(svg.getBoundingClientRect().width).to.be.at.most(width);
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(width * 0.8);
      await compare(`budget-sankey-sample-${width}`, normalizeSvg(svg));
    });
  }
});
