// Function tables that cross 功能分类 with 经济分类: one printed row per pair, each code joined
// to its name ("2010101-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资", as 北京 预算03表 prints
// it) or printed before its name (类 | 款 | 项 split, "50101 工资奖金津补贴"). Each pair goes
// under its 功能 code's row (`economic`); with no row printed for the code alone, the row is
// the pairs' sum and says so (derived: 'crossSum'). src/parse/tables/crossed.ts, function.ts.
// Invented names and amounts; the expected cells are stated here.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { readPrintedCodes } from '../../src/parse/tables/crossed.js';
import { validate } from '../../src/schema/validate.js';
import { toSpaceAligned } from './helpers.js';

const T = '\t';
const lines = (...rows: (string | string[])[]) => rows.map((r) => (Array.isArray(r) ? r.join(T) : r)).join('\n');
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code).filter((c) => c !== 'table-absent');
type Values = Record<string, number | null | undefined>;
type Pair = { code?: string; governmentCode?: string; name: string; governmentName?: string; values: Values };
type Row = { code: string; name: string; values: Values; derived?: string; economic?: Pair[] };
const KEYS = ['total', 'basic', 'project'];
const rowCells = (rows: Row[]) => rows.map((r) => [r.code, r.name, ...KEYS.map((k) => r.values[k] ?? null), r.derived ?? null]);
const pairCells = (row: Row) =>
  (row.economic ?? []).map((p) => [p.governmentCode ?? null, p.governmentName ?? null, p.code ?? null, p.name, ...KEYS.map((k) => p.values[k] ?? null)]);

const HEAD = ['2026年测试局部门预算', '预算03表 支出总表', '金额单位：万元'];

/** Three classifications, each code joined to its name by a dash (北京 预算03表's form). */
const JOINED = lines(
  ...HEAD,
  ['支出功能分类科目', '政府支出经济分类科目', '部门支出经济分类科目', '合计', '基本支出', '项目支出'],
  ['2010101-行政运行', '50101-工资奖金津补贴', '30101-基本工资', '120.500000', '120.500000', ''],
  ['2010101-行政运行', '50201-办公经费', '30201-办公费', '30.250000', '20.250000', '10.000000'],
  ['2010102－一般行政管理事务', '50201－办公经费', '30202－印刷费', '12.000000', '', '12.000000'],
  ['2080505-机关事业单位养老缴费', '50102-社会保障缴费', '30108-养老保险缴费', '40.000000', '40.000000', ''],
  // A pair of 2010101 printed after another code's: still 2010101's.
  ['2010101-行政运行', '50901-社会福利和救助', '30305-生活补助', '2.000000', '2.000000', ''],
  ['合计', '', '', '204.750000', '182.750000', '22.000000'],
);

describe('parse a 功能 × 经济 cross-table: codes joined to their names', () => {
  for (const [form, text] of [['tab-separated', JOINED], ['space-aligned', toSpaceAligned(JOINED)]] as const) {
    it(`${form}: each 功能 row is the sum of its pairs, marked crossSum; the pairs keep both 经济 codes`, () => {
      const result = parse(text);
      expect(codes(result.warnings)).to.deep.equal([]);
      const t3 = result.document!.tables.t3!;
      const rows = t3.rows as Row[];
      expect(rowCells(rows)).to.deep.equal([
        ['2010101', '行政运行', 152.75, 142.75, 10, 'crossSum'],
        ['2010102', '一般行政管理事务', 12, null, 12, 'crossSum'],
        ['2080505', '机关事业单位养老缴费', 40, 40, null, 'crossSum'],
      ]);
      expect(pairCells(rows[0]!)).to.deep.equal([
        ['50101', '工资奖金津补贴', '30101', '基本工资', 120.5, 120.5, null],
        ['50201', '办公经费', '30201', '办公费', 30.25, 20.25, 10],
        ['50901', '社会福利和救助', '30305', '生活补助', 2, 2, null],
      ]);
      expect(pairCells(rows[1]!)).to.deep.equal([['50201', '办公经费', '30202', '印刷费', 12, null, 12]]);
      // The sums are the printed 合计; nothing is left uncoded; a pair points at its line.
      expect(t3.total!.values).to.deep.include({ total: 204.75, basic: 182.75, project: 22 });
      expect(rows.reduce((s, r) => s + (r.values.total ?? 0), 0)).to.equal(204.75);
      expect(t3.uncoded).to.equal(undefined);
      expect((rows[0]!.economic![1] as { source?: { line?: number } }).source?.line).to.equal(6);
      expect(result.reads!.t3!.confidence).to.equal(1);
      expect(validate(result.document).ok).to.equal(true);
    });
  }
});

describe('parse a 功能 × 经济 cross-table: codes before their names, 功能 split 类 | 款 | 项', () => {
  const SPLIT = lines(
    ...HEAD,
    ['类', '款', '项', '科目名称', '政府经济分类科目', '部门经济分类科目', '合计', '基本支出', '项目支出'],
    ['201', '01', '01', '行政运行', '50101 工资奖金津补贴', '30101 基本工资', '120.500000', '120.500000', ''],
    ['201', '01', '01', '行政运行', '50201 办公经费', '30201 办公费', '30.250000', '20.250000', '10.000000'],
    ['合计', '', '', '', '', '', '150.750000', '140.750000', '10.000000'],
  );
  for (const [form, text] of [['tab-separated', SPLIT], ['space-aligned', toSpaceAligned(SPLIT)]] as const) {
    it(`${form}: the 类 | 款 | 项 code is joined, the 经济 codes read from their cells`, () => {
      const result = parse(text);
      expect(codes(result.warnings)).to.deep.equal([]);
      const rows = result.document!.tables.t3!.rows as Row[];
      expect(rowCells(rows)).to.deep.equal([['2010101', '行政运行', 150.75, 140.75, 10, 'crossSum']]);
      expect(pairCells(rows[0]!)).to.deep.equal([
        ['50101', '工资奖金津补贴', '30101', '基本工资', 120.5, 120.5, null],
        ['50201', '办公经费', '30201', '办公费', 30.25, 20.25, 10],
      ]);
      expect(validate(result.document).ok).to.equal(true);
    });
  }

  it('a row printed for the 功能 code alone keeps its printed amounts, its pairs under it, not derived', () => {
    const text = lines(
      ...HEAD,
      ['功能分类科目', '部门经济分类科目', '合计', '基本支出', '项目支出'],
      ['2010101 行政运行', '', '150.000000', '140.000000', '10.000000'],
      ['2010101 行政运行', '30101 基本工资', '120.000000', '120.000000', ''],
      ['2010101 行政运行', '30201 办公费', '30.000000', '20.000000', '10.000000'],
      ['合计', '', '150.000000', '140.000000', '10.000000'],
    );
    const result = parse(text);
    expect(codes(result.warnings)).to.deep.equal([]);
    const rows = result.document!.tables.t3!.rows as Row[];
    expect(rowCells(rows)).to.deep.equal([['2010101', '行政运行', 150, 140, 10, null]]);
    expect(pairCells(rows[0]!)).to.deep.equal([
      [null, null, '30101', '基本工资', 120, 120, null],
      [null, null, '30201', '办公费', 30, 20, 10],
    ]);
    expect(validate(result.document).ok).to.equal(true);
  });

  it('a table of 功能 codes only, split 类 | 款 | 项, still reads printed rows (no pairs, nothing derived)', () => {
    const text = lines(
      ...HEAD,
      ['类', '款', '项', '科目名称', '合计', '基本支出', '项目支出'],
      ['201', '', '', '一般公共服务支出', '150.000000', '140.000000', '10.000000'],
      ['201', '01', '01', '行政运行', '150.000000', '140.000000', '10.000000'],
      ['合计', '', '', '', '150.000000', '140.000000', '10.000000'],
    );
    const result = parse(text);
    expect(codes(result.warnings)).to.deep.equal([]);
    const rows = result.document!.tables.t3!.rows as Row[];
    expect(rowCells(rows)).to.deep.equal([
      ['201', '一般公共服务支出', 150, 140, 10, null],
      ['2010101', '行政运行', 150, 140, 10, null],
    ]);
    expect(rows.every((r) => r.economic === undefined)).to.equal(true);
  });
});

describe('readPrintedCodes: what counts as a classification code on a row', () => {
  it('tells the codes by shape: 功能 2xx, 政府经济 5xx, 部门经济 3xx (7 digits too), joined by -, － or a space', () => {
    expect(readPrintedCodes(['2010101-行政运行', '50201－办公经费', '3021101 差旅费'], ['支出功能分类科目', '政府支出经济分类科目', '部门支出经济分类科目'])).to.deep.equal([
      { kind: 'function', code: '2010101', name: '行政运行' },
      { kind: 'government', code: '50201', name: '办公经费' },
      { kind: 'department', code: '3021101', name: '差旅费' },
    ]);
  });

  it('a code its column header contradicts, the same classification twice, or a name first: not a row of codes', () => {
    expect(readPrintedCodes(['30101-基本工资', '2010101-行政运行'], ['支出功能分类科目', '部门支出经济分类科目'])).to.equal(undefined);
    expect(readPrintedCodes(['2010101-行政运行', '2010102-一般行政管理事务'], ['', ''])).to.equal(undefined);
    expect(readPrintedCodes(['行政运行', '30101-基本工资'], ['', ''])).to.equal(undefined);
  });

  it('a number in a name is no code unless joined to a name or under an 经济分类 header', () => {
    // "培训 301 期" under no 经济 header: one 功能 code, its name keeps the number.
    expect(readPrintedCodes(['2050803', '培训', '301', '期'], ['科目编码', '科目名称', '', ''])).to.deep.equal([
      { kind: 'function', code: '2050803', name: '培训301期' },
    ]);
  });
});
