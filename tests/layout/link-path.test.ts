// linkPath writes out the band curve d3-shape's linkHorizontal / linkVertical drew, so every
// sankey path (and its SVG snapshot) stays the same text. Compared here with d3-shape itself.
import { expect } from '@open-wc/testing';
import { linkHorizontal, linkVertical } from 'd3-shape';
import { linkPath } from '../../src/layout/link-path.js';

type Ends = { s: [number, number]; t: [number, number] };
const horizontal = linkHorizontal<Ends, [number, number]>().source((d) => d.s).target((d) => d.t);
const vertical = linkVertical<Ends, [number, number]>().source((d) => d.s).target((d) => d.t);

describe('layout/linkPath', () => {
  it('draws the documented S-curve', () => {
    expect(linkPath([0, 0], [100, 10], true)).to.equal('M0,0C50,0,50,10,100,10');
    expect(linkPath([0, 0], [10, 100], false)).to.equal('M0,0C0,50,10,50,10,100');
  });

  it("gives d3-shape's text for both orientations, odd midpoints, decimals and negatives", () => {
    // Seeded values like the layout's: rounded to 0.01, some midpoints at 0.005.
    let seed = 7;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return Math.round(((seed / 2147483647) * 2400 - 200) * 100) / 100;
    };
    const cases: Ends[] = [
      { s: [0.01, 0.02], t: [0.02, 0.01] },
      { s: [12.345, 7], t: [99.999, -3.1] },
      { s: [-0, 5], t: [5, -0] },
    ];
    for (let i = 0; i < 300; i += 1) cases.push({ s: [next(), next()], t: [next(), next()] });
    for (const ends of cases) {
      expect(linkPath(ends.s, ends.t, true), JSON.stringify(ends)).to.equal(horizontal(ends));
      expect(linkPath(ends.s, ends.t, false), JSON.stringify(ends)).to.equal(vertical(ends));
    }
  });
});
