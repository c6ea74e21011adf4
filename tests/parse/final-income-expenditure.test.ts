// 公开02表 收入决算表 (本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入
// | 其他收入) and 公开03表 支出决算表 (本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 |
// 对附属单位补助支出) with headers wrapped over two lines, a 栏次 row and blank cells (四川 layout).
// Synthetic text: tests/fixtures/variants/final-income-expenditure-tables.txt.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';

const T2 = ['total', 'fiscal', 'superiorSubsidy', 'institution', 'operating', 'affiliated', 'other'] as const;
const T3 = ['total', 'basic', 'project', 'superiorRemit', 'operating', 'subsidiaryGrant'] as const;

describe('parse 决算 公开02表 / 公开03表: stacked headers, every column in its key', () => {
  it('公开02表: the 合计 row and each 类/款/项 row, blank null', async () => {
    const { doc, warned, faults } = await finalVariant('final-income-expenditure-tables');
    const t2 = doc.tables.t2!;
    const cells = (values: Record<string, number | null | undefined>) => T2.map((k) => values[k] ?? null);
    expect(cells(t2.total!.values)).to.deep.equal([1460, 1330.4, null, 120.5, null, null, 9.1]);
    expect(t2.rows.map((r) => r.code)).to.deep.equal([
      '201', '20103', '2010302', '208', '20805', '2080505', '2080506', '210', '21011', '2101101',
      '213', '21301', '2130101', '2130104', '2130199', '221', '22102', '2210201',
    ]);
    const row = (code: string) => cells(t2.rows.find((r) => r.code === code)!.values);
    expect(row('213')).to.deep.equal([1149.3, 1019.7, null, 120.5, null, null, 9.1]);
    expect(row('2130104')).to.deep.equal([239, 109.4, null, 120.5, null, null, 9.1]);
    expect(row('2080505')).to.deep.equal([110.2, 110.2, null, null, null, null, null]);
    expect(t2.rows.find((r) => r.code === '20103')!.name).to.equal('政府办公厅（室）及相关机构事务');
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('公开03表: 基本 / 项目 / 对附属单位补助 in their columns, 上缴上级 and 经营 blank', async () => {
    const { doc } = await finalVariant('final-income-expenditure-tables');
    const t3 = doc.tables.t3!;
    const cells = (values: Record<string, number | null | undefined>) => T3.map((k) => values[k] ?? null);
    expect(cells(t3.total!.values)).to.deep.equal([1421, 1271, 130, null, null, 20]);
    const row = (code: string) => cells(t3.rows.find((r) => r.code === code)!.values);
    expect(row('201')).to.deep.equal([20, null, 20, null, null, null]);
    expect(row('213')).to.deep.equal([1110.3, 980.3, 110, null, null, 20]);
    expect(row('2130104')).to.deep.equal([200, 180, null, null, null, 20]);
    expect(row('2130199')).to.deep.equal([110, null, 110, null, null, null]);
    expect(row('2210201')).to.deep.equal([60.4, 60.4, null, null, null, null]);
    expect(t3.rows).to.have.length(18);
  });
});

// 公开03表 whose 基本支出 is split: 本年支出合计 | 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出 |
// 上缴上级支出 | 对附属单位补助支出 (湖北 layout). "本年支出" stands over 合计 alone and "基本支出" is
// printed over 人员经费: 小计, between them, is 基本支出's (grid/header-tree.ts, nearer group),
// not a second 本年支出 column. Synthetic text: tests/fixtures/variants/final-expenditure-basic-split.txt.
describe('parse 决算 公开03表 with 基本支出 split into 人员经费 | 公用经费', () => {
  it('reads 小计 as 基本支出 and its parts as personnel / public', async () => {
    const { doc, warned, faults } = await finalVariant('final-expenditure-basic-split');
    const t3 = doc.tables.t3!;
    const KEYS = ['total', 'basic', 'personnel', 'public', 'project', 'superiorRemit', 'subsidiaryGrant'] as const;
    const cells = (values: Record<string, number | null | undefined>) => KEYS.map((k) => values[k] ?? null);
    expect(cells(t3.total!.values)).to.deep.equal([1290.5, 1140.5, 1010.5, 130, 130, null, 20]);
    expect(t3.rows.map((r) => [r.code, ...cells(r.values)])).to.deep.equal([
      ['201', 20, null, null, null, 20, null, null],
      ['2010302', 20, null, null, null, 20, null, null],
      ['208', 160.2, 160.2, 160.2, null, null, null, null],
      ['2080505', 160.2, 160.2, 160.2, null, null, null, null],
      ['213', 1110.3, 980.3, 850.3, 130, 110, null, 20],
      ['2130101', 1000.3, 980.3, 850.3, 130, null, null, 20],
      ['2130199', 110, null, null, null, 110, null, null],
    ]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
