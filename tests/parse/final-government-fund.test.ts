// 公开08表 政府性基金预算财政拨款收入支出决算表 with amounts (湖北 layout): 年初结转和结余 and 年末结转
// 和结余 wrapped over two lines, 本年支出 over 小计 | 基本支出 | 项目支出, a blank 年初 column.
// Synthetic text: tests/fixtures/variants/final-government-fund.txt.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';

const KEYS = ['carryOverStart', 'income', 'total', 'basic', 'project', 'carryOverEnd'] as const;

describe('parse 决算 公开08表 政府性基金 with amounts', () => {
  it('reads each column, blank 年初 and 基本支出 null', async () => {
    const { doc, warned, faults } = await finalVariant('final-government-fund');
    const t8 = doc.tables.t8!;
    const cells = (values: Record<string, number | null | undefined>) => KEYS.map((k) => values[k] ?? null);
    expect(cells(t8.total!.values)).to.deep.equal([null, 80, 75, null, 75, 5]);
    expect(t8.rows.map((r) => [r.code, ...cells(r.values)])).to.deep.equal([
      ['212', null, 80, 75, null, 75, 5],
      ['21208', null, 80, 75, null, 75, 5],
      ['2120801', null, 50, 50, null, 50, null],
      ['2120899', null, 30, 25, null, 25, 5],
    ]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
