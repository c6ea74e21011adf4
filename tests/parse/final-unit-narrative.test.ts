// The 情况说明 of a 单位决算 (a hospital's), worded the unit's way. Kinds, each read before as
// leftover figures only:
// - the 总计 stated with its parts ("收入总计…，其中：本年收入合计…，使用非财政拨款结余…，年初结转和
//   结余…") and compared in a sentence of its own that names its subject first ("收入支出总体与上年
//   相比，增加…，增长…%，主要原因是…"): one comparison, its amount the 总计 stated just before;
// - "2023年度，本单位收入为…万元，其中：…占…%" and "…支出为…万元。其中：…" (a comma after the year,
//   the unit naming itself, 为, the parts after a full stop): income and expenditure shares;
// - "…支出总计…万元，与上年相比减少…万元，降低3.57%；完成年初预算100%…": 降低 is a decrease, and a
//   rate of the 年初预算 (no budget figure) does not make the sentence an execution one.
// Synthetic text: tests/fixtures/variants/final-unit-narrative.txt (with its 公开01表, so the audit
// checks what the text quotes); expected values stated by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { finalVariant } from './final-variants-helpers.js';

const fixture = 'final-unit-narrative';
const withoutSource = <T extends { source?: unknown }>({ source: _s, ...rest }: T) => rest;

describe('parse 单位决算 情况说明 sentences', () => {
  it('reads "收入支出总体与上年相比" with the 总计 the sentences before stated', async () => {
    const { doc, faults } = await finalVariant(fixture);
    expect(doc.narrative!.comparisons!.map(withoutSource)).to.deep.equal([
      { subject: 'grandTotal', label: '收入支出总体', current: 2860, change: 220, changePercent: 8.33, direction: 'increase', reason: '门诊住院业务量增加' },
      { subject: 'generalBudgetExpenditure', label: '一般公共预算财政拨款支出总计', current: 810, change: -30, changePercent: -3.57, direction: 'decrease' },
    ]);
    expect(doc.narrative!.comparisons!.map((c) => c.source!.line)).to.deep.equal([7, 13]);
    expect(faults).to.deep.equal([]);
  });

  it('reads "本单位收入为…，其中：…占…%" and "本单位支出为…。其中：…" as shares', async () => {
    const { doc, warned } = await finalVariant(fixture);
    expect(doc.narrative!.shares!.map(withoutSource)).to.deep.equal([
      {
        subject: 'income',
        label: '收入',
        total: 2700,
        parts: [
          { label: '财政拨款收入', amount: 810, percent: 30 },
          { label: '事业收入', amount: 1836, percent: 68 },
          { label: '其他收入', amount: 54, percent: 2 },
        ],
      },
      {
        subject: 'expenditure',
        label: '支出',
        total: 2740,
        parts: [
          { label: '基本支出', amount: 2466, percent: 90 },
          { label: '项目支出', amount: 274, percent: 10 },
        ],
      },
    ]);
    expect(warned).to.deep.equal([]);
  });

  it('leaves the comparison unknown when 收入总计 and 支出总计 stated before it differ', async () => {
    const text = (await fixtureText(`variants/${fixture}.txt`)).replace('2023年度支出总计2,860.00万元', '2023年度支出总计2,900.00万元');
    const overall = parse(text).document!.narrative!.comparisons!.find((c) => c.label === '收入支出总体')!;
    expect(overall.current).to.equal(null);
    expect(overall.change).to.equal(220);
  });
});
