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
