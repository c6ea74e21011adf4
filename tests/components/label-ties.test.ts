// The drawing of labels moved for room (src/layout/sankey-label-place.ts): their own panel
// over the panel they sit on, and the leader line to their bar, as the layout says.
import { expect } from '@open-wc/testing';
import { sampleDocument } from '../helpers/fixtures.js';
import { sankeyAt, shadow } from './helpers.js';

describe('<budget-sankey> draws what ties a label to its bar', () => {
  for (const width of [960, 320]) {
    it(`draws each label's own panel and leader from the layout at ${width} px`, async () => {
      const doc = await sampleDocument();
      const el = await sankeyAt(width, (element) => (element.data = doc));
      const labels = el.layout!.nodes.map((n) => n.label).filter((l) => l !== null);
      const panels = labels.filter((l) => l.panel);
      const leaders = labels.filter((l) => l.leader);
      // The sample has small nodes whose label is taller (or wider) than their bar.
      expect(panels.length).to.be.greaterThan(0);
      const drawnPanels = [...shadow(el).querySelectorAll('rect[part~="label-panel"]')];
      expect(drawnPanels.length).to.equal(panels.length);
      expect(shadow(el).querySelectorAll('polyline[part~="leader"]').length).to.equal(leaders.length);
      // Opaque under the tint: the panel below does not show through.
      for (const rect of shadow(el).querySelectorAll('.label-backdrop')) {
        expect(getComputedStyle(rect).fill).to.equal('rgb(255, 255, 255)');
      }
      // Drawn under the labels, over the nodes' own panels.
      const order = [...shadow(el).querySelectorAll('g')].map((g) => g.getAttribute('class'));
      expect(order.indexOf('label-ties')).to.be.greaterThan(order.indexOf('panels'));
      expect(order.indexOf('label-ties')).to.be.lessThan(order.indexOf('labels'));
    });
  }
});
