// 公开05表 一般公共预算财政拨款支出决算表 as 广东 and others print it: 年初预算数 | 调整预算数 |
// 决算数 (小计 | 基本支出 | 项目支出) | 决算数为年初预算数的% | 决算数为调整预算数的%. The schema
// keys 决算数's three and the two budgets (budgetAtStart, budgetAdjusted: <budget-execution>
// reads them); the budget columns left of 小计 are amounts, not part of the 科目名称 (which read
// "一般公共服务支出15.0020.00" before src/parse/tables/leading-amounts.ts), and the two % columns
// are kept as printed with one notice each. Synthetic text:
// tests/fixtures/variants/final-general-budget-with-budget-columns.txt; the same with the rates
// printed "108.19%" (kept too, not only announced): final-general-budget-rates-percent.txt.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const KEYS = ['total', 'basic', 'project'] as const;

describe('parse 决算 公开05表 with 年初预算数 / 调整预算数 / % columns', () => {
  it('reads 决算数 小计 | 基本支出 | 项目支出 and clean 科目名称', async () => {
    const { doc, faults } = await finalVariant('final-general-budget-with-budget-columns');
    const t5 = doc.tables.t5!;
    expect(KEYS.map((k) => t5.total!.values[k] ?? null)).to.deep.equal([1401, 1271, 130]);
    expect(t5.rows.map((r) => [r.code, r.name, ...KEYS.map((k) => r.values[k] ?? null)])).to.deep.equal([
      ['201', '一般公共服务支出', 20, null, 20],
      ['20103', '政府办公厅（室）及相关机构事务', 20, null, 20],
      ['2010302', '一般行政管理事务', 20, null, 20],
      ['208', '社会保障和就业支出', 160.2, 160.2, null],
      ['20805', '行政事业单位养老支出', 160.2, 160.2, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 110.2, 110.2, null],
      ['2080506', '机关事业单位职业年金缴费支出', 50, 50, null],
      ['210', '卫生健康支出', 70.1, 70.1, null],
      ['21011', '行政事业单位医疗', 70.1, 70.1, null],
      ['2101101', '行政单位医疗', 70.1, 70.1, null],
      ['213', '农林水支出', 1090.3, 980.3, 110],
      ['21301', '农业农村', 1090.3, 980.3, 110],
      ['2130101', '行政运行', 800.3, 800.3, null],
      ['2130104', '事业运行', 180, 180, null],
      ['2130199', '其他农业农村支出', 110, null, 110],
      ['221', '住房保障支出', 60.4, 60.4, null],
      ['22102', '住房改革支出', 60.4, 60.4, null],
      ['2210201', '住房公积金', 60.4, 60.4, null],
    ]);
    expect(faults).to.deep.equal([]);
  });

  it('reads 年初预算数 and 调整预算数 as budgetAtStart and budgetAdjusted', async () => {
    const { doc } = await finalVariant('final-general-budget-with-budget-columns');
    const t5 = doc.tables.t5!;
    const budgets = (values: Record<string, number | null | undefined>) => [values.budgetAtStart, values.budgetAdjusted];
    expect(budgets(t5.total!.values)).to.deep.equal([1295, 1410.7]);
    const row = (code: string) => budgets(t5.rows.find((r) => r.code === code)!.values);
    expect(row('201')).to.deep.equal([15, 20]);
    expect(row('2130104')).to.deep.equal([200, 189.7]);
    // 年初预算数 blank: null, not 0, and not shifted into the next column.
    expect(row('2130199')).to.deep.equal([null, 110]);
  });

  it('keeps both % columns as printed, each with a notice', async () => {
    const { doc, result, warned } = await finalVariant('final-general-budget-with-budget-columns');
    const kept = doc.otherTables!.find((t) => t.of === 't5')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['决算数为年初预算数的%', '决算数为调整预算数的%']);
    const row = (code: string) => kept.rows.find((r) => r.code === code)!.values;
    expect(kept.rows[0]).to.deep.include({ name: '合计', values: [108.19, 99.31] });
    expect(row('2130104')).to.deep.equal([90, 94.89]);
    expect(row('2130199')).to.deep.equal([null, 100]);
    expect(warned).to.deep.equal(['column-kept', 'column-kept']);
    expect(result.warnings.map((w) => w.message.en).filter((m) => /Column/.test(m))).to.have.length(2);
  });

  it('keeps rates printed with % ("108.19%") as their numbers, not only announced', async () => {
    const { doc, warned, faults } = await finalVariant('final-general-budget-rates-percent');
    expect(doc.tables.t5!.total!.values).to.deep.include({ total: 1401, basic: 1271, project: 130, budgetAtStart: 1295, budgetAdjusted: 1410.7 });
    const kept = doc.otherTables!.find((t) => t.of === 't5')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['决算数为年初预算数的%', '决算数为调整预算数的%']);
    expect(kept.rows[0]!.values).to.deep.equal([108.19, 99.31]);
    expect(kept.rows.find((r) => r.code === '2130199')!.values).to.deep.equal([null, 100]);
    expect(warned).to.deep.equal(['column-kept', 'column-kept']);
    expect(faults).to.deep.equal([]);
  });
});

// 公开05表 as 年初预算数 | 全年预算数 | 决算数 | 完成率 (浙江 layout): the one 决算数 column is the
// total; the budgets are budgetAtStart and budgetAdjusted, the rate is kept as printed. Synthetic text:
// tests/fixtures/variants/final-general-budget-completion.txt.
describe('parse 决算 公开05表 with 年初预算数 | 全年预算数 | 决算数 | 完成率', () => {
  it('reads 决算数 as the total, the two budgets by key, and keeps 完成率', async () => {
    const { doc, warned, faults } = await finalVariant('final-general-budget-completion');
    const t5 = doc.tables.t5!;
    expect(t5.total!.values).to.deep.equal({ budgetAtStart: 1295, budgetAdjusted: 1410.7, total: 1401 });
    expect(t5.rows.map((r) => [r.code, r.name, r.values.budgetAtStart, r.values.budgetAdjusted, r.values.total])).to.deep.equal([
      ['201', '一般公共服务支出', 15, 20, 20],
      ['2010302', '一般行政管理事务', 15, 20, 20],
      ['213', '农林水支出', 1280, 1390.7, 1381],
      ['2130101', '行政运行', 1280, 1280.7, 1271],
      ['2130199', '其他农业农村支出', null, 110, 110],
    ]);
    const kept = doc.otherTables!.find((t) => t.of === 't5')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['完成率']);
    expect(kept.rows.find((r) => r.code === '2130101')!.values).to.deep.equal([99.3]);
    // No rate printed on this row: the kept table leaves it out (it prints no number there).
    expect(kept.rows.find((r) => r.code === '2130199')).to.equal(undefined);
    expect(warned).to.deep.equal(['column-kept']);
    expect(faults).to.deep.equal([]);
  });
});

// The budget keys are a 决算's: in a 预算 (预算数 is its amount) or a 表5 with no 决算 column,
// 年初预算数 is never taken as budgetAtStart (src/parse/tables/function.ts keysFor).
describe('parse 公开05表 budget columns only in a 决算', () => {
  it('leaves 年初预算数 unkeyed in a 部门预算', async () => {
    const text = (await fixtureText('variants/final-general-budget-completion.txt')).replace('部门决算', '部门预算');
    const doc = parse(text).document!;
    expect(doc.meta.kind).to.equal('budget');
    const keys = new Set([doc.tables.t5!.total, ...doc.tables.t5!.rows].flatMap((r) => Object.keys(r!.values)));
    expect(keys.has('budgetAtStart') || keys.has('budgetAdjusted')).to.equal(false);
  });

  it('leaves them unkeyed in a 决算 表5 that prints no 决算 column', async () => {
    const text = (await fixtureText('variants/final-general-budget-completion.txt')).replace(/决算数 /, '支出数 ');
    const doc = parse(text).document!;
    expect(doc.meta.kind).to.equal('final');
    const keys = new Set([doc.tables.t5!.total, ...doc.tables.t5!.rows].flatMap((r) => Object.keys(r!.values)));
    expect(keys.has('budgetAtStart') || keys.has('budgetAdjusted')).to.equal(false);
  });
});
