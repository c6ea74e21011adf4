// Each element checks the parts of the document it draws (src/schema/parts.ts): the pie
// draws no narrative, so a broken narrative does not stop it; <budget-execution> draws the
// narrative, so the same document is an error with the narrative's path. Only the elements'
// own entries are loaded here (no with-audit, which makes every element check every part).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/spend-structure-pie/define.js';
import '../../components/budget-execution/define.js';
import { SpendStructurePie } from '../../components/spend-structure-pie/spend-structure-pie.component.js';
import { everyPart } from '../../src/schema/parts.js';
import { minimalDocument } from '../helpers/minimal-document.js';

function withBrokenNarrative(): unknown {
  const doc: any = minimalDocument();
  doc.narrative = { comparisons: [{ subject: 'grandTotal', label: '收支总计', current: '12' }] };
  return doc;
}

async function mount(tag: string, data: unknown): Promise<HTMLElement & { state: string; problems: { path: string }[] }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = '600px';
  const el = document.createElement(tag) as any;
  el.data = data;
  wrapper.append(el);
  await waitUntil(() => el.state === 'ready' || el.state === 'invalid' || el.state === 'empty', 'never settled', { timeout: 5000 });
  return el;
}

describe('elements validate the parts they draw', () => {
  it('draws the pie from a document whose narrative (not drawn) is broken', async () => {
    const el = await mount('spend-structure-pie', withBrokenNarrative());
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('[part~="slice"]').length).to.be.greaterThan(0);
  });

  it('reports the broken narrative in <budget-execution>, which draws it, with its path', async () => {
    const el = await mount('budget-execution', withBrokenNarrative());
    expect(el.state).to.equal('invalid');
    expect(el.problems.map((problem) => problem.path)).to.deep.equal(['$.narrative.comparisons[0].current']);
  });

  it('checks every part once given the whole-document validator (as with-audit does)', async () => {
    const own = SpendStructurePie.validator;
    SpendStructurePie.validator = everyPart;
    try {
      const el = await mount('spend-structure-pie', withBrokenNarrative());
      expect(el.state).to.equal('invalid');
      expect(el.problems.map((problem) => problem.path)).to.deep.equal(['$.narrative.comparisons[0].current']);
    } finally {
      SpendStructurePie.validator = own;
    }
  });
});
