// Labels printed around their values in space text of a 绩效自评表 (西安卫健 2022, lines 4796-4798
// and 4963-4965, copied into tests/fixtures/variants/card-wrapped-labels.txt):
// - a funds row whose label is cut above its amounts and ends below them ("其中：当年财政拨" /
//   "0 400 400 — —" / "款"): the amounts are that row's, not an unread line;
// - a level's weight printed under its label in the label column ("效益指标" / "30"): part of the
//   label, and the name's tail on the same line ("检查准确率等）") still joins its row;
// - a row printing its 一级 and 二级 labels where the name goes, the name itself wrapped on the
//   lines above ("完成2021年度中央补助地…" / "指 产出指标 数量指标 1项 已完成 12.5 12.5", 西安卫健
//   lines 5906-5912, in variants/card-label-before-name.txt): 数量指标 is the label, not the name;
// - a name's head printed apart from the row above (a blank line between) and right above its
//   own row ("预算控制数 …" / blank / "提升治疗水平（" / "提高检查准确率 ≥95% …" / "等）", 西安卫健
//   lines 4821-4825, in variants/card-name-apart.txt): the head of that row's name, not the tail
//   of 预算控制数.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse: scorecard labels printed around their values', () => {
  it('reads the wrapped funds row and the level weight under its label, with no unread line', async () => {
    const result = parse(await fixtureText('variants/card-wrapped-labels.txt'));
    expect(result.warnings.filter((w) => w.code !== 'table-absent' && w.code !== 'no-tables')).to.deep.equal([]);
    const card = result.document!.performance!.scorecards[0]!;
    expect(card.name).to.equal('测试设备购置资金');
    expect(card.funds.fiscal).to.include({ initialBudget: 0, annualBudget: 400, executed: 400 });
    expect(card.funds.total).to.include({ initialBudget: 0, annualBudget: 400, executed: 400, score: 10 });
    expect(card.indicators.map((i) => `${i.level2} ${i.name} ${i.target.text} ${i.weight}/${i.score}`)).to.deep.equal([
      '成本指标 预算控制数 财政资金390万元 10/10',
      '社会效益指标 提升治疗水平（提高检查准确率等） ≥95% 30/30',
      '服务对象满意度指标 服务对象满意度 ≥95% 10/10',
    ]);
  });

  it('西安卫健 2022: 公共卫生事业发展资金 has its 财政拨款 row, and lines 4797 and 4965 are read', async () => {
    const result = parse(await fixtureText('real/xian-weijian-2022-final.layout.txt'));
    const card = result.document!.performance!.scorecards.find((c) => c.name === '公共卫生事业发展资金')!;
    expect(card.funds.fiscal).to.include({ initialBudget: 0, annualBudget: 400, executed: 400 });
    expect(result.warnings.filter((w) => w.code === 'line-unread' && (w.line === 4797 || w.line === 4965))).to.deep.equal([]);
  });

  it('takes a whole 二级 label after the 一级 on a row line as the label, the name from the lines above', async () => {
    const result = parse(await fixtureText('variants/card-label-before-name.txt'));
    expect(result.warnings.filter((w) => w.code !== 'table-absent' && w.code !== 'no-tables')).to.deep.equal([]);
    const card = result.document!.performance!.scorecards[0]!;
    expect(card.indicators.map((i) => `${i.level1} ${i.level2} ${i.name} ${i.target.text} ${i.weight}/${i.score}`)).to.deep.equal([
      'output 数量指标 完成2021年度中央补助地方艾滋病防治项目艾滋病免费抗病毒治疗药品费用支付 1项 12.5/12.5',
      'output 质量指标 药品费用支付 按时完成 12.5/12.5',
      'output 时效指标 按时发放药品 按时完成 12.5/12.5',
      'output 成本指标 项目耗用成本 1909.41万元 12.5/12.5',
      'outcome 社会效益指标 项目产生社会效益 保障艾滋病抗病毒治疗药品供应 30/30',
      'satisfaction 服务对象满意度指标 患者满意度 ≥95% 10/10',
    ]);
  });

  it('gives a name head printed apart from the row above to the row right below it', async () => {
    const result = parse(await fixtureText('variants/card-name-apart.txt'));
    expect(result.warnings.filter((w) => w.code !== 'table-absent' && w.code !== 'no-tables')).to.deep.equal([]);
    const card = result.document!.performance!.scorecards[0]!;
    expect(card.indicators.map((i) => `${i.level2} ${i.name} ${i.target.text} ${i.weight}/${i.score}`)).to.deep.equal([
      '数量指标 购置超声内镜系统设备数量 1套 15/15',
      '质量指标 设备质量 达到国家标准 15/15',
      '时效指标 项目实施时效 12月 10/10',
      '成本指标 预算控制数 财政资金400万元 10/10',
      '社会效益指标 提升治疗水平（提高检查准确率等） ≥95% 30/30',
      '服务对象满意度指标 服务对象满意度 ≥95% 10/10',
    ]);
  });
});
