import { expect, fixture, html } from '@open-wc/testing';
import '../components/budget-sankey/define.js';
import type { BudgetSankey } from '../components/budget-sankey/budget-sankey.component.js';
import { sampleDocument } from './helpers/fixtures.js';
import { takeCspViolations } from './helpers/csp.js';

describe('test pages run under a strict CSP', () => {
  it('is a portal\'s policy: images only from the page\'s own origin (no data: or blob:)', async () => {
    // A looser policy here hid a PNG export that only worked with data: images.
    const policy = (await fetch(location.href)).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("img-src 'self'");
    expect(policy).not.to.match(/data:|blob:/);
  });

  it('forbids eval, so any eval in the library would fail its tests', async () => {
    expect(() => new Function('return 1')).to.throw(EvalError);
    // The guard saw it too; this one is on purpose.
    const taken = await takeCspViolations(1);
    expect(taken.map((v) => v.directive)).to.deep.equal(['script-src']);
  });

  it('records a blocked inline style, so the global guard fails the test that caused it', async () => {
    const div = document.createElement('div');
    div.setAttribute('style', 'width:123px');
    document.body.append(div);
    try {
      expect(div.getBoundingClientRect().width).not.to.equal(123);
      const taken = await takeCspViolations(1);
      expect(taken.map((v) => v.directive)).to.deep.equal(['style-src-attr']);
    } finally {
      div.remove();
    }
  });

  it('draws and exports the sankey without any inline style the policy blocks', async () => {
    const doc = await sampleDocument();
    const el = await fixture<BudgetSankey>(html`<div><budget-sankey .data=${doc} toolbar></budget-sankey></div>`);
    const sankey = el.querySelector('budget-sankey')!;
    await sankey.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const svg = sankey.toSVG();
    expect(svg).to.contain('<svg');
    expect(svg).to.match(/style="[^"]*fill/);
    expect(await takeCspViolations()).to.deep.equal([]);
  });
});
