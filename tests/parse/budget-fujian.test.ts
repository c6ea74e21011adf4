// A 福建 (厦门) 部门预算: labels 附表5 … 附表11 above the titles, 一般公共预算支出表 with 类 | 款 | 项
// split code columns, empty 基金 and 国资 tables (one note giving the reason, one "此表为空。"),
// a 项目支出表 by project name under 项目名称 | 合计 | sources, a 政府采购预算表 and a 名词解释 page.
// Synthetic text: tests/fixtures/variants/budget-fujian-empty-projects.txt; expected cells by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 福建 layout (附表N, empty tables, 项目支出表)', () => {
  it('一般公共预算支出表 with 类 | 款 | 项 columns: codes joined, a blank row null', async () => {
    const { doc } = await budgetVariant('budget-fujian-empty-projects');
    expect(rowsOf(doc.tables.t5!.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['201', '一般公共服务支出', 300, 220, 80],
      ['20103', '政府办公厅（室）及相关机构事务', 300, 220, 80],
      ['2010301', '行政运行', 220, 220, null],
      ['2010350', '事业运行', null, null, null],
      ['2010399', '其他政府办公厅（室）及相关机构事务支出', 80, null, 80],
      ['210', '卫生健康支出', 30, 30, null],
      ['21011', '行政事业单位医疗', 30, 30, null],
      ['2101101', '行政单位医疗', 30, 30, null],
    ]);
  });

  it('empty tables keep their note: the reason, or "此表为空。" (the audit asks for a reason)', async () => {
    const { doc, faults } = await budgetVariant('budget-fujian-empty-projects');
    expect(doc.tables.t8!.emptyReason).to.equal('注：本部门2026年没有使用政府性基金预算拨款安排的支出，故此表无数据。');
    expect(doc.tables.t8!.rows).to.deep.equal([]);
    expect(doc.tables.t9!.emptyReason).to.equal('此表为空。');
    expect(doc.tables.t9!.rows).to.deep.equal([]);
    // The document's own fault, not the parser's: "此表为空" says no why.
    expect(faults).to.deep.equal(['R30 warning 公开09表是空表，但没有说明原因（应写明本部门没有国有资本经营预算财政拨款收支）']);
  });

  it('项目支出表 under 项目名称 | 合计 | …: a table kept as printed, not a 绩效自评表', async () => {
    const { doc, warned } = await budgetVariant('budget-fujian-empty-projects');
    expect(doc.performance?.scorecards ?? []).to.deep.equal([]);
    const projects = doc.otherTables!.find((t) => t.title === '项目支出表')!;
    expect(projects.columns.map((c) => c.path.join('/'))).to.deep.equal(['合计', '一般公共预算拨款']);
    expect(projects.rows.map((r) => [r.name, ...r.values])).to.deep.equal([
      ['合计', 80, 80],
      ['政务信息化运维项目', 50, 50],
      ['机关综合事务保障经费', 30, 30],
    ]);
    const buying = doc.otherTables!.find((t) => t.title === '政府采购预算表')!;
    expect(buying.rows.map((r) => r.values)).to.deep.equal([[45, 45], [40, 40], [5, 5]]);
    expect(warned).to.deep.equal([]);
  });
});
