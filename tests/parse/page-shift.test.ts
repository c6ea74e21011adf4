// A space-aligned table continued on a page that pdftotext laid out at other x positions
// (src/parse/tables/page-shift.ts): the later page's amounts are lined up with the first page's
// columns by the shift of its repeated header, so no amount lands in the name or one column off.
// Expected cells are read from the texts by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

type Values = Record<string, number | null>;
const KEYS = ['total', 'basic', 'personnel', 'public', 'project'];
const cells = (rows: { code: string; name: string; values: Values }[]) => rows.map((r) => [r.code, r.name, ...KEYS.map((k) => r.values[k] ?? null)]);

describe('parse: a table page printed ten characters to the left of the first', () => {
  it('表五 synthetic: every cell on both pages, no column warnings', async () => {
    const result = parse(await fixtureText('variants/table5-page-shifted.txt'));
    const t5 = result.document!.tables.t5!;
    expect(result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent')).to.deep.equal([]);
    expect(t5.total!.values).to.deep.equal({ total: 1300, basic: 600, personnel: 500, public: 100, project: 700 });
    expect(cells(t5.rows)).to.deep.equal([
      ['201', '一般公共服务支出', 300, 300, 300, null, null],
      ['20101', '人大事务', 300, 300, 300, null, null],
      ['2010101', '行政运行', 300, 300, 300, null, null],
      ['208', '社会保障和就业支出', 200, 200, 100, 100, null],
      // The next page: header and amounts moved left.
      ['20805', '行政事业单位养老支出', 200, 200, 100, 100, null],
      ['2080501', '行政单位离退休', 200, 200, 100, 100, null],
      ['213', '农林水支出', 800, 100, 100, null, 700],
      ['21303', '水利', 800, 100, 100, null, 700],
      ['2130301', '行政运行', 100, 100, 100, null, null],
      ['2130305', '水利工程建设', 700, null, null, null, 700],
    ]);
  });

  it('重庆市水利局 2026 表五: the rows of its second page (— 22 —) in their columns', async () => {
    const result = parse(await fixtureText('real/chongqing-shuili-2026-budget.layout.txt'));
    const byCode = Object.fromEntries(cells(result.document!.tables.t5!.rows).map((r) => [r[0], r.slice(1)]));
    expect(byCode['2101101']).to.deep.equal(['行政单位医疗', 518.55, 518.55, 518.55, null, null]);
    expect(byCode['213']).to.deep.equal(['农林水支出', 97303.65, 11327.32, 8832.45, 2494.88, 85976.33]);
    expect(byCode['2130301']).to.deep.equal(['行政运行', 8677.29, 8473.87, 6370.41, 2103.46, 203.42]);
    expect(byCode['2130302']).to.deep.equal(['一般行政管理事务', 10792.76, null, null, null, 10792.76]);
    expect(byCode['2130333']).to.deep.equal(['信息管理', 4983.98, 420.06, 362.06, 58.01, 4563.92]);
    expect(byCode['221']).to.deep.equal(['住房保障支出', 1453.13, 1453.13, 1453.13, null, null]);
    // The first page is unchanged.
    expect(byCode['205']).to.deep.equal(['教育支出', 23168.99, 14642.6, 7038.41, 7604.19, 8526.39]);
  });
});

describe('parse: a page printed to the left, its group header centred over the first page', () => {
  // The second page's amounts and header words sit nine characters to the left. Moved into
  // line, the grid has the same three leaves under 本年支出 as before, though 本年支出 (centred
  // over the first page's columns) no longer reaches 项目支出 by position alone: the move must
  // still be taken, so a row printing only 小计 and 基本支出 keeps its second amount under 基本支出.
  it('公开05表 synthetic: every cell on both pages, no column warnings', async () => {
    const result = parse(await fixtureText('variants/table5-page-shifted-group-header.txt'));
    const t5 = result.document!.tables.t5!;
    expect(result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent')).to.deep.equal([]);
    expect(t5.total!.values).to.deep.include({ total: 296000, basic: 98000, project: 198000 });
    expect(cells(t5.rows).map((r) => [r[0], r[1], r[2], r[3], r[6]])).to.deep.equal([
      ['201', '一般公共服务支出', 56, 56, null],
      ['20104', '发展与改革事务', 56, 56, null],
      ['205', '教育支出', 4900, 3460, 1440],
      ['20502', '普通教育', 4900, 3460, 1440],
      ['208', '社会保障和就业支出', 10600, 10600, null],
      ['20805', '行政事业单位养老支出', 10600, 10600, null],
      ['210', '卫生健康支出', 280444, 83884, 196560],
      ['21001', '卫生健康管理事务', 5084, 4052, 1032],
      ['2100101', '行政运行', 3884, 3884, null],
      // The next page.
      ['2100102', '一般行政管理事务', 1032, null, 1032],
      ['2100199', '其他卫生健康管理事务支出', 168, 168, null],
      ['21002', '公立医院', 275360, 79832, 195528],
      ['2100201', '综合医院', 275360, 79832, 195528],
    ]);
  });
});
