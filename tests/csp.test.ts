import { expect, fixture, html } from '@open-wc/testing';
import '../components/budget-sankey/define.js';
import type { BudgetSankey } from '../components/budget-sankey/budget-sankey.component.js';
import { sampleDocument } from './helpers/fixtures.js';

describe('test pages run under a strict CSP', () => {
  it('is a portal\'s policy: images only from the page\'s own origin (no data: or blob:)', async () => {
    // A looser policy here hid a PNG export that only worked with data: images.
    const policy = (await fetch(location.href)).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("img-src 'self'");
    expect(policy).not.to.match(/data:|blob:/);
  });

  it('forbids eval, so any eval in the library would fail its tests', () => {
    expect(() => new Function('return 1')).to.throw(EvalError);
  });

  it('draws and exports the sankey without any inline style the policy blocks', async () => {
    const violations: string[] = [];
    // Style violations only: the eval test above reports its own (expected) script-src one.
    const listen = (event: SecurityPolicyViolationEvent) => {
      if (event.violatedDirective.startsWith('style-src')) violations.push(`${event.violatedDirective}: ${event.sample}`);
    };
    document.addEventListener('securitypolicyviolation', listen);
    try {
      const doc = await sampleDocument();
      const el = await fixture<BudgetSankey>(html`<div><budget-sankey .data=${doc} toolbar></budget-sankey></div>`);
      const sankey = el.querySelector('budget-sankey')!;
      await sankey.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const svg = sankey.toSVG();
      expect(svg).to.contain('<svg');
      expect(svg).to.match(/style="[^"]*fill/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(violations).to.deep.equal([]);
    } finally {
      document.removeEventListener('securitypolicyviolation', listen);
    }
  });
});
