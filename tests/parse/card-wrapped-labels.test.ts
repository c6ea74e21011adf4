// Labels printed around their values in space text of a 绩效自评表 (西安卫健 2022, lines 4796-4798
// and 4963-4965, copied into tests/fixtures/variants/card-wrapped-labels.txt):
// - a funds row whose label is cut above its amounts and ends below them ("其中：当年财政拨" /
//   "0 400 400 — —" / "款"): the amounts are that row's, not an unread line;
// - a level's weight printed under its label in the label column ("效益指标" / "30"): part of the
//   label, and the name's tail on the same line ("检查准确率等）") still joins its row.
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
});
