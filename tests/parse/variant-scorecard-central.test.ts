// A 项目支出绩效自评表 in the 财政部 template (central ministries): 当年财政拨款 row, blank
// 上年结转 cells, names wrapped above their numbers (cells centred in the row), the indicator
// table continued on the next page with its header repeated, and a 自评等级 line after 总分.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse: 财政部-template 项目支出绩效自评表 (variants/scorecard-central-template.txt)', () => {
  it('reads the head, the funds (blank is null, 0.00 is 0), the goal, 总分 and 自评等级', async () => {
    const result = parse(await fixtureText('variants/scorecard-central-template.txt'));
    expect(validate(result.document).ok).to.equal(true);
    const [card, ...more] = result.document!.performance!.scorecards;
    expect(more).to.have.length(0);
    expect(card).to.include({ name: '国家基础地理信息数据库更新维护', totalWeight: 100, totalScore: 95.51, grade: '优' });
    expect(card!.department).to.deep.equal({ name: '自然资源部' });
    expect(card!.implementer).to.deep.equal({ name: '国家基础地理信息中心' });
    expect(card!.funds.total).to.include({ initialBudget: 500, annualBudget: 480, executed: 456.3, weight: 10, rate: 95.06, score: 9.51 });
    expect(card!.funds.fiscal).to.include({ initialBudget: 500, annualBudget: 480, executed: 456.3, weight: null, rate: 95.06, score: null });
    expect(card!.funds.carryOver).to.include({ initialBudget: null, annualBudget: null, executed: null });
    expect(card!.funds.other).to.include({ initialBudget: 0, annualBudget: 0, executed: 0 });
    expect(card!.goal).to.deep.equal({
      expected: '完成全国1:5万基础地理信息数据库年度更新，更新要素覆盖全部陆地国土，数据现势性优于1年。',
      actual: '完成全国1:5万基础地理信息数据库年度更新，更新要素覆盖全部陆地国土，数据现势性达到1年以内。',
    });
    expect(result.warnings.map((w) => w.code).filter((c) => /scorecard|line-unread/.test(c))).to.deep.equal([]);
  });

  it('reads every indicator across the page break, a name wrapped above its numbers going to its own row', async () => {
    const result = parse(await fixtureText('variants/scorecard-central-template.txt'));
    const rows = result.document!.performance!.scorecards[0]!.indicators.map((r) => [r.level1, r.level2, r.name, r.target.text, r.actual.text, r.weight, r.score, r.deviation ?? null]);
    expect(rows).to.deep.equal([
      ['output', '数量指标', '更新图幅数', '≥2500幅', '2612幅', 10, 10, null],
      ['output', '数量指标', '地名地址数据更新条数', '≥300万条', '276万条', 10, 9, '部分省份数据汇交滞后，已督促补交'],
      ['output', '质量指标', '数据质量检查合格率', '100%', '100%', 10, 10, null],
      ['output', '时效指标', '年度更新任务完成时间', '2023年12月底前', '2023年12月', 10, 10, null],
      ['output', '成本指标', '单幅更新成本', '≤0.19万元', '0.17万元', 10, 10, null],
      ['outcome', '社会效益', '为测绘地理信息公共服务和自然资源管理提供基础数据支撑', '有效支撑', '有效支撑', 15, 15, null],
      ['outcome', '可持续影响', '数据在国土空间规划、调查监测中的应用部门数', '≥30个', '27个', 15, 13, '部分部门尚在对接'],
      ['satisfaction', '服务对象满意度', '用户满意度', '≥90%', '88%', 10, 9, '数据分发时效有待提升'],
    ]);
  });

  it('a consistent card gives no audit error', async () => {
    const result = parse(await fixtureText('variants/scorecard-central-template.txt'));
    const errors = audit(result.document!, { warnings: result.warnings }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).to.deep.equal([]);
  });

  it('reads the card continued under its title printed again on the next page as one card', async () => {
    const once = parse(await fixtureText('variants/scorecard-central-template.txt')).document!.performance!.scorecards;
    const result = parse(await fixtureText('variants/scorecard-central-title-repeated.txt'));
    const cards = result.document!.performance!.scorecards;
    expect(cards).to.have.length(1);
    expect(cards[0]).to.include({ name: '国家基础地理信息数据库更新维护', totalScore: 95.51, grade: '优' });
    const rows = (c: typeof cards) => c[0]!.indicators.map((r) => [r.name, r.target.text, r.actual.text, r.weight, r.score, r.deviation ?? null]);
    expect(rows(cards)).to.deep.equal(rows(once));
    expect(result.warnings.map((w) => w.code).filter((c) => /scorecard|line-unread/.test(c))).to.deep.equal([]);
  });

  it('reads the funds block\'s unit printed on the line below 项目资金 (（元）, whole-元 amounts)', async () => {
    const card = parse(await fixtureText('variants/scorecard-central-yuan.txt')).document!.performance!.scorecards[0]!;
    expect(card.unit).to.equal('元');
    expect(card.funds.total).to.include({ initialBudget: 5000000, annualBudget: 4800000, executed: 4563000, weight: 10, rate: 95.06, score: 9.51 });
  });

  it('reads the goal with no 预期目标 | 实际完成情况 header, its 总体目标 label down the left edge', async () => {
    const once = parse(await fixtureText('variants/scorecard-central-template.txt')).document!.performance!.scorecards[0]!;
    const result = parse(await fixtureText('variants/scorecard-central-goal-unlabelled.txt'));
    expect(result.document!.performance!.scorecards[0]!.goal).to.deep.equal(once.goal);
    expect(result.warnings.map((w) => w.code).filter((c) => /scorecard|line-unread/.test(c))).to.deep.equal([]);
  });
});

