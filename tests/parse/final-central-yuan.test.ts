// A 中央部门决算 numbered 表1 … 表10 (表7 is 一般公共预算财政拨款项目支出决算表 there, the 三公 table
// is 表10), titles that start with "2023年度" (one printed right after its label: "表3
// 2023年度支出决算表", which read as 表32 and "023年度…"), and 单位：元 with decimals and
// thousands separators. Synthetic text: tests/fixtures/variants/final-central-yuan.txt.
import { expect } from '@open-wc/testing';
import { finalVariant, lineOf } from './final-variants-helpers.js';

describe('parse 中央部门决算: 表1 … 表10, 2023年度 titles, amounts in 元', () => {
  it('reads 表1 in 元 with its 行次 apart from the amounts', async () => {
    const { doc, faults } = await finalVariant('final-central-yuan');
    expect(doc.meta).to.include({ kind: 'final', year: 2023, unit: '元' });
    const t1 = doc.tables.t1!;
    expect(t1.unit).to.equal('元');
    expect(t1.income.filter((l) => l.amount !== null).map((l) => [l.kind, l.line, l.amount])).to.deep.equal([
      ['generalBudget', 1, 13304012.35],
      ['institution', 5, 1205000],
      ['other', 8, 91000.48],
    ]);
    expect(t1.expenditure.filter((l) => l.amount !== null).map((l) => [l.code, l.line, l.amount])).to.deep.equal([
      ['201', 31, 200000],
      ['205', 35, 10110300.5],
      ['206', 36, 2000000],
      ['208', 38, 1602000.27],
      ['221', 49, 604000],
    ]);
    expect(lineOf(t1.totals.incomeTotal)).to.deep.equal(['本年收入合计', 27, 14600012.83]);
    expect(lineOf(t1.totals.balanceDistribution)).to.deep.equal(['结余分配', 58, null]);
    expect(lineOf(t1.totals.carryOverEnd)).to.deep.equal(['年末结转和结余', 59, 1083712.06]);
    expect(lineOf(t1.totals.expenditureGrandTotal)).to.deep.equal(['总计', 60, 15600012.83]);
    // R48: the 项目支出 table kept as printed has a column group the audit cannot break down.
    expect(faults.filter((f) => !/^R48 unchecked/.test(f))).to.deep.equal([]);
  });

  it('reads "表3 2023年度支出决算表" as 表3 titled 2023年度支出决算表, amounts in 元', async () => {
    const { doc } = await finalVariant('final-central-yuan');
    const t3 = doc.tables.t3!;
    expect(t3.title).to.equal('2023年度支出决算表');
    expect(t3.unit).to.equal('元');
    const KEYS = ['total', 'basic', 'project', 'superiorRemit', 'operating', 'subsidiaryGrant'] as const;
    expect(KEYS.map((k) => t3.total!.values[k] ?? null)).to.deep.equal([14516300.77, 10316300.77, 4200000, null, null, null]);
    const row = (code: string) => KEYS.slice(0, 3).map((k) => t3.rows.find((r) => r.code === code)!.values[k] ?? null);
    expect(row('205')).to.deep.equal([10110300.5, 8110300.5, 2000000]);
    expect(row('2080505')).to.deep.equal([1102000.27, 1102000.27, null]);
    expect(t3.rows).to.have.length(16);
  });

  it('takes the 三公 table by its title (表10), and keeps 表7 项目支出决算表 as another table', async () => {
    const { doc, warned } = await finalVariant('final-central-yuan');
    const t7 = doc.tables.t7!;
    expect(t7.title).to.equal('2023年度“三公”经费支出决算表');
    expect(t7.unit).to.equal('元');
    expect(t7.budget).to.deep.include({ total: 250000, abroad: 50000, vehicles: 180000, vehiclePurchase: null, vehicleOperation: 180000, reception: 20000 });
    expect(t7.final).to.deep.include({ total: 196543.21, abroad: null, vehicles: 178000, vehiclePurchase: null, vehicleOperation: 178000, reception: 18543.21 });
    const project = doc.otherTables!.find((t) => t.title === '一般公共预算财政拨款项目支出决算表')!;
    expect(project).to.include({ label: '表7', reason: 'untyped', unit: '元' });
    expect(project.rows.find((r) => r.code === '205')!.values).to.deep.equal([2000000, 1700000, 300000]);
    expect(warned).to.deep.equal([]);
  });
});
