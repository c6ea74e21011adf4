// A 河南 (洛阳) 部门支出总表 over two pages: the document's running title at the top of every page,
// the continuation page repeating only the column header (no label, title or unit), and a
// "第 N 页，共 M 页" footer. Synthetic text: tests/fixtures/variants/budget-henan-running-header.txt;
// expected cells stated by hand. It read right when written: the test guards the kind.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 河南 layout (a table over pages under a running title)', () => {
  it('the rows of both pages, none from the running title or the footer', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-henan-running-header');
    expect(rowsOf(doc.tables.t3!.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['201', '一般公共服务支出', 400, 300, 100],
      ['20103', '政府办公厅（室）及相关机构事务', 400, 300, 100],
      ['2010301', '行政运行', 300, 300, null],
      ['2010302', '一般行政管理事务', 100, null, 100],
      ['207', '文化旅游体育与传媒支出', 150, null, 150],
      ['20701', '文化和旅游', 150, null, 150],
      ['2070199', '其他文化和旅游支出', 150, null, 150],
      ['208', '社会保障和就业支出', 50, 50, null],
      ['20805', '行政事业单位养老支出', 50, 50, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 50, 50, null],
      ['221', '住房保障支出', 30, 30, null],
      ['22102', '住房改革支出', 30, 30, null],
      ['2210201', '住房公积金', 30, 30, null],
    ]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
