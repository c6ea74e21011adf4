// A 乡镇 部门预算 (部门 = XX镇人民政府, 湖南 county): 部门支出总表 by 类 only; 政府性基金 and
// 国有资本经营 tables with amounts (2120801 征地和拆迁补偿支出, 2296002 彩票公益金, 2230105); a
// 政府采购预算表 headed 项目名称 | 采购品目 | 数量 | 单位 | 金额 (before, read as an untitled
// scorecard and lost as a table); and a 部门整体支出绩效目标表 in the 西安 template whose 金额合计
// leaves 其他资金 blank (before, its two amounts were placed one column right: 财政拨款 and
// 其他资金 900, 总额 blank). Synthetic text: tests/fixtures/variants/budget-township.txt;
// expected cells stated by hand; budget-township-target-form.txt titles the card 部门整体绩效
// 目标申报表.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

const KEYS = ['total', 'basic', 'project'];

describe('parse 部门预算 of a 镇人民政府', () => {
  it('收支总表 and 部门支出总表 by 类 only', async () => {
    const { doc, faults } = await budgetVariant('budget-township');
    expect([doc.meta.kind, doc.meta.year, doc.meta.department]).to.deep.equal(['budget', 2024, '湖南省测试县青山镇人民政府']);
    const t1 = doc.tables.t1!;
    expect(t1.income.map((l) => [l.kind, l.amount])).to.deep.equal([['generalBudget', 730], ['governmentFund', 150], ['stateCapital', 20], ['institution', null]]);
    expect(t1.expenditure.map((l) => [l.code, l.amount])).to.deep.equal([['201', 500], ['208', 100], ['212', 150], ['213', 100], ['223', 20], ['229', 30]]);
    const t3 = doc.tables.t3!;
    expect(KEYS.map((k) => t3.total!.values[k as 'total'])).to.deep.equal([900, 600, 300]);
    expect(rowsOf(t3.rows, KEYS)).to.deep.equal([
      ['201', '一般公共服务支出', 500, 450, 50],
      ['208', '社会保障和就业支出', 100, 100, null],
      ['212', '城乡社区支出', 150, null, 150],
      ['213', '农林水支出', 100, 50, 50],
      ['223', '国有资本经营预算支出', 20, null, 20],
      ['229', '其他支出', 30, null, 30],
    ]);
    expect(faults).to.deep.equal([]);
  });

  it('政府性基金 and 国有资本经营 tables with amounts', async () => {
    const { doc } = await budgetVariant('budget-township');
    expect(rowsOf(doc.tables.t8!.rows, KEYS)).to.deep.equal([
      ['212', '城乡社区支出', 120, null, 120],
      ['21208', '国有土地使用权出让收入安排的支出', 120, null, 120],
      ['2120801', '征地和拆迁补偿支出', 80, null, 80],
      ['2120802', '土地开发支出', 40, null, 40],
      ['229', '其他支出', 30, null, 30],
      ['22960', '彩票公益金安排的支出', 30, null, 30],
      ['2296002', '用于社会福利的彩票公益金支出', 30, null, 30],
    ]);
    expect(KEYS.map((k) => doc.tables.t8!.total!.values[k as 'total'])).to.deep.equal([150, null, 150]);
    expect(rowsOf(doc.tables.t9!.rows, KEYS)).to.deep.equal([
      ['223', '国有资本经营预算支出', 20, null, 20],
      ['22301', '解决历史遗留问题及改革成本支出', 20, null, 20],
      ['2230105', '国有企业退休人员社会化管理补助支出', 20, null, 20],
    ]);
  });

  it('政府采购预算表 kept as printed, not read as a scorecard', async () => {
    const { doc, warned } = await budgetVariant('budget-township');
    const kept = (doc.otherTables ?? []).map((t) => [t.title, t.reason, t.rows.map((r) => [r.name, ...r.values])]);
    expect(kept).to.deep.equal([
      ['政府采购预算表', 'untyped', [['合计', null, 35], ['办公设备购置 台式计算机', 10, 5], ['镇村道路保洁服务 环境卫生服务', 1, 30]]],
    ]);
    expect(warned).to.deep.equal([]);
  });

  // budget-township-target-form.txt: the same document with the card titled by its form's name,
  // 部门整体绩效目标申报表 (before, read as a project card: line-unread ×4, no funds, no tasks).
  for (const name of ['budget-township', 'budget-township-target-form']) {
    it(`部门整体支出绩效目标表: the department card, 金额合计 under 总额 | 财政拨款 as its tasks (${name})`, async () => {
      const { doc, warned } = await budgetVariant(name);
      expect(warned).to.deep.equal([]);
      const cards = doc.performance!.scorecards;
      expect(cards.map((c) => [c.kind, c.name])).to.deep.equal([['department', '湖南省测试县青山镇人民政府']]);
      const funds = cards[0]!.funds!;
      expect([funds.total.initialBudget, funds.fiscal!.initialBudget, funds.other!.initialBudget]).to.deep.equal([900, 900, null]);
      expect(cards[0]!.tasks!.map((t) => [t.name, t.annualBudget.total, t.annualBudget.fiscal, t.annualBudget.other])).to.deep.equal([
        ['任务1', 600, 600, null],
        ['任务2', 300, 300, null],
      ]);
      expect(cards[0]!.indicators.map((i) => [i.level1, i.name, i.target.text])).to.deep.equal([
        ['output', '道路保洁里程', '≥120公里'],
        ['output', '农田水利工程验收合格率', '=100%'],
        ['outcome', '群众生产生活条件', '明显改善'],
        ['satisfaction', '辖区群众满意度', '≥90%'],
      ]);
    });
  }
});
