// Normalized SVG snapshots of <spend-structure-pie> on the sample (tests/components/snapshot.ts):
// the classes at 960 px (outside labels), the legend ring at 360 px, and class 215 drilled.
// Accept changes with UPDATE_SNAPSHOTS=1 node tests/snapshots/update.mjs after looking at them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import type { SpendStructurePie } from '../../components/spend-structure-pie/define.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { shadow } from './helpers.js';
import { compare, normalizeSvg } from '../helpers/snapshot.js';

describe('<spend-structure-pie> SVG snapshots of the sample', () => {
  const cases = [
    { name: 'classes-960', width: 960, path: [] as string[], mode: 'labels' },
    { name: 'classes-360', width: 360, path: [], mode: 'legend' },
    { name: 'class-215-960', width: 960, path: ['t3:215'], mode: 'labels' },
  ];
  for (const { name, width, path, mode } of cases) {
    it(`matches spend-structure-pie-${name}.svg, drawn with ${mode} at most ${width} px wide`, async () => {
      const doc = await sampleDocument();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.width = `${width}px`;
      const el = document.createElement('spend-structure-pie') as SpendStructurePie;
      el.data = doc;
      el.path = path;
      wrapper.append(el);
      await waitUntil(() => el.layout, 'no layout', { timeout: 5000 });
      await el.updateComplete;
      expect(el.layout!.mode).to.equal(mode);
      const svg = shadow(el).querySelector('svg')!;
      expect(Number(svg.getAttribute('width'))).to.be.at.most(width);
      await compare(`spend-structure-pie-${name}`, normalizeSvg(svg));
    });
  }
});
