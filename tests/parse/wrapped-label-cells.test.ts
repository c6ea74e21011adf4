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

type Uncoded = { name: string; values: Record<string, number | null> };
const KEYS = ['total', 'basic', 'project'];

describe('parse rows: a first label cell wrapped around a row labelled in several cells', () => {
  it('joins the head and tail into the first cell, every amount in its column, no line unread', async () => {
    const result = parse(await fixtureText('variants/expenditure-classes-wrapped.txt'));
    const t3 = result.document!.tables.t3!;
    expect(KEYS.map((k) => t3.total!.values[k as 'total'] ?? null)).to.deep.equal([650, 600, 50]);
    const rows = ((t3 as { uncoded?: Uncoded[] }).uncoded ?? []).map((r) => [r.name, ...KEYS.map((k) => r.values[k] ?? null)]);
    expect(rows).to.deep.equal([
      ['2010501-行政运行50101-工资奖金津补贴30101-基本工资', 300, 300, null],
      ['2080505-机关事业单位基本养老保险缴费支出50102-社会保障缴费30108-机关事业单位基本养老保险缴费', 200, 200, null],
      ['2080506-机关事业单位职业年金缴费支出50102-社会保障缴费30109-职业年金缴费', 100, 100, null],
      ['2150299-其他制造业支出50499-其他资本性支出30999-其他基本建设支出', 50, null, 50],
    ]);
    expect(result.warnings.filter((w) => w.code === 'line-unread')).to.deep.equal([]);
  });
});
