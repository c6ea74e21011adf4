// The first stages of the table path on small synthetic texts, one per kind of layout they
// handle: pages of positioned runs, page furniture, the table of contents, table labels in
// every spelling, table regions (continuations, wrapped titles, listings) and identity by
// scoring. All texts are invented; the kinds are those seen in real documents (issue 10).
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { splitLines } from '../../src/parse/lines.js';
import { findContents, findFurniture, pagesFromText } from '../../src/parse/pages.js';
import { findTableRegions, isTitleText, readLabel, scoreTable } from '../../src/parse/table-regions.js';

function regionsOf(text: string) {
  const lines = splitLines(text);
  const contents = findContents(pagesFromText(text));
  return findTableRegions(lines, contents).map((r) => ({ kind: r.kind, title: r.title, from: lines[r.start]!.no, to: lines[r.end - 1]!.no }));
}

/** A space-aligned table body: header, two coded rows, 合计. */
const BODY = [
  '单位：万元',
  '科目编码        科目名称              合计        基本支出      项目支出',
  '201             一般公共服务支出        10.00          6.00          4.00',
  '20101           人大事务               10.00          6.00          4.00',
  '                合计                   10.00          6.00          4.00',
];

describe('stage 1: pages of positioned runs', () => {
  it('starts a page at each form feed and numbers lines from the top of their page', () => {
    const pages = pagesFromText('封面\n2023年部门预算\n\f目录\n一、部门概况\n\f表1');
    expect(pages.map((p) => p.lines.map((l) => [l.y, l.no, l.text]))).to.deep.equal([
      [[0, 1, '封面'], [1, 2, '2023年部门预算']],
      [[0, 3, '目录'], [1, 4, '一、部门概况']],
      [[0, 5, '表1']],
    ]);
  });

  it('gives each cell of space-aligned text its x-extent in display columns (CJK = 2)', () => {
    const [page] = pagesFromText('行政运行    12.50  3.00');
    expect(page!.lines[0]!.runs.map((r) => [r.text, r.x0, r.x1])).to.deep.equal([
      ['行政运行', 0, 8],
      ['12.50', 12, 17],
      ['3.00', 19, 23],
    ]);
  });

  it('gives each cell of tabbed text its column index, blanks kept', () => {
    const [page] = pagesFromText('201\t一般公共服务支出\t\t4.00');
    expect(page!.lines[0]!.runs.map((r) => [r.text, r.x0])).to.deep.equal([
      ['201', 0],
      ['一般公共服务支出', 1],
      ['', 2],
      ['4.00', 3],
    ]);
  });
});

describe('stage 2: page furniture and the table of contents', () => {
  it('marks page numbers ("- 3 -", "第 3 页") and a running title repeated on several pages', () => {
    const page = (n: number) => `测试局2023年部门预算\n行政运行    ${n}.50  3.00\n事业运行    1.00  2.00\n- ${n} -`;
    const text = [page(1), page(2), page(3), '第 4 页'].join('\n\f');
    const lines = splitLines(text);
    const furniture = [...findFurniture(pagesFromText(text), lines)].sort((a, b) => a - b).map((i) => lines[i]!.text);
    expect(furniture).to.deep.equal(['测试局2023年部门预算', '- 1 -', '测试局2023年部门预算', '- 2 -', '测试局2023年部门预算', '- 3 -', '第 4 页']);
  });

  it('never takes a line with amounts for furniture, even when it repeats at the top of pages', () => {
    const text = ['行政运行    1.50  3.00', '行政运行    1.50  3.00', '行政运行    1.50  3.00'].join('\n\f');
    expect(findFurniture(pagesFromText(text), splitLines(text)).size).to.equal(0);
  });

  it('reads the 目录 as one block up to the first entry printed again', () => {
    const text = '目录\n一、部门概况 ........ 3\n表1. 收支总表 ........ 9\n表3. 项目支出预算表\n\n一、部门概况\n正文。';
    const [contents] = findContents(pagesFromText(text));
    expect(contents).to.deep.equal({ start: 0, end: 5, entries: ['一、部门概况', '表1.收支总表', '表3.项目支出预算表'] });
  });

  it('ends the 目录 before a table title whose 单位 line follows (no heading printed again)', () => {
    const text = '目录\n一、部门概况\n二、收支总表\n收支总表\n单位：万元';
    const [contents] = findContents(pagesFromText(text));
    expect(contents!.end).to.equal(3);
    expect(contents!.entries).to.deep.equal(['一、部门概况', '二、收支总表']);
  });

  it('reads a 是否空表 listing of table labels as contents', () => {
    const text = '序号  内容  是否空表\n表1   收支总表   否\n表2   收入总表   否\n表3   支出总表   是   不涉及';
    expect(findContents(pagesFromText(text)).map((c) => [c.start, c.end])).to.deep.equal([[1, 4]]);
  });
});

describe('stage 3: table labels and titles in every spelling', () => {
  const cases: [string, number, string][] = [
    ['公开01表', 1, ''],
    ['公开 01 表', 1, ''],
    ['预算01表 收支总表', 1, '收支总表'],
    ['预算表12', 12, ''],
    ['表1：收支总体情况表', 1, '收支总体情况表'],
    ['表 10', 10, ''],
    ['表一', 1, ''],
    ['表十二', 12, ''],
    ['附表3', 3, ''],
    ['公开表1', 1, ''],
    ['（预算表 1）', 1, ''],
  ];
  for (const [text, number, rest] of cases) {
    it(`reads "${text}" as table ${number}`, () => {
      const label = readLabel(text)!;
      expect([label.number, label.rest]).to.deep.equal([number, rest]);
    });
  }

  it('does not read a heading or a sentence as a label or a title', () => {
    expect(readLabel('表格部分')).to.equal(undefined);
    expect(isTitleText('第二部分 2026年部门预算表')).to.equal(false);
    expect(isTitleText('详见《财政拨款支出预算表》。')).to.equal(false);
    expect(isTitleText('一般公共预算支出情况表（按功能分类科目）')).to.equal(true);
  });
});

describe('stage 3: table regions', () => {
  it('reads "表一" on a line of its own above the title', () => {
    expect(regionsOf(['表一', '', '2026 年部门支出总体情况表', ...BODY].join('\n'))).to.deep.equal([
      { kind: 't3', title: '2026年部门支出总体情况表', from: 1, to: 8 },
    ]);
  });

  it('never makes a table of the 目录, even when its entries are table titles', () => {
    const text = ['目录', '一、收支总表', '二、支出总表', '三、项目支出预算表', '', '一、收支总表', ...BODY].join('\n');
    expect(regionsOf(text).map((r) => [r.kind, r.from])).to.deep.equal([['t1', 6]]);
  });

  it('continues a table on the next page when the page repeats 表N, the title and the 部门 line', () => {
    const page = ['表3', '支出总表', '部门名称：测试局                         单位：万元', ...BODY.slice(1)];
    const text = [...page, '- 1 -', '\f' + page[0], ...page.slice(1)].join('\n');
    const regions = regionsOf(text);
    expect(regions.map((r) => [r.kind, r.from, r.to])).to.deep.equal([['t3', 1, 15]]);
  });

  it('reads a title wrapped over two lines after its label, and again without the label on a continuation page', () => {
    const title = ['2022年部门综合预算一般公共预算拨款“三公”经费、', '会议费、培训费表（不含上年结转）'];
    const text = ['表13', ...title, ...BODY, '\f' + title[0], title[1], ...BODY].join('\n');
    expect(regionsOf(text).map((r) => [r.kind, r.from])).to.deep.equal([['t7', 1]]);
  });

  it('never reads a page number between a label at a page foot and the next page\'s title as the title\'s first half', () => {
    // 江苏 read from its PDF: "公开04表" under one table, the page number, then the next page's title.
    const text = ['公开04表', '', '15', '一般公共预算支出表', ...BODY].join('\n');
    expect(regionsOf(text).map((r) => r.title)).to.deep.equal(['一般公共预算支出表']);
  });

  it('does not take a title followed straight by another title (a listing) for a table', () => {
    expect(regionsOf(['2026年部门预算表', '收支总表', ...BODY].join('\n')).map((r) => r.from)).to.deep.equal([2]);
  });
});

describe('stage 8: table identity by scoring', () => {
  const kind = (title: string, number?: number, strong = false) => {
    const caption = number === undefined ? { title } : { title, number, strongNumber: strong };
    const scores = scoreTable(caption, '', { economic: 0, function: 0 });
    return [...scores].sort((a, b) => b[1] - a[1])[0]![0];
  };

  it('reads titles ending in 总体情况表 / 情况表', () => {
    expect(kind('收支总体情况表')).to.equal('t1');
    expect(kind('2026 年部门收入总体情况表')).to.equal('t2');
    expect(kind('财政拨款收支总体情况表')).to.equal('t4');
    expect(kind('一般公共预算支出情况表（按功能分类科目）')).to.equal('t5');
    expect(kind('一般公共预算基本支出情况表（按经济分类科目）')).to.equal('t6');
  });

  it('files a 政府性基金 expenditure table as t8, never as 公开03表', () => {
    expect(kind('政府性基金预算支出表', 3, true)).to.equal('t8');
  });

  it('lets the title win over a central numbering (公开09表 is the 三公 table there)', () => {
    expect(kind('一般公共预算“三公”经费支出表', 9, true)).to.equal('t7');
  });

  it('files regional extra tables as other (政府采购, 项目支出, 机关运行经费, 基本支出 by 功能分类)', () => {
    expect(kind('政府采购预算明细表')).to.equal('other');
    expect(kind('部门预算项目支出及其他支出预算表')).to.equal('other');
    expect(kind('一般公共预算机关运行经费支出预算表')).to.equal('other');
    expect(kind('一般公共预算基本支出明细表（按功能科目分）')).to.equal('other');
  });

  it('does not let a qualifier decide: （不含上年结转） on a 政府性基金 table', () => {
    expect(kind('政府性基金收支表（不含上年结转）')).to.equal('t8');
  });

  it('takes each kind at most once, the better-scored table first', () => {
    const text = ['表5', '一般公共预算支出表', ...BODY, '表6', '一般公共预算支出表（按经济分类）', ...BODY].join('\n');
    expect(regionsOf(text).map((r) => r.kind)).to.deep.equal(['t5', 't6']);
    const twice = ['支出总表', ...BODY, '', '支出预算表', ...BODY].join('\n');
    expect(regionsOf(twice).map((r) => r.kind)).to.deep.equal(['t3', 'other']);
  });
});

describe('the stages wired into parse()', () => {
  const doc = (body: string[]) => parse(['测试局', '2023年部门预算', '', ...body].join('\n')).document!;

  it('reads a table labelled 表1 above a 总体情况表 title, in space-aligned text', () => {
    const t3 = doc(['表1', '', '支出总体情况表', ...BODY]).tables.t3!;
    expect(t3.rows.map((r) => [r.code, r.name, r.values.total])).to.deep.equal([
      ['201', '一般公共服务支出', 10],
      ['20101', '人大事务', 10],
    ]);
  });

  it('reads bracketed codes "[20101]人大事务" as code and name', () => {
    const body = BODY.map((l) => l.replace(/^201  /, '[201]').replace(/^20101  /, '[20101]'));
    expect(body[2]!.startsWith('[201]')).to.equal(true);
    const t5 = doc(['表5', '一般公共预算支出情况表', ...body]).tables.t5!;
    expect(t5.rows.map((r) => [r.code, r.name, r.values.total, r.values.basic, r.values.project])).to.deep.equal([
      ['201', '一般公共服务支出', 10, 6, 4],
      ['20101', '人大事务', 10, 6, 4],
    ]);
  });

  it('takes 合计 under a 支出预算 group for the total, not 项目支出', () => {
    const body = [
      '单位：元',
      '            项目                      支出预算',
      '  科目编码   科目名称         合计          基本支出       项目支出',
      '229          其他支出          216,801         20,863       195,938',
      '             合计              216,801         20,863       195,938',
    ];
    const t3 = doc(['支出预算总表', ...body]).tables.t3!;
    expect(t3.total!.values).to.deep.equal({ total: 216801, basic: 20863, project: 195938 });
  });

  it('reads 7-digit economic codes as codes, not as malformed', () => {
    const body = [
      '单位：万元',
      '科目编码      科目名称          合计        人员经费      公用经费',
      '301           工资福利支出       5.00         5.00',
      '3010201       基本工资           5.00         5.00',
      '              合计               5.00         5.00',
    ];
    const result = parse(['测试局', '2023年部门预算', '', '一般公共预算基本支出表', ...body].join('\n'));
    expect(result.warnings.filter((w) => w.code === 'code-malformed')).to.deep.equal([]);
    expect(result.document!.tables.t6!.rows.map((r) => r.code)).to.deep.equal(['301', '3010201']);
  });

  it('takes "栏 次" (with a space) for the column-number row, not an income row', () => {
    const body = [
      '单位：万元',
      '项目                              行次      金额    项目                        行次      金额',
      '栏 次                                          1    栏 次                                    2',
      '一、一般公共预算财政拨款收入         1    100.00    一、一般公共服务支出           3    100.00',
      '本年收入合计                         2    100.00    本年支出合计                   4    100.00',
    ];
    const t1 = doc(['收支总表', ...body]).tables.t1!;
    expect(t1.income.map((r) => [r.name, r.amount])).to.deep.equal([['一般公共预算财政拨款收入', 100]]);
  });

  it('sums a table that lists its codes once per unit into the department rows, and says so', () => {
    const body = [
      '单位：万元',
      '预算单位          科目编码        科目名称              合计        基本支出      项目支出',
      '测试局                                                  30.00         18.00         12.00',
      '测试局（本级）                                          10.00          6.00          4.00',
      '                  201             一般公共服务支出        10.00          6.00          4.00',
      '测试局信息中心                                          20.00         12.00          8.00',
      '                  201             一般公共服务支出        20.00         12.00          8.00',
    ];
    const result = parse(['测试局', '2023年部门预算', '', '支出总表', ...body].join('\n'));
    expect(result.document!.tables.t3!.rows.map((r) => [r.code, r.values.total, r.values.basic, r.values.project])).to.deep.equal([
      ['201', 30, 18, 12],
    ]);
    expect(result.warnings.filter((w) => w.code === 'units-as-rows').map((w) => w.message.en)).to.have.length(1);
    expect(result.status).to.equal('partial');
  });

  it('keeps the department block when it comes first and adds up to the 合计 (units follow as parts)', () => {
    const body = [
      '单位：万元',
      '科目编码        科目名称              合计        基本支出      项目支出',
      '                合计                   30.00         18.00         12.00',
      '201             一般公共服务支出        30.00         18.00         12.00',
      '201             一般公共服务支出        10.00          6.00          4.00',
      '201             一般公共服务支出        20.00         12.00          8.00',
    ];
    const result = parse(['测试局', '2023年部门预算', '', '支出总表', ...body].join('\n'));
    expect(result.document!.tables.t3!.rows.map((r) => [r.code, r.values.total])).to.deep.equal([['201', 30]]);
  });

  it('reads past a leading 序号 column and codes indented by level into separate columns', () => {
    const body = [
      '单位：万元',
      '序号  功能科目编码        功能科目名称                合计    基本支出    项目支出',
      '1                         合计                       30.00       18.00       12.00',
      '2     205                 教育支出                   30.00       18.00       12.00',
      '3          20508          进修及培训                 30.00       18.00       12.00',
      '4             2050803     培训支出                   30.00       18.00       12.00',
    ];
    const result = parse(['测试局', '2023年部门预算', '', '表5', '一般公共预算支出明细表（按功能科目分）', ...body].join('\n'));
    expect(result.document!.tables.t5!.rows.map((r) => [r.code, r.name, r.values.total])).to.deep.equal([
      ['205', '教育支出', 30],
      ['20508', '进修及培训', 30],
      ['2050803', '培训支出', 30],
    ]);
  });

  it('yields the tables of a document with no title year (a 报表 file published alone)', () => {
    const result = parse(['预算01表 支出总表', '2026年预算数', ...BODY, '2026年'].join('\n'));
    expect(result.document!.meta.year).to.equal(2026);
    expect(result.document!.tables.t3!.rows.length).to.equal(2);
  });
});
