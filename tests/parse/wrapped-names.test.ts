// A long 科目名称 wrapped onto the next line (as PDF extraction does in narrow columns): the
// continuation belongs to the row above, in tab-separated and in space-aligned text alike.
// Nothing may be dropped silently.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';

const HEADER = ['2022年度', '测试市折行局', '部门决算', '', '支出决算表', '', '公开03表', '部门：测试市折行局', '金额单位：万元', ''];

function tabbed(): string {
  return [
    ...HEADER,
    '项目\t\t本年支出合计\t基本支出\t项目支出',
    '功能分类科目编码\t科目名称\t\t\t',
    '合计\t\t300\t100\t200',
    '208\t社会保障和就业支出\t300\t100\t200',
    '20805\t行政事业单位养老支出\t300\t100\t200',
    '2080505\t机关事业单位基本养老保险\t300\t100\t200',
    '\t缴费支出\t\t\t',
    '',
    '注：本表反映部门本年度各项支出情况。',
  ].join('\n');
}

function spaced(): string {
  return [
    ...HEADER,
    '项目                              本年支出合计    基本支出    项目支出',
    '功能分类科目编码  科目名称',
    '合计                                    300.00      100.00      200.00',
    '208       社会保障和就业支出            300.00      100.00      200.00',
    '20805     行政事业单位养老支出          300.00      100.00      200.00',
    '2080505   机关事业单位基本养老保险      300.00      100.00      200.00',
    '          缴费支出',
    '',
    '注：本表反映部门本年度各项支出情况。',
  ].join('\n');
}

describe('parse: wrapped 科目名称', () => {
  for (const [layout, text] of [['tab-separated', tabbed()], ['space-aligned', spaced()]] as const) {
    it(`joins the continuation to the row above (${layout})`, () => {
      const result = parse(text);
      const rows = result.document!.tables.t3!.rows;
      expect(rows.map((r) => [r.code, r.name])).to.deep.equal([
        ['208', '社会保障和就业支出'],
        ['20805', '行政事业单位养老支出'],
        ['2080505', '机关事业单位基本养老保险缴费支出'],
      ]);
      expect(rows[2]!.values).to.deep.equal({ total: 300, basic: 100, project: 200 });
      expect(result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent' && c !== 'section-absent')).to.deep.equal([]);
    });
  }

  // Issue 10: a line with no number carries no table data (a label whose amounts are blank,
  // words printed inside the table), so it is not "unread" — the rule every table's
  // reportUnread applies. It must not be glued onto a row's name either.
  it('neither reports nor joins into a name a text line with no number that continues no row', () => {
    const text = tabbed().replace('合计\t\t300\t100\t200', '合计\t\t300\t100\t200\n\t孤立的文字\t\t\t');
    const result = parse(text);
    expect(result.warnings.some((w) => w.code === 'line-unread')).to.equal(false);
    expect(JSON.stringify(result.document!.tables.t3)).not.to.contain('孤立的文字');
  });
});
