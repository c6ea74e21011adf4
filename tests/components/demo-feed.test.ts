// The demo's editor → widget feed (demo/feed.ts): an empty editor — the moment before the
// first document arrives — is "no data", not a syntax error: on load every widget flashed its
// "数据有误，无法绘制" panel while the sample was fetched.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/budget-sankey/define.js';
import { feed } from '../../demo/feed.js';
import type { BudgetSankey } from '../../components/budget-sankey/budget-sankey.component.js';

describe('demo feed', () => {
  it('empty or blank text: state none, the no-data line, no error panel', async () => {
    const el = await fixture<BudgetSankey>(html`<budget-sankey lang="zh-CN"></budget-sankey>`);
    for (const text of ['', '  \n ']) {
      feed(el, { text });
      await el.updateComplete;
      expect(el.state, JSON.stringify(text)).to.equal('none');
      expect(el.shadowRoot!.querySelector('.empty')?.textContent).to.equal('没有数据');
      expect(el.querySelector('script')).to.equal(null);
    }
  });

  it('text that is not JSON still reaches the widget as its own syntax error', async () => {
    const el = await fixture<BudgetSankey>(html`<budget-sankey lang="zh-CN"></budget-sankey>`);
    feed(el, { text: '{ "meta": ' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(el.state).to.equal('invalid');
  });
});
