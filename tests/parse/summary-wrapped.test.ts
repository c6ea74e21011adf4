// 表1/表4 sides whose label wraps around its amount: the label's text above and below, the
// amount (with the row's 序号) on the middle line with no name (src/parse/tables/wrapped-lines.ts).
// The synthetic text (tests/fixtures/variants/summary-wrapped-labels.txt) and the real
// 西安市交通运输局 2022 表1/表4 (tests/fixtures/real/xian-jiaotong-2022-budget.layout.txt, lines
// 363–365, 375–377, 542–544); expected cells read from the texts by hand.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

type Line = { kind?: string; name: string; amount: number | null; parts?: Line[] };
const lines = (list: readonly Line[]) => list.map((r) => [r.kind ?? null, r.name, r.amount]);

describe('parse 表1: a side label wrapped around its amount', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('variants/summary-wrapped-labels.txt'));
  });

  it('the amount on the unnamed middle line is the wrapped label\'s; the fragment below completes its name', () => {
    const t1 = result.document!.tables.t1!;
    expect(lines(t1.income)).to.deep.equal([[null, '部门预算', 500]]);
    expect(lines(t1.income[0]!.parts!)).to.deep.equal([
      ['fiscal', '财政拨款', 400],
      [null, '专项资金列入部门预算的项目', 150],
      ['institution', '事业收入', 100],
      [null, '纳入财政专户管理的收费', null],
    ]);
    expect(t1.expenditure.map((r) => [r.code ?? null, r.name, r.amount])).to.deep.equal([
      [null, '部门预算', 500],
      ['201', '一般公共服务支出', 300],
      ['205', '教育支出', 200],
      ['206', '科学技术支出', null],
      // "4、文化旅游体育与传媒支" / "出": one 类 name, coded once whole.
      ['207', '文化旅游体育与传媒支出', null],
    ]);
    expect(result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent' && c !== 'meta-missing')).to.deep.equal([]);
  });
});

describe('real 表1/表4 wrapped labels: 西安市交通运输局 2022', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/xian-jiaotong-2022-budget.layout.txt'));
  });

  it('表1: 其中：专项资金列入部门预算的项目 28921.00 (line 364), 其中：纳入财政专户管理的收费 blank', () => {
    const parts = result.document!.tables.t1!.income[0]!.parts!;
    expect(lines(parts.slice(0, 3))).to.deep.equal([
      ['fiscal', '财政拨款', 74868.34],
      ['generalBudget', '一般公共预算拨款', 74868.34],
      [null, '专项资金列入部门预算的项目', 28921],
    ]);
    expect(lines(parts.filter((p) => /收费/.test(p.name)))).to.deep.equal([[null, '纳入财政专户管理的收费', null]]);
  });

  it('表1/表4: 类 names wrapped onto the next line are coded whole (207, 215, 220, 224), and 209/230/233 are 类 too', () => {
    for (const id of ['t1', 't4'] as const) {
      const codes = Object.fromEntries(result.document!.tables[id]!.expenditure.map((r) => [r.name, r.code ?? null]));
      expect(codes).to.deep.include({
        文化旅游体育与传媒支出: '207',
        社会保险基金支出: '209',
        资源勘探工业信息等支出: '215',
        自然资源海洋气象等支出: '220',
        灾害防治及应急管理支出: '224',
        转移性支出: '230',
        债务发行费用支出: '233',
      });
    }
  });

  it('表4: the same 28921.00 (line 543) under 一般公共预算拨款', () => {
    const income = result.document!.tables.t4!.income;
    expect(lines(income.slice(0, 1))).to.deep.equal([['fiscal', '财政拨款', 74868.34]]);
    expect(lines(income[0]!.parts!.slice(0, 2))).to.deep.equal([
      ['generalBudget', '一般公共预算拨款', 74868.34],
      [null, '专项资金列入部门预算的项目', 28921],
    ]);
  });
});
