import { expect } from '@open-wc/testing';
import { audit } from '../../src/audit/index.js';
import { auditPerformance } from '../../src/audit/performance.js';
import { buildScorecardModel, pickScorecard, type ScorecardModel } from '../../src/model/scorecard.js';
import { targetStatus } from '../../src/model/target-status.js';
import { sameProject } from '../../src/model/project-match.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { noWeightColumn, performanceDocument, qualitativeOnly, scorecard, targetsDocument, truncatedCard, weights8and10 } from '../helpers/performance-document.js';

function model(doc: Disclosure, project = ''): ScorecardModel {
  const result = buildScorecardModel(doc, project, auditPerformance(doc));
  if (!result.ok) throw new Error(result.empty.en);
  return result.model;
}

/** Every flag of a model as "place:rule". */
function flagPlaces(m: ScorecardModel): string[] {
  return [
    ...m.flags.header.map((f) => `header:${f.rule}`),
    ...m.flags.funds.map((f) => `funds:${f.rule}`),
    ...[...m.flags.indicators].flatMap(([i, flags]) => flags.map((f) => `indicator${i}:${f.rule}`)),
  ].sort();
}

describe('targetStatus', () => {
  it('judges a comparator target against a number in the same unit', () => {
    expect(targetStatus({ text: '≥8 个', comparator: '≥', value: 8, unit: '个' }, { text: '6 个', value: 6, unit: '个' })).to.equal('missed');
    expect(targetStatus({ text: '≥53 人次', comparator: '≥', value: 53, unit: '人次' }, { text: '53 人次', value: 53, unit: '人次' })).to.equal('met');
    expect(targetStatus({ text: '≤6 万元', comparator: '≤', value: 6, unit: '万元' }, { text: '3 万元', value: 3, unit: '万元' })).to.equal('met');
    expect(targetStatus({ text: '=100%', comparator: '=', value: 100, unit: '%' }, { text: '99%', value: 99, unit: '%' })).to.equal('missed');
  });

  it('reads an actual printed as a bound: met when all it allows meets the target, missed when none does', () => {
    const gt1000 = { text: '>1000人', comparator: '>' as const, value: 1000, unit: '人' };
    expect(targetStatus(gt1000, { ...gt1000 })).to.equal('met');
    expect(targetStatus({ text: '≥98%', comparator: '≥', value: 98, unit: '%' }, { text: '>98%', comparator: '>', value: 98, unit: '%' })).to.equal('met');
    expect(targetStatus({ text: '≥90%', comparator: '≥', value: 90, unit: '%' }, { text: '≥95%', comparator: '≥', value: 95, unit: '%' })).to.equal('met');
    expect(targetStatus({ text: '<5%', comparator: '<', value: 5, unit: '%' }, { text: '<5%', comparator: '<', value: 5, unit: '%' })).to.equal('met');
    expect(targetStatus({ text: '<5%', comparator: '<', value: 5, unit: '%' }, { text: '≤5%', comparator: '≤', value: 5, unit: '%' })).to.equal('not-comparable');
    expect(targetStatus({ text: '≥90%', comparator: '≥', value: 90, unit: '%' }, { text: '≥80%', comparator: '≥', value: 80, unit: '%' })).to.equal('not-comparable');
    expect(targetStatus({ text: '≥90%', comparator: '≥', value: 90, unit: '%' }, { text: '<80%', comparator: '<', value: 80, unit: '%' })).to.equal('missed');
    expect(targetStatus({ text: '>5', comparator: '>', value: 5 }, { text: '≤5', comparator: '≤', value: 5 })).to.equal('missed');
    expect(targetStatus({ text: '≥5', comparator: '≥', value: 5 }, { text: '≤5', comparator: '≤', value: 5 })).to.equal('not-comparable');
  });

  it('does not judge words, other units, or a blank actual', () => {
    expect(targetStatus({ text: '提升' }, { text: '提升' })).to.equal('qualitative');
    expect(targetStatus({ text: '≤7.35万元', comparator: '≤', value: 7.35, unit: '万元' }, { text: '73500元', value: 73500, unit: '元' })).to.equal('not-comparable');
    expect(targetStatus({ text: '≥12人', comparator: '≥', value: 12, unit: '人' }, { text: '已完成' })).to.equal('not-comparable');
    expect(targetStatus({ text: '≥12人', comparator: '≥', value: 12, unit: '人' }, { text: '' })).to.equal('no-actual');
  });
});

describe('sameProject', () => {
  it('matches the evaluation report that drops words from the scorecard name, and nothing looser', () => {
    expect(sameProject('临淄区化工产业安全生产转型升级工作经费', '临淄区化工安全生产转型升级经费')).to.equal('approximate');
    expect(sameProject('“亩产效益”评价改革专项经费', '亩产效益评价改革专项经费')).to.equal('exact');
    expect(sameProject('企业家节活动费用', '工业互联网发展专项资金')).to.equal(undefined);
    expect(sameProject('专家费', '专家安全检查、行业监管费')).to.equal(undefined);
  });
});

describe('buildScorecardModel on the sample', () => {
  let doc: Disclosure;
  before(async () => {
    doc = await sampleDocument();
  });

  it('places the three real anomalies where they are, and flags nothing else', () => {
    const places = doc.performance!.scorecards.map((_, k) => flagPlaces(model(doc, String(k))));
    expect(places[8]).to.deep.equal(['header:R26', 'indicator5:R25']);
    expect(places[2]).to.deep.equal(['indicator5:R28']);
    for (const k of [0, 1, 3, 4, 5, 6, 7]) expect(places[k], `scorecard ${k}`).to.deep.equal([]);
  });

  it('places the same flags with the full audit as with the performance rules alone', () => {
    const full = buildScorecardModel(doc, '8', audit(doc));
    if (!full.ok) throw new Error('no model');
    expect(flagPlaces(full.model)).to.deep.equal(['header:R26', 'indicator5:R25']);
  });

  it('groups 一级 → 二级 with printed weights and scores added up', () => {
    const m = model(doc, '专家安全检查、行业监管费');
    expect(m.index).to.equal(8);
    expect(m.levels.map((l) => [l.level1, l.weight, l.score])).to.deep.equal([
      ['output', 50, 50],
      ['outcome', 30, 35],
      ['satisfaction', 10, 10],
    ]);
    expect(m.levels[1]!.groups.map((g) => [g.name, g.weight, g.score])).to.deep.equal([
      ['经济效益', 5, 5],
      ['社会效益', 10, 15],
      ['生态效益', 5, 5],
      ['可持续影响', 10, 10],
    ]);
    expect(m.counts).to.deep.equal({ met: 5, missed: 0, qualitative: 6, 'not-comparable': 0, 'no-actual': 0 });
    expect(m.weightSum).to.equal(100);
  });

  it('takes the grade from the 汇总表 when the scorecard prints none', () => {
    expect(model(doc, '8').grade).to.deep.equal({ text: '优', source: 'summary' });
  });

  it('finds the independent evaluation of the same project, named differently', () => {
    const m = model(doc, '3');
    expect(m.evaluation?.report.score).to.equal(89.25);
    expect(m.evaluation?.report.grade).to.equal('良');
    expect(m.evaluation?.match).to.equal('approximate');
    expect(model(doc, '1').evaluation?.match).to.equal('exact');
    expect(model(doc, '8').evaluation).to.equal(undefined);
  });

  it('picks a card by index, exact name or the one approximate name; none otherwise', () => {
    const cards = doc.performance!.scorecards;
    expect(pickScorecard(cards, '')).to.equal(0);
    expect(pickScorecard(cards, '2')).to.equal(2);
    expect(pickScorecard(cards, '99')).to.equal(-1);
    expect(pickScorecard(cards, '临淄区化工安全生产转型升级经费')).to.equal(3);
    expect(pickScorecard(cards, '不存在的项目')).to.equal(-1);
    expect(buildScorecardModel(doc, '不存在的项目', []).ok).to.equal(false);
  });
});

describe('buildScorecardModel on synthetic scorecards', () => {
  it('reads weights 8/10 as printed, without forcing them to 100', () => {
    const doc = performanceDocument([weights8and10()]);
    const m = model(doc);
    expect(m.weightSum).to.equal(48);
    expect(m.levels.map((l) => l.weight)).to.deep.equal([20, 10, 10]);
    // R25 compares with the printed total weight (100 when none is printed): that is a finding, shown on the header.
    expect(m.flags.header.map((f) => f.rule)).to.deep.equal(['R25']);
    expect(m.flags.indicators.size).to.equal(0);
  });

  it('draws a card without a 分值 column with blank weights, not zeros', () => {
    const m = model(performanceDocument([noWeightColumn()]));
    expect(m.weightSum).to.equal(null);
    expect(m.levels.map((l) => l.weight)).to.deep.equal([null, null, null]);
    expect(m.levels.map((l) => l.score)).to.deep.equal([50, 30, 10]);
  });

  it('leaves qualitative-only indicators unjudged', () => {
    const m = model(performanceDocument([qualitativeOnly()]));
    expect(m.counts.qualitative).to.equal(4);
    expect(m.counts.met + m.counts.missed).to.equal(0);
  });

  it('keeps a truncated card, with no total and no sum flags', () => {
    const m = model(performanceDocument([truncatedCard()]));
    expect(m.card.truncated).to.equal(true);
    expect(m.levels.map((l) => l.level1)).to.deep.equal(['output']);
    expect(m.grade).to.equal(null);
    expect(flagPlaces(m)).to.deep.equal([]);
  });

  it('draws a budget 绩效目标表 as targets, with no grade and no statuses judged', () => {
    const m = model(targetsDocument());
    expect(m.mode).to.equal('targets');
    expect(m.grade).to.equal(null);
    expect(m.counts['no-actual']).to.equal(4);
  });

  it('flags a missed target scored in full, on its row', () => {
    const card = scorecard('漏判项目');
    card.indicators[0] = { ...card.indicators[0]!, actual: { text: '10人', value: 10, unit: '人' } };
    const m = model(performanceDocument([card]));
    expect(flagPlaces(m)).to.deep.equal(['indicator0:R28']);
    expect(m.levels[0]!.groups[0]!.rows[0]!.status).to.equal('missed');
  });

  it('flags a grade that does not follow from the total, and a funds score that does not follow from the rate', () => {
    const card = scorecard('等级不符项目', { grade: '良', funds: { total: { initialBudget: 100, annualBudget: 100, executed: 50, weight: 10, rate: 50, score: 10 } } });
    const m = model(performanceDocument([card]));
    expect(flagPlaces(m)).to.deep.equal(['funds:R24', 'header:R26']);
  });
});
