// A 浙江-style 项目支出绩效自评表 in the 2021+ framework: 成本指标 as a 一级 of its own (经济 /
// 社会成本指标), scores printed with 分, comparators in words (不低于, 不超过) and full width (＞),
// cells one space apart, a qualitative line with its 得分 left blank, 自评等级 beside its label.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { parseTarget } from '../../src/parse/performance/target.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse: 浙江-style 自评表 with 成本指标 first (variants/scorecard-zhejiang-cost-first.txt)', () => {
  it('reads scores printed with 分, in the funds, the rows and 总分', async () => {
    const result = parse(await fixtureText('variants/scorecard-zhejiang-cost-first.txt'));
    expect(validate(result.document).ok).to.equal(true);
    const card = result.document!.performance!.scorecards[0]!;
    expect(card).to.include({ name: '城乡居民基本医疗保险财政补助', totalWeight: 100, totalScore: 87.9, grade: '良' });
    expect(card.funds.total).to.include({ initialBudget: 52000, annualBudget: 52000, executed: 51480, weight: 10, rate: 99, score: 9.9 });
    expect(card.funds.other).to.include({ initialBudget: null, annualBudget: null, executed: null });
    expect(result.warnings.map((w) => w.code).filter((c) => /scorecard|line-unread/.test(c))).to.deep.equal([]);
    expect(audit(result.document!, { warnings: result.warnings }).filter((f) => f.severity === 'error')).to.deep.equal([]);
  });

  it('reads every row: 成本 as 产出, cells one space apart split, a blank 得分 null', async () => {
    const result = parse(await fixtureText('variants/scorecard-zhejiang-cost-first.txt'));
    const rows = result.document!.performance!.scorecards[0]!.indicators.map((r) => [r.level1, r.level2, r.name, r.target.comparator ?? null, r.target.value ?? null, r.actual.text, r.weight, r.score]);
    expect(rows).to.deep.equal([
      ['output', '经济成本指标', '人均财政补助标准', '≤', 640, '640元/人', 5, 5],
      ['output', '社会成本指标', '对参保群众造成负面影响', null, null, '无', 5, 5],
      ['output', '数量指标', '参保人数', '≥', 95, '96.3万人', 10, 10],
      ['output', '质量指标', '户籍人口参保率', '≥', 95, '97.2%', 10, 10],
      ['output', '质量指标', '补助资金足额到位率', null, 100, '100%', 10, 10],
      ['output', '时效指标', '资金拨付时间', null, null, '按时完成', 10, 10],
      ['outcome', '社会效益指标', '居民医疗保障水平', null, null, '有效提升', 10, null],
      ['outcome', '社会效益指标', '政策范围内住院费用报销比例', '>', 60, '63.5%', 10, 10],
      ['outcome', '可持续影响指标', '医保基金当期结余率', '≤', 15, '18%', 10, 8],
      ['satisfaction', '服务对象满意度指标', '参保群众满意度', '≥', 90, '92%', 10, 10],
    ]);
    expect(result.document!.performance!.scorecards[0]!.indicators[8]!.deviation).to.equal('基金收支平衡压力加大，将加强监测');
  });

  it('comparators in words', () => {
    expect(parseTarget('不超过15%')).to.deep.equal({ text: '不超过15%', comparator: '≤', value: 15, unit: '%' });
    expect(parseTarget('不少于3个')).to.deep.equal({ text: '不少于3个', comparator: '≥', value: 3, unit: '个' });
    expect(parseTarget('＞60%')).to.deep.equal({ text: '＞60%', comparator: '>', value: 60, unit: '%' });
    expect(parseTarget('有效提升')).to.deep.equal({ text: '有效提升' });
  });

  it('reads the same card under the header words 目标值 | 实际值 | 未完成原因和改进措施', async () => {
    const words = (file: string) => fixtureText(file).then((text) => parse(text).document!.performance!.scorecards[0]!.indicators.map((r) => [r.name, r.target.text, r.actual.text, r.weight, r.score, r.deviation ?? null]));
    expect(await words('variants/scorecard-zhejiang-header-words.txt')).to.deep.equal(await words('variants/scorecard-zhejiang-cost-first.txt'));
    // …and under 年度 / 指标值, 实际 / 完成值, 偏差原因分析 / 及改进措施 wrapped over two lines.
    expect(await words('variants/scorecard-zhejiang-header-wrapped.txt')).to.deep.equal(await words('variants/scorecard-zhejiang-cost-first.txt'));
  });

  it('reads funds under 预算数 | 执行数 (no 年初/全年) as the year\'s budget and spending, never as 分值', async () => {
    const card = parse(await fixtureText('variants/scorecard-funds-two-columns.txt')).document!.performance!.scorecards[0]!;
    expect(card.funds.total).to.include({ initialBudget: null, annualBudget: 52000, executed: 51480, weight: 10, rate: 99, score: 9.9 });
    expect(card.funds.fiscal).to.include({ initialBudget: null, annualBudget: 52000, executed: 51480, weight: null, rate: 99, score: null });
  });
});

