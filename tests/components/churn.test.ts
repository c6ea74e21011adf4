// Widgets of every kind on one page, added and removed twice: every observation and every
// page-wide listener they took is given back, and they all drew. 20 of each kind keep the
// suite fast; the benchmark (`npm run bench`) churns 50 of each kind eight times and measures
// the heap after a forced GC, which a test page cannot force.
import { expect, fixture, html } from '@open-wc/testing';
import { trackObservers } from '../helpers/live-observers.js';
import { churn, CHURN_TAGS } from '../helpers/churn.js';
import { sampleDocument } from '../helpers/fixtures.js';
import '../../components/index.js';

const PER_KIND = 20;

describe('20 widgets of every kind added and removed', function () {
  this.timeout(120000);
  before(trackObservers);

  it('leave no observer or page-wide listener behind, cycle after cycle', async () => {
    const doc = await sampleDocument();
    const parent = await fixture<HTMLElement>(html`<div></div>`);
    parent.style.width = '800px';
    for (let cycle = 0; cycle < 2; cycle++) {
      const result = await churn(parent, doc, PER_KIND);
      expect(result.total).to.equal(PER_KIND * CHURN_TAGS.length);
      expect(result.ready, 'widgets that drew').to.equal(result.total);
      // While mounted, each widget observes its own size (and the page's lang, shared).
      expect(result.mounted.observations - result.before.observations).to.be.at.least(result.total);
      expect(result.after, `after cycle ${cycle + 1}`).to.deep.equal(result.before);
      expect(parent.childElementCount).to.equal(0);
    }
  });
});
