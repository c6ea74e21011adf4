import { expect } from '@open-wc/testing';
import { cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

describe('audit/rules/scorecard (R24–R26, R28)', () => {
  it('R24 passes when rate and funds score follow from the execution', () => {
    expect(findingsOf(cleanDocument(), 'R24')).to.deep.equal([]);
  });
  it('R24 accepts a funds score off by half a hundredth (6.285 printed 6.28)', () => {
    const doc = edit((d) => {
      const total = d.performance.scorecards[0].funds.total;
      Object.assign(total, { annualBudget: 20, executed: 12.57, rate: 62.85, score: 6.28 });
      Object.assign(d.performance.scorecards[0].funds.fiscal, { annualBudget: 20, executed: 12.57, rate: 62.85 });
    });
    expect(findingsOf(doc, 'R24')).to.deep.equal([]);
  });
  it('R24 reports a funds score that does not follow from the rate', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.performance.scorecards[0].funds.total.score = 6)), 'R24');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('scorecard-funds');
    expect([f!.severity, f!.expected, f!.actual, f!.scorecard]).to.deep.equal(['error', 5, 6, 0]);
    expect(f!.cells).to.deep.equal([]);
    expect(fieldPaths(f)).to.deep.equal(['performance.scorecards[0].funds.total.score']);
  });
  it('R24 caps the funds score at its weight', () => {
    const doc = edit((d) => Object.assign(d.performance.scorecards[1].funds.total, { executed: 30, rate: 150, score: 10 }));
    expect(findingsOf(doc, 'R24')).to.deep.equal([]);
  });
  it('R24 reports a rate that is not executed / annual budget', () => {
    const [f] = findingsOf(edit((d) => (d.performance.scorecards[1].funds.fiscal.rate = 90)), 'R24');
    expect([f!.severity, f!.expected, f!.actual, f!.scorecard]).to.deep.equal(['error', 100, 90, 1]);
    expect(fieldPaths(f)).to.deep.equal(['performance.scorecards[1].funds.fiscal.rate']);
  });
  it('R24 checks the funds parts printed under their own words against the total, a blank part as nothing spent', () => {
    const withParts = (first: number | null, second: number | null) =>
      edit((d) => {
        const funds = d.performance.scorecards[0].funds;
        const part = (label: string, initialBudget: number | null, line: number) => ({ label, initialBudget, annualBudget: null, executed: null, source: { line } });
        funds.parts = [part('市级支出', first, 90), part('补助区县', second, 92)];
      });
    const total = (cleanDocument() as { performance: { scorecards: { funds: { total: { initialBudget: number } } }[] } }).performance.scorecards[0]!.funds.total.initialBudget;
    expect(findingsOf(withParts(null, total), 'R24')).to.deep.equal([]);
    expect(findingsOf(withParts(total - 1, 1), 'R24')).to.deep.equal([]);
    expect(findingsOf(withParts(null, null), 'R24')).to.deep.equal([]);
    const [f, ...rest] = findingsOf(withParts(1, total), 'R24');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual, f!.scorecard]).to.deep.equal(['error', total + 1, total, 0]);
    expect(fieldPaths(f)).to.deep.equal(['performance.scorecards[0].funds.total.initialBudget', 'performance.scorecards[0].funds.parts[0].initialBudget', 'performance.scorecards[0].funds.parts[1].initialBudget']);
  });
  it('R25 passes when no score exceeds its weight and weights add up to 100', () => {
    expect(findingsOf(cleanDocument(), 'R25')).to.deep.equal([]);
  });
  it('R25 reports a score above its weight', () => {
    const doc = edit((d) => {
      const card = d.performance.scorecards[0];
      card.indicators[2].score = 20;
      card.totalScore = 105;
    });
    const [f, ...rest] = findingsOf(doc, 'R25');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('scorecard-weights');
    expect([f!.severity, f!.expected, f!.actual, f!.scorecard]).to.deep.equal(['error', 10, 20, 0]);
    expect(fieldPaths(f)).to.deep.equal(['performance.scorecards[0].indicators[2].score', 'performance.scorecards[0].indicators[2].weight']);
  });
  it('R25 reports weights that do not add up to 100 (and to the printed 90)', () => {
    const [total, indicators, ...rest] = findingsOf(edit((d) => (d.performance.scorecards[1].indicators[1].weight = 35)), 'R25');
    expect(rest).to.have.length(0);
    expect([total!.expected, total!.actual, total!.scorecard]).to.deep.equal([105, 100, 1]);
    expect(fieldPaths(total)[0]).to.equal('performance.scorecards[1].totalWeight');
    expect([indicators!.expected, indicators!.actual]).to.deep.equal([95, 90]);
  });
  it('R25 says a blank funds 分值 is blank: a warning, not an error that the weights add up to 90', () => {
    const doc = edit((d) => (d.performance.scorecards[1].funds.total.weight = null));
    const [f, ...rest] = findingsOf(doc, 'R25');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['warning', 90, 100]);
    expect(f!.message['zh-CN']).to.contain('年度资金总额的分值空白，其余分值之和为 90');
    expect(f!.message.en).to.contain('the funds weight is blank');
    // A funds line read with a score but no 分值 column at all is the same doubt.
    const [unread] = findingsOf(edit((d) => delete d.performance.scorecards[1].funds.total.weight), 'R25');
    expect([unread!.severity, unread!.expected]).to.deep.equal(['warning', 90]);
    // A printed funds weight that does not fit stays an error.
    const [printed] = findingsOf(edit((d) => (d.performance.scorecards[1].funds.total.weight = 15)), 'R25');
    expect([printed!.severity, printed!.expected]).to.deep.equal(['error', 105]);
  });
  it('R25 does not add up the weights of a truncated scorecard', () => {
    const doc = edit((d) => {
      d.performance.scorecards[1].indicators.pop();
      d.performance.scorecards[1].truncated = true;
    });
    expect(findingsOf(doc, 'R25')).to.deep.equal([]);
  });
  it('R25 does not score a targets-only 绩效目标表 (no 分值 column) against 100', () => {
    const targetsOnly = edit((d) => {
      const card = d.performance.scorecards[1];
      card.funds.total.weight = null;
      card.funds.total.score = null;
      for (const indicator of card.indicators) {
        indicator.weight = null;
        indicator.score = null;
      }
      delete card.totalWeight;
      delete card.indicatorWeight;
      card.totalScore = null;
    });
    expect(findingsOf(targetsOnly, 'R25')).to.deep.equal([]);
    // One weight printed: the card has a 分值 column, and its weights must add up.
    const weighted = edit((d) => {
      const card = d.performance.scorecards[1];
      for (const indicator of card.indicators) indicator.weight = null;
      card.indicators[0].weight = 50;
      delete card.indicatorWeight;
    });
    expect(findingsOf(weighted, 'R25').map((f) => [f.expected, f.actual])).to.deep.equal([[60, 100]]);
  });
  it('R26 passes when the total is the sum of the scores and the grade follows', () => {
    expect(findingsOf(cleanDocument(), 'R26')).to.deep.equal([]);
  });
  it('R26 reports a total that is not the sum of the scores', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.performance.scorecards[0].indicators[1].score = 25)), 'R26');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('scorecard-total');
    expect([f!.severity, f!.expected, f!.actual, f!.scorecard]).to.deep.equal(['error', 90, 95, 0]);
    expect(fieldPaths(f)).to.have.length(5);
    expect(fieldPaths(f)[0]).to.equal('performance.scorecards[0].totalScore');
  });
  it('R26 reports a grade that does not follow from the total, and skips 合格/不合格', () => {
    const [f] = findingsOf(edit((d) => (d.performance.scorecards[1].grade = '优')), 'R26');
    expect([f!.severity, f!.expected, f!.actual, f!.scorecard]).to.deep.equal(['error', '良', '优', 1]);
    expect(findingsOf(edit((d) => (d.performance.scorecards[1].grade = '合格')), 'R26')).to.deep.equal([]);
  });
  it('R28 is silent for a missed target without full marks, or a met one with them', () => {
    expect(findingsOf(cleanDocument(), 'R28')).to.deep.equal([]);
  });
  it('R28 flags a missed target given full marks', () => {
    const doc = edit((d) => Object.assign(d.performance.scorecards[0].indicators[0], { actual: { text: '4个', value: 4, unit: '个' } }));
    const [f, ...rest] = findingsOf(doc, 'R28');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('missed-target-full-marks');
    expect([f!.severity, f!.expected, f!.actual, f!.scorecard]).to.deep.equal(['warning', '≥5个', '4个', 0]);
    expect(fieldPaths(f)).to.deep.equal([
      'performance.scorecards[0].indicators[0].target',
      'performance.scorecards[0].indicators[0].actual',
      'performance.scorecards[0].indicators[0].score',
    ]);
  });
  it('R28 takes an actual printed as a bound for what it says (西安卫健 2022: target >1000人, actual >1000人)', () => {
    const bound = (actualText: string, comparator: '>' | '<', value: number) =>
      edit((d) =>
        Object.assign(d.performance.scorecards[0].indicators[0], {
          target: { text: '>1000人', comparator: '>', value: 1000, unit: '人' },
          actual: { text: actualText, comparator, value, unit: '人' },
        }),
      );
    expect(findingsOf(bound('>1000人', '>', 1000), 'R28')).to.deep.equal([]);
    expect(findingsOf(bound('<900人', '<', 900), 'R28')).to.have.length(1);
  });
  it('R28 handles ≤ and = targets and ignores different units', () => {
    const over = edit((d) =>
      Object.assign(d.performance.scorecards[0].indicators[0], {
        target: { text: '≤7.35万元', comparator: '≤', value: 7.35, unit: '万元' },
        actual: { text: '7.4万元', value: 7.4, unit: '万元' },
      }),
    );
    expect(findingsOf(over, 'R28')).to.have.length(1);
    const units = edit((d) =>
      Object.assign(d.performance.scorecards[0].indicators[0], {
        target: { text: '≤7.35万元', comparator: '≤', value: 7.35, unit: '万元' },
        actual: { text: '70000元', value: 70000, unit: '元' },
      }),
    );
    expect(findingsOf(units, 'R28')).to.deep.equal([]);
    const equal = edit((d) => Object.assign(d.performance.scorecards[1].indicators[2], { score: 10 }));
    expect(findingsOf(equal, 'R28').map((f) => f.expected)).to.deep.equal(['=100%']);
  });
});
