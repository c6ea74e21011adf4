// How real documents vary (docs/disclosure-format.md §6): one small synthetic text each.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';
import { tsv } from './helpers.js';

async function variant(name: string): Promise<ParseResult> {
  return parse(await fixtureText(`variants/${name}.txt`));
}

function codes(result: ParseResult): string[] {
  return result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent');
}

describe('parse: variations of real documents', () => {
  it('reads space-aligned columns, placing each number under its header (blanks stay null)', async () => {
    const result = await variant('space-separated');
    const t3 = result.document!.tables.t3!;
    expect(t3.total!.values).to.deep.equal({
      total: 1200.5,
      basic: 800.25,
      project: 400.25,
      superiorRemit: null,
      operating: null,
      subsidiaryGrant: null,
    });
    expect(t3.rows.map((r) => r.code)).to.deep.equal(['201', '20101', '2010101', '2010102', '208', '20805', '2080505']);
    const row = t3.rows.find((r) => r.code === '2010102')!;
    expect([row.values.total, row.values.basic, row.values.project]).to.deep.equal([199.75, null, 199.75]);
    expect(row.source!.line).to.equal(15);
    expect(codes(result)).to.deep.equal([]);
  });

  it('joins codes split over 类/款/项 columns and pads a part that lost its zero (201 | 4 | 2)', async () => {
    const result = await variant('split-codes');
    const t3 = result.document!.tables.t3!;
    expect(t3.rows.map((r) => [r.code, r.name])).to.deep.equal([
      ['201', '一般公共服务支出'],
      ['20104', '发展与改革事务'],
      ['2010401', '行政运行'],
      ['2010402', '一般行政管理事务'],
    ]);
    const repaired = result.warnings.filter((w) => w.code === 'code-repaired');
    expect(repaired.map((w) => w.line)).to.deep.equal([15, 25]);
  });

  it('reads 301 | 01 and the malformed "301 2" in 表6, and reports "30 19" it cannot read', async () => {
    const result = await variant('split-codes');
    const t6 = result.document!.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.amount])).to.deep.equal([
      ['301', 15],
      ['30101', 10],
      ['30102', 5],
      ['302', 5],
      ['30201', 3],
      ['30211', 2],
    ]);
    expect(t6.totals.personnel!.amount).to.equal(15);
    expect(t6.totals.public!.amount).to.equal(5);
    const malformed = result.warnings.filter((w) => w.code === 'code-malformed');
    expect(malformed).to.have.length(1);
    expect(malformed[0]!.line).to.equal(26);
    expect(malformed[0]!.excerpt).to.contain('30 19');
    expect(result.status).to.equal('partial');
  });

  it('reads 元 tables with thousands separators and keeps the table unit', async () => {
    const result = await variant('yuan-units');
    const t2 = result.document!.tables.t2!;
    expect(t2.unit).to.equal('元');
    expect(result.document!.meta.unit).to.equal('元');
    expect(t2.total!.values.total).to.equal(1234567.89);
    expect(t2.rows[2]!.values).to.deep.equal({
      total: 1234567.89,
      fiscal: 1200000,
      superiorSubsidy: null,
      institution: 34567.89,
      operating: null,
      affiliated: null,
      other: null,
    });
  });

  it('skips page numbers, running titles and headers repeated after a page break', async () => {
    const result = await variant('page-breaks');
    const t5 = result.document!.tables.t5!;
    expect(t5.rows.map((r) => r.code)).to.deep.equal([
      '201',
      '20101',
      '2010101',
      '2010102',
      '210',
      '21011',
      '2101101',
      '2101199',
    ]);
    expect(t5.rows[2]!.source!.line).to.equal(19);
  });

  it('reports a cell it cannot read as a number (3O) with its line, and keeps it blank', async () => {
    const result = await variant('page-breaks');
    const bad = result.warnings.filter((w) => w.code === 'number-unreadable');
    expect(bad.map((w) => w.line)).to.deep.equal([25]);
    expect(result.document!.tables.t5!.rows.at(-1)!.values.total).to.equal(null);
  });

  it('joins headers wrapped over lines (年初结转 / 和结余) and reads carry-overs', async () => {
    const result = await variant('carry-overs');
    const t8 = result.document!.tables.t8!;
    expect(t8.total!.values).to.deep.equal({
      carryOverStart: 10,
      income: 20,
      total: 25,
      basic: null,
      project: 25,
      carryOverEnd: 5,
    });
    const totals = result.document!.tables.t1!.totals;
    expect(totals.carryOverStart!.amount).to.equal(40);
    expect(totals.carryOverEnd!.amount).to.equal(15);
    expect(totals.nonFiscalBalanceUsed!.amount).to.equal(5);
    expect(totals.expenditureTotal!.amount).to.equal(150);
    expect(totals.incomeGrandTotal!.line).to.equal(31);
  });

  it('lists several sub-units printed on one line', async () => {
    const result = await variant('carry-overs');
    expect(result.document!.meta.subUnits).to.deep.equal([
      '测试市结转局本级',
      '测试市结转局机关服务中心',
      '测试市结转局信息中心',
    ]);
  });

  it('reads a budget (预算) with regional table names', async () => {
    const result = await variant('budget-regional');
    const doc = result.document!;
    expect(doc.meta).to.include({ kind: 'budget', year: 2023, department: '测试县财政局' });
    expect(Object.keys(doc.tables)).to.deep.equal(['t1', 't3', 't6', 't7']);
    expect(doc.tables.t1!.title).to.equal('财务收支预算总表');
    expect(doc.tables.t1!.income[0]).to.include({ kind: 'generalBudget', amount: 500 });
    expect(doc.tables.t1!.expenditure.map((r) => r.code)).to.deep.equal(['201', '205']);
    expect(doc.tables.t3!.rows[2]!.values).to.deep.equal({ total: 300, basic: 300, project: null });
  });

  it('reads a budget 经济分类 table split into 人员经费 and 公用经费', async () => {
    const t6 = (await variant('budget-regional')).document!.tables.t6!;
    expect(t6.rows[0]).to.include({ code: '301', amount: 250, personnel: 250, public: null });
    expect(t6.totals.personnel!.amount).to.equal(250);
    expect(t6.totals.public!.amount).to.equal(50);
  });

  it('reads 上年 and 本年 三公 budgets and keeps the 机关运行经费 column it has no key for as printed', async () => {
    const result = await variant('budget-regional');
    const t7 = result.document!.tables.t7!;
    expect(t7.previousBudget).to.include({ total: 12, abroad: null, vehicles: 10, vehicleOperation: 10, reception: 2 });
    expect(t7.budget).to.include({ total: 11, vehicles: 9, reception: 2 });
    const kept = result.warnings.find((w) => w.code === 'column-kept')!;
    expect(kept.line).to.equal(42);
    expect(kept.message['zh-CN']).to.contain('机关运行经费');
    expect(result.warnings.filter((w) => w.code === 'column-unknown')).to.deep.equal([]);
    const table = result.document!.otherTables!.find((t) => t.of === 't7')!;
    expect([table.reason, table.columns.map((c) => c.path.join('/')), table.rows.map((r) => r.values)]).to.deep.equal(['unmapped-columns', ['机关运行经费'], [[48.5]]]);
  });

  it('marks a scorecard without its 总分 row truncated', async () => {
    const result = await variant('scorecards');
    const card = result.document!.performance!.scorecards[1]!;
    expect(card).to.include({ name: '安全检查经费', truncated: true, totalScore: null });
    expect(card.indicators).to.have.length(2);
    expect(result.warnings.some((w) => w.code === 'scorecard-truncated' && w.line === 24)).to.equal(true);
  });

  it('infers 一级 from 二级 in shifted rows and carries a missing 二级 from the row above', async () => {
    const card = (await variant('scorecards')).document!.performance!.scorecards[0]!;
    expect(card.indicators.map((i) => [i.level1, i.level2, i.name])).to.deep.equal([
      ['output', '数量指标', '培训人数'],
      ['output', '数量指标', '培训场次'],
      ['output', '成本指标', '培训成本'],
      ['outcome', '经济效益', '节约成本'],
      ['outcome', '可持续影响', '长效机制'],
      ['satisfaction', '服务对象满意度', '学员满意度'],
    ]);
  });

  it('reads scorecard amounts in 元 with separators, and weights of 8', async () => {
    const card = (await variant('scorecards')).document!.performance!.scorecards[0]!;
    expect(card.unit).to.equal('元');
    expect(card.funds.total).to.include({ initialBudget: 1500000, executed: 1200000, weight: 10, rate: 80, score: 8 });
    expect(card.funds.fiscal).to.include({ weight: null, score: null });
    expect(card.indicators[2]!.target).to.deep.equal({ text: '≤1,500,000元', comparator: '≤', value: 1500000, unit: '元' });
    expect(card.indicators[0]!.weight).to.equal(8);
    expect(card.indicators[3]).to.include({ score: 6, deviation: '部分未达成' });
  });

  it('reads a budget 绩效目标表 (targets without results) as complete, not truncated', async () => {
    const result = await variant('budget-targets');
    const card = result.document!.performance!.scorecards[0]!;
    expect(result.document!.meta).to.include({ kind: 'budget', year: 2023, department: '测试局' });
    expect(card.truncated).to.equal(undefined);
    expect(card.totalScore).to.equal(null);
    expect(card.indicators.map((i) => [i.level1, i.level2, i.name, i.target.text])).to.deep.equal([
      ['output', '数量指标', '培训人次', '≥100人次'],
      ['output', '质量指标', '合格率', '≥95%'],
      ['outcome', '社会效益', '能力提升', '提升'],
      ['satisfaction', '服务对象满意度', '满意度', '≥90%'],
    ]);
    expect(card.indicators[0]).to.include({ weight: null, score: null });
    expect(result.warnings.map((w) => w.code).filter((c) => c.startsWith('scorecard'))).to.deep.equal([]);
  });

  it('reports every table that is absent', async () => {
    const result = await variant('yuan-units');
    const absent = result.warnings.filter((w) => w.code === 'table-absent');
    expect(absent).to.have.length(8);
    expect(absent[0]!.message.en).to.contain('公开01表');
  });

  it('keeps an empty table with its 无数据 note as emptyReason', () => {
    const text = [
      '2022年度测试局部门决算',
      '国有资本经营预算财政拨款支出决算表',
      '公开09表',
      '金额单位：万元',
      tsv([
        ['项目', '', '本年支出', '', ''],
        ['功能分类科目编码', '科目名称', '小计', '基本支出', '项目支出'],
      ]),
      '注：本表反映部门本年度国有资本经营预算财政拨款支出情况。',
      '本部门没有使用国有资本经营预算安排的支出，故本表无数据。',
    ].join('\n');
    const t9 = parse(text).document!.tables.t9!;
    expect(t9.rows).to.deep.equal([]);
    expect(t9.emptyReason).to.equal('本部门没有使用国有资本经营预算安排的支出，故本表无数据。');
    expect(t9.note).to.equal('本表反映部门本年度国有资本经营预算财政拨款支出情况。');
  });

  it('reports a line that looks like data but fits no row, with its line number and text', () => {
    const text = [
      '2022年度测试局部门决算',
      '收入支出决算总表',
      '公开01表',
      '金额单位：万元',
      tsv([
        ['项目', '行次', '金额', '项目', '行次', '金额'],
        ['一、一般公共预算财政拨款收入', '1', '100', '一、一般公共服务支出', '32', '100'],
        ['', '9', '55', '', '40', ''],
      ]),
    ].join('\n');
    const result = parse(text);
    const unread = result.warnings.find((w) => w.code === 'line-unread')!;
    expect(unread.line).to.equal(7);
    expect(unread.excerpt).to.contain('55');
    expect(result.status).to.equal('partial');
  });

  it('validates every variant or says why not', async () => {
    const names = ['space-separated', 'split-codes', 'yuan-units', 'page-breaks', 'carry-overs', 'budget-regional', 'budget-targets', 'scorecards'];
    for (const name of names) {
      const result = await variant(name);
      if (result.document) expect(validate(result.document).ok, name).to.equal(true);
      else expect(result.problems, name).to.not.equal(undefined);
    }
  });
});
