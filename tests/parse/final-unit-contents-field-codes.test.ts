// A 单位决算 (a school's own 决算, a 事业单位 filing in the 部门决算 template) whose 目录 was copied
// from a Word file with its fields never updated: every entry prints its field code
// ("一、收入支出决算总表 PAGEREF _Toc9145 h 7"); the tables are titled only "一、收入支出决算总表",
// "二、收入决算表" … under a "第四部分 附表" heading, with no 表N / 公开NN表 label. Before: the cover
// "…2023年度单位决算" gave no department (meta-missing), every 目录 entry kept its field code and
// was reported absent from the body (section-absent, R42). Synthetic text:
// tests/fixtures/variants/final-unit-contents-field-codes.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { finalVariant, lineOf } from './final-variants-helpers.js';
import { rowsOf } from './budget-variants-helpers.js';

const fixture = 'final-unit-contents-field-codes';

describe('parse 单位决算 with a Word-field 目录 and tables titled 一、二、三、', () => {
  it('names the unit from its cover "…2023年度单位决算" and reads it as a 决算', async () => {
    const { doc } = await finalVariant(fixture);
    expect(doc.meta).to.include({ kind: 'final', year: 2023, department: '测试市第三中学', title: '测试市第三中学2023年度单位决算' });
  });

  it('reads the 目录 entries without their field codes and page numbers, each found in the body', async () => {
    const { doc, warned } = await finalVariant(fixture);
    expect(doc.meta.sections!.map((s) => [s.title, s.printed])).to.deep.equal([
      ['第一部分 单位概况', true],
      ['一、主要职责', true],
      ['二、机构设置', true],
      ['第二部分 2023年度单位决算情况说明', true],
      ['一、收入支出决算总体情况说明', true],
      ['第三部分 名词解释', true],
      ['第四部分 附表', true],
    ]);
    expect(doc.meta.contents!.map((c) => [c.title, c.table])).to.deep.equal([
      ['一、收入支出决算总表', 't1'],
      ['二、收入决算表', 't2'],
      ['三、支出决算表', 't3'],
    ]);
    expect(warned).to.deep.equal([]);
  });

  it('reads 收入支出决算总表 by its ordinal title, cell for cell', async () => {
    const { doc, faults } = await finalVariant(fixture);
    const t1 = doc.tables.t1!;
    expect(t1.income.map((l) => [l.kind, l.line, l.amount])).to.deep.equal([
      ['generalBudget', 1, 1032.6],
      ['governmentFund', 2, null],
      ['stateCapital', 3, null],
      ['superiorSubsidy', 4, null],
      ['institution', 5, 158.3],
      ['operating', 6, null],
      ['affiliated', 7, null],
      ['other', 8, 25.5],
    ]);
    expect(t1.expenditure.map((l) => [l.code, l.line, l.amount])).to.deep.equal([
      ['205', 31, 1041.9],
      ['208', 32, 112.6],
      ['210', 33, 46.2],
      ['221', 34, 58.7],
    ]);
    expect(lineOf(t1.totals.incomeTotal)).to.deep.equal(['本年收入合计', 26, 1216.4]);
    expect(lineOf(t1.totals.expenditureTotal)).to.deep.equal(['本年支出合计', 57, 1259.4]);
    expect(lineOf(t1.totals.carryOverStart)).to.deep.equal(['年初结转和结余', 28, 70]);
    expect(lineOf(t1.totals.carryOverEnd)).to.deep.equal(['年末结转和结余', 59, 27]);
    expect(lineOf(t1.totals.incomeGrandTotal)).to.deep.equal(['总计', 30, 1286.4]);
    expect(lineOf(t1.totals.expenditureGrandTotal)).to.deep.equal(['总计', 60, 1286.4]);
    expect(faults).to.deep.equal([]);
  });

  it('reads 收入决算表 and 支出决算表 by their ordinal titles, cell for cell', async () => {
    const { doc } = await finalVariant(fixture);
    const income = ['total', 'fiscal', 'institution', 'other'];
    expect(income.map((k) => doc.tables.t2!.total!.values[k as 'total'])).to.deep.equal([1216.4, 1032.6, 158.3, 25.5]);
    expect(rowsOf(doc.tables.t2!.rows, income).slice(0, 5)).to.deep.equal([
      ['205', '教育支出', 998.9, 815.1, 158.3, 25.5],
      ['20502', '普通教育', 998.9, 815.1, 158.3, 25.5],
      ['2050204', '高中教育', 998.9, 815.1, 158.3, 25.5],
      ['208', '社会保障和就业支出', 112.6, 112.6, null, null],
      ['20805', '行政事业单位养老支出', 112.6, 112.6, null, null],
    ]);
    const spent = ['total', 'basic', 'project'];
    expect(spent.map((k) => doc.tables.t3!.total!.values[k as 'total'])).to.deep.equal([1259.4, 1139.4, 120]);
    expect(rowsOf(doc.tables.t3!.rows, spent)).to.deep.equal([
      ['205', '教育支出', 1041.9, 921.9, 120],
      ['20502', '普通教育', 1041.9, 921.9, 120],
      ['2050204', '高中教育', 1041.9, 921.9, 120],
      ['208', '社会保障和就业支出', 112.6, 112.6, null],
      ['20805', '行政事业单位养老支出', 112.6, 112.6, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 112.6, 112.6, null],
      ['210', '卫生健康支出', 46.2, 46.2, null],
      ['21011', '行政事业单位医疗', 46.2, 46.2, null],
      ['2101102', '事业单位医疗', 46.2, 46.2, null],
      ['221', '住房保障支出', 58.7, 58.7, null],
      ['22102', '住房改革支出', 58.7, 58.7, null],
      ['2210201', '住房公积金', 58.7, 58.7, null],
    ]);
    expect(doc.otherTables ?? []).to.deep.equal([]);
  });
});
