// A classification code printed glued to its name in one cell, no space or dash, under a
// header "科目编码及名称" / "经济分类科目编码及名称" (PDF extractions print such a cell as one
// run: "2010601行政运行", "30101基本工资"). Before session 13 every such function row was
// kept as an uncoded line (the table had no rows), a budget 表6 took its 合计 amount as the
// name ("301 | 180.00"), and a 决算 表6 lost every row (line-unread). Fixtures invented, in
// pdftotext -layout style. The second fixture also prints no year: the document is still made
// (meta.year absent), where before the schema refused year 0 and the CLI wrote no JSON.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const codesOf = (warnings: { code: string }[]) => warnings.map((w) => w.code).filter((c) => c !== 'table-absent');

describe('parse: codes glued to their names', () => {
  it('function table: 201一般公共服务支出 / 20106财政事务 / 2010601行政运行 are coded rows', async () => {
    const result = parse(await fixtureText('variants/glued-codes-function-budget.txt'));
    const t5 = result.document!.tables.t5!;
    expect(t5.rows.map((r) => [r.code, r.name, r.values.total, r.values.basic, r.values.project])).to.deep.equal([
      ['201', '一般公共服务支出', 300, 200, 100],
      ['20106', '财政事务', 300, 200, 100],
      ['2010601', '行政运行', 200, 200, null],
      ['2010602', '一般行政管理事务', 100, null, 100],
    ]);
    expect(t5.uncoded ?? []).to.deep.equal([]);
    expect(codesOf(result.warnings)).to.deep.equal([]);
  });

  it('budget 表6 under 经济分类科目编码及名称: names from the cell, amounts from their columns', async () => {
    const result = parse(await fixtureText('variants/glued-codes-economic-no-year.txt'));
    const t6 = result.document!.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.name, r.amount, r.personnel ?? null, r.public ?? null])).to.deep.equal([
      ['301', '工资福利支出', 180, 180, null],
      ['30101', '基本工资', 100, 100, null],
      ['30102', '津贴补贴', 80, 80, null],
      ['302', '商品和服务支出', 20, null, 20],
      ['30201', '办公费', 20, null, 20],
    ]);
  });

  it('a text with no recognisable year is still a document, its year absent (never 0)', async () => {
    const result = parse(await fixtureText('variants/glued-codes-economic-no-year.txt'));
    expect(result.document, 'a document').to.not.equal(null);
    expect(result.document!.meta).to.not.have.property('year');
    expect(result.status).to.equal('partial');
    expect(codesOf(result.warnings)).to.include('meta-missing');
  });

  it('决算 表6 with 人员经费 | 公用经费 groups side by side: every glued row read in its group', async () => {
    const result = parse(await fixtureText('variants/glued-codes-economic-final.txt'));
    const t6 = result.document!.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.name, r.amount])).to.deep.equal([
      ['301', '工资福利支出', 150],
      ['30101', '基本工资', 100],
      ['30102', '津贴补贴', 50],
      ['302', '商品和服务支出', 30],
      ['30201', '办公费', 20],
      ['30211', '差旅费', 10],
    ]);
    expect(t6.totals.personnel?.amount).to.equal(150);
    expect(t6.totals.public?.amount).to.equal(30);
    expect(codesOf(result.warnings)).to.not.include('line-unread');
  });

  it('a year or a count at the start of a name is no code ("2021年…", "300人次")', () => {
    const text = [
      '2024年度测试局部门决算',
      '表3',
      '                     支出决算表',
      '部门：测试局                                         单位：万元',
      '   科目编码及名称                         本年支出合计     基本支出     项目支出',
      '   合计                                        10.00        10.00',
      '   201一般公共服务支出                         10.00        10.00',
      '   2021年度结转项目                             0.00',
    ].join('\n');
    const t3 = parse(text).document!.tables.t3!;
    expect(t3.rows.map((r) => r.code)).to.deep.equal(['201']);
  });
});
