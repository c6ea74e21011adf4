// A budget's 项目支出绩效目标表 (湖北-style, space text): 资金金额 printed across (总额 | 财政拨款 |
// 其他资金 over a line of amounts) or down (each label beside its amount), a one-column 年度目标
// wrapped over lines, indicator rows with 指标值 only, one card per page. Targets, never a
// scorecard with empty scores.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { buildScorecardModel } from '../../src/model/scorecard.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse: 项目支出绩效目标表 in space text (variants/budget-project-targets-space.txt)', () => {
  it('reads two target cards: funds across and down, the one-column goal, no warnings', async () => {
    const result = parse(await fixtureText('variants/budget-project-targets-space.txt'));
    expect(validate(result.document).ok).to.equal(true);
    expect(result.document!.meta.kind).to.equal('budget');
    const [first, second, ...more] = result.document!.performance!.scorecards;
    expect(more).to.have.length(0);
    expect(first).to.include({ name: '基层医疗卫生机构能力提升', unit: '万元', totalScore: null });
    expect(first!.goal).to.deep.equal({ expected: '目标1：完成50家社区卫生服务中心设备配置；目标2：基层诊疗量占比提高到55%以上。', actual: '' });
    expect(first!.funds.total).to.include({ initialBudget: 2360, annualBudget: null, executed: null });
    expect(first!.funds.fiscal).to.include({ initialBudget: 2200 });
    expect(first!.funds.other).to.include({ initialBudget: 160 });
    expect(second).to.include({ name: '突发公共卫生事件应急处置', unit: '万元', totalScore: null });
    expect(second!.implementer).to.deep.equal({ name: '武汉市疾病预防控制中心' });
    expect(second!.funds.total).to.include({ initialBudget: 800 });
    expect(second!.funds.fiscal).to.include({ initialBudget: 800 });
    expect(second!.funds.other).to.include({ initialBudget: 0 });
    expect(result.warnings.map((w) => w.code).filter((c) => /scorecard|line-unread/.test(c))).to.deep.equal([]);
    expect(audit(result.document!, { warnings: result.warnings }).filter((f) => f.severity === 'error')).to.deep.equal([]);
  });

  it('reads each indicator as a target: nothing reported, nothing scored', async () => {
    const result = parse(await fixtureText('variants/budget-project-targets-space.txt'));
    const [first, second] = result.document!.performance!.scorecards;
    expect(first!.indicators.map((r) => [r.level1, r.level2, r.name, r.target.text, r.actual.text, r.weight, r.score])).to.deep.equal([
      ['output', '数量指标', '配置设备的社区卫生服务中心数量', '50家', '', null, null],
      ['output', '数量指标', '培训基层医务人员', '≥1200人次', '', null, null],
      ['output', '质量指标', '设备验收合格率', '100%', '', null, null],
      ['output', '时效指标', '设备配置完成时间', '2024年10月底前', '', null, null],
      ['output', '成本指标', '单个中心设备配置成本', '≤44万元', '', null, null],
      ['outcome', '社会效益指标', '基层诊疗量占比', '≥55%', '', null, null],
      ['outcome', '社会效益指标', '基层医疗卫生服务能力', '明显提升', '', null, null],
      ['outcome', '可持续影响指标', '设备使用年限', '≥5年', '', null, null],
      ['satisfaction', '服务对象满意度指标', '居民满意度', '≥90%', '', null, null],
    ]);
    expect(second!.indicators.map((r) => r.name)).to.deep.equal(['应急演练次数', '突发事件响应时间', '突发公共卫生事件处置率', '群众满意度']);
    const view = buildScorecardModel(result.document!, '基层医疗卫生机构能力提升', []);
    expect(view.ok && view.model.mode).to.equal('targets');
  });

  it('a 分值 column beside 指标值 weighs the targets: weights, never actual values', async () => {
    const result = parse(await fixtureText('variants/budget-project-targets-weighted.txt'));
    const [first, second] = result.document!.performance!.scorecards;
    expect(first!.indicators.map((r) => [r.name, r.target.text, r.actual.text, r.weight, r.score])).to.deep.equal([
      ['配置设备的社区卫生服务中心数量', '50家', '', 10, null],
      ['培训基层医务人员', '≥1200人次', '', 10, null],
      ['设备验收合格率', '100%', '', 10, null],
      ['设备配置完成时间', '2024年10月底前', '', 10, null],
      ['单个中心设备配置成本', '≤44万元', '', 10, null],
      ['基层诊疗量占比', '≥55%', '', 10, null],
      ['基层医疗卫生服务能力', '明显提升', '', 10, null],
      ['设备使用年限', '≥5年', '', 10, null],
      ['居民满意度', '≥90%', '', 20, null],
    ]);
    expect(second!.indicators.map((r) => r.weight)).to.deep.equal([30, 20, 30, 20]);
    expect(result.warnings.map((w) => w.code).filter((c) => /scorecard|line-unread/.test(c))).to.deep.equal([]);
    expect(audit(result.document!, { warnings: result.warnings }).filter((f) => f.severity === 'error')).to.deep.equal([]);
  });
});

