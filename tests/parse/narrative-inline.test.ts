// The inline year-over-year comparisons of budget documents ("比 2025 年减少…", "较上年增加了…").
import { expect } from '@open-wc/testing';
import { readInlineComparisons } from '../../src/parse/narrative/comparisons-inline.js';
import type { TextLine } from '../../src/parse/lines.js';

const line = (text: string, no = 7): TextLine => ({ no, raw: text, text, cells: [], tabbed: false });
const brief = (text: string) => readInlineComparisons(line(text)).map((c) => [c.label, c.subject, c.current, c.change, c.changePercent, c.direction]);

describe('parse/narrative/comparisons-inline', () => {
  it('reads every comparison of a sentence, each with the figure just before it', () => {
    expect(
      brief('2026 年“三公”经费预算 308.00 万元，比 2025 年减少 22.24 万元。其中：因公出国（境）费用 20.00 万元，比 2025 年减少 7.00 万元，主要原因是预计出国减少；公务接待费 39.50 万元，比 2025 年减少 5.64 万元。'),
    ).to.deep.equal([
      ['“三公”经费', 'threePublic', 308, -22.24, undefined, 'decrease'],
      ['因公出国（境）费用', 'other', 20, -7, undefined, 'decrease'],
      ['公务接待费', 'other', 39.5, -5.64, undefined, 'decrease'],
    ]);
  });
  it('reads 较上年增加了, 较 2025 年年初预算, the percent after it, and a subject with no amount', () => {
    expect(brief('2022 年本部门一般公共预算拨款支出 74868.34 万元，较上年增加了 6915.49 万元，增长 10.2%。')).to.deep.equal([
      ['一般公共预算拨款支出', 'generalBudgetExpenditure', 74868.34, 6915.49, 10.2, 'increase'],
    ]);
    expect(brief('部门预算收入 4,505.81 万元，较 2025 年年初预算减少 505.87 万元，下降 10.1%。')[0]).to.deep.equal(['部门预算收入', 'other', 4505.81, -505.87, -10.1, 'decrease']);
    expect(brief('收入比 2025 年减少 246429.22 万元，主要是政府性基金减少。')).to.deep.equal([['收入', 'other', null, -246429.22, undefined, 'decrease']]);
  });
  it('takes the item from the clause before when the figure is "预算数" or stands alone', () => {
    expect(brief('1.因公出国（境）费用。2026 年预算数 0.00 万元，较 2025 年年初预算增加 0.00 万元，主要是本单位无因公出国（境）安排。')).to.deep.equal([
      ['因公出国（境）费用', 'other', 0, 0, undefined, 'increase'],
    ]);
    expect(brief('（5）住房保障支出 1838.94 万元。较上年增加了 1173.51 万元，主要原因是基数扩大')).to.deep.equal([
      ['住房保障支出', 'other', 1838.94, 1173.51, undefined, 'increase'],
    ]);
  });
  it('leaves a bare 基本支出 of a 财政拨款 sentence without the department-wide subject', () => {
    const [total, basic] = readInlineComparisons(line('一般公共预算财政拨款支出 128148.56 万元，比 2025 年增加 10300.15 万元。其中：基本支出 33325.21 万元，主要用于保障运转，比 2025 年增加 2943.64 万元。'));
    expect([total!.subject, basic!.label, basic!.subject, basic!.current]).to.deep.equal(['generalBudgetExpenditure', '基本支出', 'other', 33325.21]);
    expect(readInlineComparisons(line('基本支出 33325.21 万元，比 2025 年增加 2943.64 万元。'))[0]!.subject).to.equal('basicExpenditure');
  });
  it('reads nothing from a sentence without a comparison, or one about a use only', () => {
    expect(brief('本年支出合计 6,443.60 万元，与上年持平。')).to.deep.equal([]);
    expect(brief('用于重庆市藻渡水库工程等项目支出，比 2025 年减少 258146.77 万元')).to.deep.equal([]);
  });
});

describe('parse/narrative/comparisons (the national wording)', () => {
  it('reads "与上年相比减少了…" with 了 before the amount (江苏检察院 2019, line 831)', async () => {
    const { readComparison } = await import('../../src/parse/narrative/comparisons.js');
    const { toLine } = await import('../../src/parse/lines.js');
    const c = readComparison(toLine('项目支出预算数为4335.3万元。与上年相比减少了1237.7 万元，减少 13.22 %。主要原因一是贯彻厉行节约规定', 831));
    expect(c).to.deep.include({ subject: 'projectExpenditure', label: '项目支出预算数', current: 4335.3, change: -1237.7, changePercent: -13.22, direction: 'decrease' });
  });
});
