// Amounts are bounded to what a budget can hold (10^15 in any unit), so no sum, conversion
// or rounding can overflow to Infinity and turn the chart into nonsense.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { validate } from '../../src/schema/validate.js';
import { Amount, SignedAmount } from '../../src/schema/primitives.js';
import { minimalDocument } from '../helpers/minimal-document.js';
import { mountSankey } from '../components/helpers.js';
import { html } from 'lit';

function withTotal(total: number) {
  const doc: any = structuredClone(minimalDocument());
  doc.tables.t3.total.values.total = total;
  return doc;
}

describe('schema: amounts a budget can hold', () => {
  it('accepts amounts up to 10^15', () => {
    expect(validate(withTotal(1e15)).ok).to.equal(true);
  });

  it('rejects a larger amount with a bilingual message naming the path and the bound', () => {
    const result = validate(withTotal(1e303));
    expect(result.ok).to.equal(false);
    const problem = result.problems.find((item) => item.path === '$.tables.t3.total.values.total');
    expect(problem, JSON.stringify(result.problems)).to.exist;
    expect(problem!.message['zh-CN']).to.equal('$.tables.t3.total.values.total：金额超出范围，绝对值应不超过 10^15，实为 1e+303；请检查单位和小数点。');
    expect(problem!.message.en).to.equal('$.tables.t3.total.values.total: the amount is out of range (at most 10^15 either way), found 1e+303; check the unit and the decimal point.');
  });

  it('bounds signed amounts (changes) both ways', () => {
    expect(v.safeParse(SignedAmount, -12.5).success).to.equal(true);
    expect(v.safeParse(SignedAmount, -1e15).success).to.equal(true);
    expect(v.safeParse(SignedAmount, -2e15).success).to.equal(false);
    expect(v.safeParse(SignedAmount, 2e15).success).to.equal(false);
    expect(v.safeParse(Amount, 2e15).success).to.equal(false);
  });

  it('shows the error in the element instead of drawing an overflowed chart', async () => {
    const el = await mountSankey(html`<budget-sankey .data=${withTotal(1.8e303)}></budget-sankey>`);
    expect(el.state).to.equal('invalid');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('10^15');
  });
});
