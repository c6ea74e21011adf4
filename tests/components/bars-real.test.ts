// The bar widgets on the parser's output of real documents (tests/fixtures/real/README.md):
// whatever the parser made of them, each element draws or says in words why it cannot —
// never an error panel for a valid document, never a throw, never Infinity or NaN.
import { expect } from '@open-wc/testing';
import { fixtureJson } from '../helpers/fixtures.js';
import { mountBars } from './bars-helpers.js';

const REAL = ['xian-weijian-2022-final', 'suzhou-ziranziyuan-2026-budget', 'jiangsu-jianchayuan-2019-budget', 'chongqing-shuili-2026-budget'];

for (const name of REAL) {
  describe(`bar widgets on real/${name}`, () => {
    for (const [tag, attributes] of [
      ['budget-execution', {}],
      ['budget-execution', { view: 'yoy' }],
      ['three-public-costs', {}],
    ] as const) {
      it(`<${tag}> ${JSON.stringify(attributes)} draws or says why not`, async () => {
        const doc = await fixtureJson(`real/${name}.json`);
        const el = await mountBars(tag, 800, (element) => (element.data = doc), attributes);
        expect(el.state, el.problems.map((p) => p.message.en).join('; ')).to.be.oneOf(['ready', 'empty']);
        expect(el.shadowRoot!.textContent).not.to.match(/Infinity|NaN|undefined/);
        if (el.state === 'empty') expect(el.shadowRoot!.querySelector('.empty')!.textContent!.length).to.be.greaterThan(10);
        await expect(el).to.be.accessible();
      });
    }
  });
}

// Numbers read by hand from the printed 三公 table (重庆市水利局 2026 表八, line 636 of
// ../shared/samples/real/chongqing-shuili-2026-budget.layout.txt: "308.00 20.00 248.50 [blank]
// 248.50 39.50" under 合计 | 因公出国（境）费 | 小计 | 购置费 | 运行费 | 公务接待费), drawn
// from the parser's output: a budget document draws budget figures only, and the blank
// 购置费 cell stays blank, never 0.
describe('<three-public-costs> on real/chongqing-shuili-2026-budget: the printed cells', () => {
  it('draws 308.00 = 20.00 + 248.50 + 39.50 and leaves the blank 购置费 blank', async () => {
    const doc = await fixtureJson('real/chongqing-shuili-2026-budget.json');
    const el = await mountBars('three-public-costs', 1000, (element) => (element.data = doc));
    expect(el.state).to.equal('ready');
    const value = (key: string) => el.shadowRoot!.querySelector(`[data-id="${key}"] .value`)?.textContent?.trim() ?? '';
    expect(value('total')).to.match(/^308\.00\b/);
    expect(value('abroad')).to.match(/^20\.00\b/);
    expect(value('reception')).to.match(/^39\.50\b/);
    expect(value('vehicleOperation')).to.match(/^248\.50\b/);
    expect(value('vehiclePurchase')).to.match(/^空白/);
    expect(el.shadowRoot!.textContent).to.contain('预算');
  });
});
