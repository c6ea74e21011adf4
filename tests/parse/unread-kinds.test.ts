// Lines the table readers do not type, by kind (issue 10): a `line-unread` warning must name
// a real gap in the document, never a line that holds no table data or one whose content is
// already reported another way. Each kind as a small synthetic text; expected values read
// from the text by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';

const unread = (text: string) => parse(text).warnings.filter((w) => w.code === 'line-unread').map((w) => w.line);

describe('line-unread: a 表8 that lists each unit in turn', () => {
  const text = [
    '2026年测试局部门预算',
    '表8',
    '                    一般公共预算支出表（按经济分类）',
    '部门名称：测试局                                                   单位：万元',
    '',
    '     预算单位              科目编码       科目名称             支出总计         基本支出         项目支出',
    '',
    '测试局                                                          300.00           200.00          100.00',
    '',
    '     测试局（本级）                                             180.00           120.00           60.00',
    '',
    '                           301         工资福利支出             120.00           120.00            0.00',
    '',
    '                           302         商品和服务支出            60.00             0.00           60.00',
    '',
    '     测试中心                                                    120.00            80.00           40.00',
    '',
    '                           301         工资福利支出              80.00            80.00            0.00',
    '',
    '                           302         商品和服务支出            40.00             0.00           40.00',
  ].join('\n');

  it('does not call each unit\'s heading row unread: units-summed already says the units are not kept one by one', () => {
    const result = parse(text);
    expect(unread(text)).to.deep.equal([]);
    expect(result.warnings.filter((w) => w.code === 'units-summed').length).to.equal(1);
    // 基本支出 by code, summed over the two units: 301 = 120 + 80, 302 = 0 + 0.
    expect(result.document!.tables.t6!.rows.map((r) => [r.code, r.amount])).to.deep.equal([['301', 200], ['302', 0]]);
    // The units' headings are kept as printed with the rest of the table.
    const kept = result.document!.otherTables!.find((t) => t.of === 't6');
    expect(JSON.stringify(kept)).to.contain('测试中心');
  });
});
