// Kind: a budget's 项目支出绩效目标表 whose head prints labelled fields, each label with its colon
// and value in one cell ("项目名称：X    主管部门：Y", "实施单位：Z    预算金额：86.50", or the name and
// "项目金额：12.00" on one line; "年度绩效目标：…" wrapped onto the next line). Before, the first
// card had no name (the second was named "项目金额：12.00"), no funds, no goal, and its head
// lines were said unread. Synthetic text: tests/fixtures/variants/budget-project-targets-labelled.txt;
// expected values stated by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse: 项目支出绩效目标表 with a labelled head (variants/budget-project-targets-labelled.txt)', () => {
  it('each card\'s name, department, implementer, 预算金额 as its funds and the goal; no warnings', async () => {
    const result = parse(await fixtureText('variants/budget-project-targets-labelled.txt'));
    expect(validate(result.document).ok).to.equal(true);
    const [first, second, ...more] = result.document!.performance!.scorecards;
    expect(more).to.have.length(0);
    expect(first).to.include({ name: '农村道路养护补助', unit: '万元', totalScore: null });
    expect(first!.department).to.deep.equal({ name: '某某县测试局' });
    expect(first!.implementer).to.deep.equal({ name: '某某县公路养护中心' });
    expect(first!.funds.total).to.include({ initialBudget: 86.5, annualBudget: null, executed: null });
    expect(first!.goal).to.deep.equal({ expected: '完成农村公路日常养护里程320公里，路况优良率保持在80%以上，保障群众安全便捷出行。', actual: '' });
    expect(second).to.include({ name: '交通安全宣传教育', totalScore: null });
    expect(second!.funds.total).to.include({ initialBudget: 12 });
    expect(second!.goal!.expected).to.equal('开展交通安全宣传进村入校活动，提升群众交通安全意识。');
    expect(result.warnings.map((w) => w.code).filter((c) => /scorecard|line-unread/.test(c))).to.deep.equal([]);
    expect(audit(result.document!, { warnings: result.warnings }).filter((f) => f.severity === 'error')).to.deep.equal([]);
  });

  it('the indicators as targets: levels, names and 指标值, nothing reported or scored', async () => {
    const result = parse(await fixtureText('variants/budget-project-targets-labelled.txt'));
    const [first, second] = result.document!.performance!.scorecards;
    expect(first!.indicators.map((r) => [r.level1, r.level2, r.name, r.target.text, r.actual.text, r.score])).to.deep.equal([
      ['output', '数量指标', '日常养护里程', '≥320公里', '', null],
      ['output', '质量指标', '路况优良率', '≥80%', '', null],
      ['output', '成本指标', '每公里养护补助标准', '≤0.27万元', '', null],
      ['outcome', '社会效益指标', '群众出行条件', '有效改善', '', null],
      ['satisfaction', '服务对象满意度指标', '沿线群众满意度', '≥90%', '', null],
    ]);
    expect(second!.indicators.map((r) => [r.level2, r.name, r.target.text])).to.deep.equal([
      ['数量指标', '宣传活动场次', '≥24场'],
      ['时效指标', '活动完成时间', '2026年12月底前'],
      ['社会效益指标', '交通安全知识知晓率', '≥85%'],
      ['服务对象满意度指标', '参与群众满意度', '≥90%'],
    ]);
  });
});
