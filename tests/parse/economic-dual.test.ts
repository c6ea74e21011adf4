// 表6 (基本支出 by 经济分类) with the 部门 and the 政府 economic codes in columns of their own,
// "序号 | 30101 | 基本工资 | 50101 | 工资奖金津补贴 | 合计 | 人员经费支出 | 公用经费支出", a 部门
// code repeating once per 政府 code (src/parse/tables/economic-dual.ts), and a continuation page
// laid out a few characters to the left (src/parse/tables/page-shift.ts). The synthetic text
// (tests/fixtures/variants/economic-dual-columns.txt) and the real 西安市交通运输局 2022 表8
// (tests/fixtures/real/xian-jiaotong-2022-budget.layout.txt, lines 1014–1219); expected cells
// read from the texts by hand.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

type T6 = NonNullable<NonNullable<ParseResult['document']>['tables']['t6']>;
const cells = (t6: T6) => t6.rows.map((r) => [r.code, r.governmentCode ?? null, r.name, r.amount, r.personnel ?? null, r.public ?? null]);
const totals = (t6: T6) => [t6.totals.total?.amount, t6.totals.personnel?.amount, t6.totals.public?.amount];

describe('parse 表6: 部门 and 政府 economic codes in separate columns', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('variants/economic-dual-columns.txt'));
  });

  it('reads each row as code + governmentCode, the 类 rows without one, also on the page printed 7 characters to the left', () => {
    const t6 = result.document!.tables.t6!;
    expect(totals(t6)).to.deep.equal([380, 310, 70]);
    expect(cells(t6)).to.deep.equal([
      ['301', null, '工资福利支出', 300, 300, null],
      ['30101', '50101', '基本工资', 100, 100, null],
      ['30101', '50501', '基本工资', 200, 200, null],
      ['302', null, '商品和服务支出', 80, 10, 70],
      ['30201', '50201', '办公费', 12, null, 12],
      ['30201', '50502', '办公费', 18, null, 18],
      // Page 3: its 公用经费 amount sits where page 1 has 人员经费; its header says it moved.
      ['30205', '50502', '水费', 40, null, 40],
      ['30239', '50201', '其他交通费用', 10, 10, null],
      ['303', null, '对个人和家庭的补助', null, null, null],
      ['30301', '50905', '离休费', null, null, null],
    ]);
  });

  it('no column warnings on the table, and the document validates', () => {
    const t6Lines = result.reads!.t6!.lines;
    const inTable = result.warnings.filter((w) => w.line !== undefined && w.line >= t6Lines[0] && w.line <= t6Lines[1]);
    expect(inTable.map((w) => w.code)).to.deep.equal([]);
    expect(result.reads!.t6!.confidence).to.equal(1);
    expect(validate(result.document).ok).to.equal(true);
  });
});

describe('real 表6 with separate code columns: 西安市交通运输局 2022 表8', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/xian-jiaotong-2022-budget.layout.txt'));
  });

  it('合计 19443.33 = 人员经费 17739.85 + 公用经费 1703.48 (line 1022)', () => {
    expect(totals(result.document!.tables.t6!)).to.deep.equal([19443.33, 17739.85, 1703.48]);
  });

  it('rows of each page in their cells, the 部门 code once per 政府 code', () => {
    const t6 = result.document!.tables.t6!;
    const byLine = (line: number) => cells({ ...t6, rows: t6.rows.filter((r) => r.source?.line === line) })[0];
    expect(t6.rows.length).to.equal(86);
    // Page 1.
    expect(byLine(1024)).to.deep.equal(['301', null, '工资福利支出', 17067.93, 17067.93, null]);
    expect(byLine(1026)).to.deep.equal(['30101', '50101', '基本工资', 560.7, 560.7, null]);
    expect(byLine(1028)).to.deep.equal(['30101', '50501', '基本工资', 3791.22, 3791.22, null]);
    expect(byLine(1042)).to.deep.equal(['30108', '50501', '机关事业单位基本养老保险缴费', 1094.18, 1094.18, null]);
    // Page 2: 商品和服务支出 splits 人员 119.21 | 公用 1703.48.
    expect(byLine(1071)).to.deep.equal(['302', null, '商品和服务支出', 1822.69, 119.21, 1703.48]);
    expect(byLine(1073)).to.deep.equal(['30201', '50201', '办公费', 42.6, null, 42.6]);
    expect(byLine(1081)).to.deep.equal(['30203', '50205', '咨询费', null, null, null]);
    // Page 3, laid out five characters to the left: 公用经费 still.
    expect(byLine(1098)).to.deep.equal(['30206', '50502', '电费', 78.2, null, 78.2]);
    expect(byLine(1114)).to.deep.equal(['30211', '50502', '差旅费', 298, null, 298]);
    expect(byLine(1130)).to.deep.equal(['30217', '50206', '公务接待费', 5.24, null, 5.24]);
    // Page 4.
    expect(byLine(1157)).to.deep.equal(['30239', '50201', '其他交通费用', 119.21, 119.21, null]);
    expect(byLine(1165)).to.deep.equal(['303', null, '对个人和家庭的补助', 552.71, 552.71, null]);
    expect(byLine(1219)).to.deep.equal(['39999', '59999', '其他支出', null, null, null]);
  });

  it('the 公用经费 of the 302 款 rows add up to the 302 row (1703.48), as printed', () => {
    const t6 = result.document!.tables.t6!;
    const sum = t6.rows.filter((r) => r.code.startsWith('302') && r.code.length === 5).reduce((a, r) => a + (r.public ?? 0), 0);
    expect(Math.round(sum * 100) / 100).to.equal(1703.48);
  });
});
