// The tables a 目录 promises, named the way the body's tables are (rule 42 compares them).
import { expect } from '@open-wc/testing';
import { contentsTables } from '../../src/parse/contents-tables.js';

const listed = (entries: string[]) => contentsTables([{ start: 9, end: 30, entries }], (i) => i + 1).map((t) => [t.table, t.title, t.source.line]);

describe('parse/contents-tables', () => {
  it('names each table entry by its national number; sections and other tables are left out', () => {
    expect(
      listed(['第一部分部门概况', '一、收入支出决算总表', '二、收入决算表', '七、一般公共预算财政拨款“三公”经费支出决算表', '一、收入支出决算总体情况说明', '表10部门政府采购预算表']),
    ).to.deep.equal([
      ['t1', '一、收入支出决算总表', 10],
      ['t2', '二、收入决算表', 10],
      ['t7', '七、一般公共预算财政拨款“三公”经费支出决算表', 10],
    ]);
  });
  it('joins an entry wrapped over two lines, and drops the 是否空表 columns printed after a title', () => {
    expect(listed(['九、财政拨款“三公”经费及会议费、培训费支出决', '算表'])).to.deep.equal([['t7', '九、财政拨款“三公”经费及会议费、培训费支出决算表', 10]]);
    expect(listed(['表92022年部门综合预算政府性基金收支表是不涉及'])).to.deep.equal([['t8', '表9 2022年部门综合预算政府性基金收支表', 10]]);
  });
});
