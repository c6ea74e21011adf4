// 决算 tables too wide for the paper, printed in two halves on consecutive pages (河南 county
// layout): 收入决算表 with 科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | 上级补助收入 on one page
// and 科目名称 | 事业收入 | 经营收入 | 附属单位上缴收入 (wrapped over two header lines) | 其他收入
// on the next, its rows printed again with 科目编码 and 科目名称; 支出决算表 likewise split after
// 基本支出, its right half repeating the row names (blank rows too) without codes. Before, the
// right half's rows were read as more rows of the left columns (uncoded ones: code-missing,
// 合计 overwritten by the right half's; coded ones: each row twice). Synthetic text:
// tests/fixtures/variants/final-tables-in-halves.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';
import { rowsOf } from './budget-variants-helpers.js';

const T2 = ['total', 'fiscal', 'superiorSubsidy', 'institution', 'operating', 'affiliated', 'other'];
const T3 = ['total', 'basic', 'project', 'superiorRemit', 'operating', 'subsidiaryGrant'];
const CODES: [string, string][] = [
  ['201', '一般公共服务支出'],
  ['20113', '商贸事务'],
  ['2011301', '行政运行'],
  ['2011302', '一般行政管理事务'],
  ['208', '社会保障和就业支出'],
  ['20805', '行政事业单位养老支出'],
  ['2080505', '机关事业单位基本养老保险缴费支出'],
  ['216', '商业服务业等支出'],
  ['21602', '商业流通事务'],
  ['2160299', '其他商业流通事务支出'],
];
const withCells = (cells: (number | null)[][]) => CODES.map(([code, name], i) => [code, name, ...cells[i]!]);

describe('parse 决算 tables printed in two halves on consecutive pages', () => {
  it('收入决算表: the right half\'s columns joined to the left half\'s rows by name', async () => {
    const { doc } = await finalVariant('final-tables-in-halves');
    const t2 = doc.tables.t2!;
    expect(T2.map((k) => t2.total!.values[k as 'total'])).to.deep.equal([500, 400, null, 50, 30, null, 20]);
    const left = (t: number, f: number | null) => [t, f, null, null, null, null, null];
    const right = [100, null, null, 50, 30, null, 20];
    expect(rowsOf(t2.rows, T2)).to.deep.equal(
      withCells([left(320, 320), left(320, 320), left(220, 220), left(100, 100), left(80, 80), left(80, 80), left(80, 80), right, right, right]),
    );
  });

  it('支出决算表: 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出 from the second page', async () => {
    const { doc, warned, faults } = await finalVariant('final-tables-in-halves');
    const t3 = doc.tables.t3!;
    expect(T3.map((k) => t3.total!.values[k as 'total'])).to.deep.equal([500, 300, 150, null, 30, 20]);
    const basic = (n: number) => [n, n, null, null, null, null];
    const right = [100, null, 50, null, 30, 20];
    expect(rowsOf(t3.rows, T3)).to.deep.equal(
      withCells([[320, 220, 100, null, null, null], [320, 220, 100, null, null, null], basic(220), [100, null, 100, null, null, null], basic(80), basic(80), basic(80), right, right, right]),
    );
    expect(t3.uncoded ?? []).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
