// A 支出总表 labelled in several cells (支出功能分类科目 | 政府支出经济分类科目 | 部门支出经济分类科目,
// each "code-name", as 北京 prints its 预算03表) whose first cell wrapped around its line of
// amounts: "2080505-机关事业单位基本养老" above, the economic classes and amounts, "保险缴费支出"
// below; or only the tail below ("2080506-机关事业单位职业年金 …" / "缴费支出"). Each is one row
// with its whole first label (src/parse/tables/rows.ts, wrappedLabelCells), not a row of its
// own without amounts plus a line left unread. Synthetic text:
// tests/fixtures/variants/expenditure-classes-wrapped.txt; expected cells stated here.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const KEYS = ['total', 'basic', 'project'];

describe('parse rows: a first label cell wrapped around a row labelled in several cells', () => {
  it('joins the head and tail into the first cell, every amount in its column, no line unread', async () => {
    const result = parse(await fixtureText('variants/expenditure-classes-wrapped.txt'));
    const t3 = result.document!.tables.t3!;
    expect(KEYS.map((k) => t3.total!.values[k as 'total'] ?? null)).to.deep.equal([650, 600, 50]);
    // Each row is a 功能 × 经济 pair (src/parse/tables/crossed.ts) kept under its 功能 code.
    type Row = { code: string; name: string; values: Record<string, number | null>; economic?: { code: string; governmentCode?: string; name: string }[] };
    const rows = t3.rows as unknown as Row[];
    expect(rows.map((r) => [r.code, r.name, ...KEYS.map((k) => r.values[k] ?? null)])).to.deep.equal([
      ['2010501', '行政运行', 300, 300, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 200, 200, null],
      ['2080506', '机关事业单位职业年金缴费支出', 100, 100, null],
      ['2150299', '其他制造业支出', 50, null, 50],
    ]);
    expect(rows.map((r) => r.economic!.map((p) => [p.code, p.governmentCode, p.name]))).to.deep.equal([
      [['30101', '50101', '基本工资']],
      [['30108', '50102', '机关事业单位基本养老保险缴费']],
      [['30109', '50102', '职业年金缴费']],
      [['30999', '50499', '其他基本建设支出']],
    ]);
    expect(result.warnings.filter((w) => w.code === 'line-unread')).to.deep.equal([]);
  });
});
