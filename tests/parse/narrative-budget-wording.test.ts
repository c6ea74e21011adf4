// Kind: the 情况说明 of a 部门预算 in its own words. 支出预算总计 / 财政拨款收支总预算 / 一般公共预算支出
// 预算 are the totals the audit can check (they read as 'other' before); "基本支出X万元，其中：人员经费
// X万元，主要包括…；公用经费X万元，主要包括…" is a breakdown without shares; 政府采购预算总额 with
// 货物/工程/服务预算 is the procurement (before, only a 决算's 政府采购支出总额 was);
// 主要原因为 gives a reason like 主要原因是; "与上年预算(数)持平" / "与2025年预算持平" is no change (before,
// only 与上年(决算)持平 was). Synthetic texts: tests/fixtures/variants/narrative-budget-wording.txt and
// narrative-budget-unchanged.txt; expected values stated by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';
import type { Comparison } from '../../src/schema/narrative.js';

const brief = (c: Comparison) => [c.subject, c.label, c.current, c.change ?? null, c.changePercent ?? null, c.direction ?? null];

describe('parse: 部门预算 情况说明 wording', () => {
  it('支出预算总计, 财政拨款收支总预算 and 一般公共预算支出预算 are the totals they name', async () => {
    const doc = parse(await fixtureText('variants/narrative-budget-wording.txt')).document!;
    expect(validate(doc).ok).to.equal(true);
    expect(doc.narrative!.comparisons!.map(brief)).to.deep.equal([
      ['grandTotal', '支出预算总计', 3145.6, 145.6, 4.85, 'increase'],
      ['fiscalGrandTotal', '财政拨款收支总预算', 2905.6, -34.4, -1.17, 'decrease'],
      ['generalBudgetExpenditure', '一般公共预算支出', 2665.6, 65.6, 2.52, 'increase'],
      ['threePublic', '“三公”经费', 21.3, -1.7, -7.39, 'decrease'],
    ]);
    expect(doc.narrative!.comparisons![0]!.reason).to.equal('新增农田水利建设项目');
    expect(brief(doc.narrative!.operatingCosts!)).to.deep.equal(['operatingCosts', '机关运行经费', 163.2, 4.2, 2.64, 'increase']);
    // "主要原因为…" gives the reason as "主要原因是…" does.
    expect(doc.narrative!.operatingCosts!.reason).to.equal('新增编制人员');
  });

  it('基本支出 with 人员经费 and 公用经费 "主要包括…": a breakdown, shares not printed (null)', async () => {
    const doc = parse(await fixtureText('variants/narrative-budget-wording.txt')).document!;
    const { source: _, ...group } = doc.narrative!.shares![0]!;
    expect(group).to.deep.equal({
      subject: 'other',
      label: '一般公共预算基本支出',
      total: 1465.6,
      parts: [
        { label: '人员经费', amount: 1302.4, percent: null },
        { label: '公用经费', amount: 163.2, percent: null },
      ],
    });
    expect(doc.narrative!.shares).to.have.length(1);
  });

  it('政府采购预算总额 with 货物, 工程 and 服务 预算', async () => {
    const doc = parse(await fixtureText('variants/narrative-budget-wording.txt')).document!;
    const { source: _, ...procurement } = doc.narrative!.procurement!;
    expect(procurement).to.deep.equal({ total: 412, goods: 96, works: 250, services: 66 });
    // Every amount of the text has its reader now; "单位价值50万元以上" is a threshold, no figure.
    expect(doc.narrative!.figures ?? []).to.deep.equal([]);
  });

  it('"与上年预算持平", "与2025年预算持平", "与上年预算基本持平": the same as last year\'s budget', async () => {
    const doc = parse(await fixtureText('variants/narrative-budget-unchanged.txt')).document!;
    expect(validate(doc).ok).to.equal(true);
    expect(doc.narrative!.comparisons!.map(brief)).to.deep.equal([
      ['grandTotal', '收支预算总计', 1286.4, 0, null, 'same'],
      ['threePublic', '“三公”经费预算数', 9.6, 0, null, 'same'],
    ]);
    expect(brief(doc.narrative!.operatingCosts!)).to.deep.equal(['operatingCosts', '机关运行经费预算', 58.2, 0, null, 'same']);
    expect(doc.narrative!.figures ?? []).to.deep.equal([]);
  });
});
