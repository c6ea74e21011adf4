// 情况说明 sentences as other regions print them: 总计 and 合计 with 比上年增加/减少 and 与上年持平,
// full-width figures, 三公 details in one sentence (购置及运行维护费 with its two parts, 公务接待费
// with 团组 and 来宾), a figure on the line after its sentence, and a ministry's text in 亿元.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

import type { Comparison } from '../../src/schema/narrative.js';

const brief = (c: Comparison) => [c.subject, c.current, c.change ?? null, c.changePercent ?? null, c.direction ?? null];

describe('parse: regional 情况说明 sentences', () => {
  it('成都-style totals: 增加/增长, 减少/下降, 与上年持平, full-width figures', async () => {
    const doc = parse(await fixtureText('variants/narrative-regional.txt')).document!;
    expect(validate(doc).ok).to.equal(true);
    expect(doc.narrative!.comparisons!.map(brief)).to.deep.equal([
      ['grandTotal', 1234.56, 12.34, 1, 'increase'],
      ['grandTotal', 1234.56, 12.34, 1, 'increase'],
      ['incomeTotal', 1100, -50, -4.3, 'decrease'],
      ['expenditureTotal', 1080, 0, null, 'same'],
      ['fiscalGrandTotal', 1020.5, -20.5, -1.97, 'decrease'],
      ['threePublic', 13.5, -1.5, -10, 'decrease'],
      ['other', 0, 0, null, 'same'],
    ]);
    expect(doc.narrative!.comparisons![2]!.reason).to.equal('项目资金减少');
  });

  it('三公 details: 运行维护费 beside 购置及运行维护费, vehicles held, 团组 and 来宾 of 公务接待', async () => {
    const doc = parse(await fixtureText('variants/narrative-regional.txt')).document!;
    const { source: _, ...three } = doc.narrative!.threePublic!;
    expect(three).to.deep.equal({
      vehicles: { purchaseAmount: 0, operationAmount: 12.3, held: 3 },
      reception: { domestic: { amount: 1.2, batches: 10, people: 80 } },
    });
    // Every figure of the text now has its reader: none is left over.
    expect(doc.narrative!.figures ?? []).to.deep.equal([]);
  });

  it('机关运行经费 with its figure on the next line', async () => {
    const doc = parse(await fixtureText('variants/narrative-regional.txt')).document!;
    expect(brief(doc.narrative!.operatingCosts!)).to.deep.equal(['operatingCosts', 56.78, -3.22, -5.4, 'decrease']);
    expect(doc.narrative!.operatingCosts!.reason).to.equal('严格控制一般性支出');
  });

  it('a ministry text in 亿元 is read in 万元; 收入、支出决算总计 is the grand total', async () => {
    const doc = parse(await fixtureText('variants/narrative-yi-yuan.txt')).document!;
    expect(validate(doc).ok).to.equal(true);
    expect(doc.narrative!.comparisons!.map(brief)).to.deep.equal([
      ['grandTotal', 4567800, 234500, 5.41, 'increase'],
      ['incomeTotal', 4123000, -87000, -2.07, 'decrease'],
      ['threePublic', 1234.56, 34.56, 2.88, 'increase'],
    ]);
  });

  it('同比 comparisons, 共有公务用车 as vehicles held, 国内公务接待 批次 with 外事 as its part', async () => {
    const doc = parse(await fixtureText('variants/narrative-same-period.txt')).document!;
    expect(validate(doc).ok).to.equal(true);
    expect(doc.narrative!.comparisons!.map(brief)).to.deep.equal([
      ['grandTotal', 1234.56, 12.34, 1, 'increase'],
      ['expenditureTotal', 1080, -20, -1.8, 'decrease'],
      ['threePublic', 13.5, -1.5, null, 'decrease'],
    ]);
    const { source: _, ...three } = doc.narrative!.threePublic!;
    expect(three).to.deep.equal({
      abroad: { groups: 0, people: 0 },
      vehicles: { purchaseAmount: 0, operationAmount: 12.3, held: 3 },
      reception: { domestic: { amount: 1.2, batches: 10, people: 80 }, foreignAffairs: { amount: null, batches: 0, people: 0 } },
    });
    expect(brief(doc.narrative!.operatingCosts!)).to.deep.equal(['operatingCosts', 56.78, 0, 0, 'increase']);
    expect(doc.narrative!.figures ?? []).to.deep.equal([]);
  });

  it('numbered sentences, 运行费 without 维护, 公务接待 counts in a sentence of their own', async () => {
    const doc = parse(await fixtureText('variants/narrative-henan.txt')).document!;
    expect(validate(doc).ok).to.equal(true);
    expect(doc.narrative!.comparisons!.map(brief)).to.deep.equal([
      ['grandTotal', 2345.67, 45.67, 1.99, 'increase'],
      ['incomeTotal', 2000, -100, -4.76, 'decrease'],
    ]);
    const { source: _, ...three } = doc.narrative!.threePublic!;
    expect(three).to.deep.equal({
      vehicles: { purchaseAmount: 0, operationAmount: 20 },
      reception: { domestic: { amount: null, batches: 15, people: 120 } },
    });
    expect(doc.narrative!.operatingCosts).to.include({ current: 123.45, change: 3.45, changePercent: 2.88, reason: '新增人员' });
    // The 三公 total without a comparison has no reader: kept as a figure, not lost.
    expect(doc.narrative!.figures!.map((f) => [f.label, f.amount])).to.deep.equal([['2023年度“三公”经费支出决算', 23.45]]);
  });

  it('a change stated in percent alone (比上年增长1.0%) keeps its percent and reason, no invented amount', async () => {
    const doc = parse(await fixtureText('variants/narrative-percent-only.txt')).document!;
    expect(validate(doc).ok).to.equal(true);
    expect(doc.narrative!.comparisons!.map(brief)).to.deep.equal([
      ['grandTotal', 1234.56, null, 1, 'increase'],
      ['expenditureTotal', 1080, null, -3.5, 'decrease'],
    ]);
    expect(doc.narrative!.comparisons![0]!.reason).to.equal('人员增加');
  });
});

