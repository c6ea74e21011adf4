// Stage 7 (typed rows) and the mappers: each kind of row layout real documents print, as a
// small synthetic text with its expected cells stated here (issue 10, kinds 3–9).
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { buildFlowModel } from '../../src/model/flows.js';
import { validate } from '../../src/schema/validate.js';

const T = '\t';
const lines = (...rows: (string | string[])[]) => rows.map((r) => (Array.isArray(r) ? r.join(T) : r)).join('\n');
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code).filter((c) => c !== 'table-absent');
type Row = { code: string; name: string; values: Record<string, number | null> };
const cells = (rows: Row[], keys: string[]) => rows.map((r) => [r.code, r.name, ...keys.map((k) => r.values[k] ?? null)]);

const T3_HEAD = [
  '2024年度测试局部门决算',
  '支出决算表',
  '公开03表',
  ['部门：测试局', '金额单位：万元'],
  ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
];

describe('parse rows: a row printed over several lines', () => {
  it('joins a coded row and its amounts across a page break with a page number between (issue snippet)', () => {
    const text = lines(
      ...T3_HEAD,
      ['合计', '', '300', '', '300'],
      ['215', '资源勘探工业信息等支出', '300', '', '300'],
      ['21508', '支持中小企业发展和管理支出', '300', '', '300'],
      ['2150805', '中小企业发展专项'],
      '- 3 -',
      '\f\t\t300\t\t300\t\t\t',
    );
    const result = parse(text);
    expect(codes(result.warnings)).to.deep.equal([]);
    const t3 = result.document!.tables.t3!;
    expect(cells(t3.rows, ['total', 'basic', 'project']).at(-1)).to.deep.equal(['2150805', '中小企业发展专项', 300, null, 300]);
    expect(result.reads!.t3!.confidence).to.equal(1);
  });

  it('takes a wrapped name printed above and below its amounts (space-aligned), and a unit name the same way', () => {
    const text = [
      '2026年测试局部门预算',
      '表3',
      '                支出总表',
      '部门名称：测试局                                          单位：万元',
      '',
      ' 预算单位           科目编码  科目名称                  支出总计    基本支出    项目支出',
      ' 测试局                                                 1,000.00      400.00      600.00',
      '     测试局（本',
      '                                                          700.00      300.00      400.00',
      '级）',
      '                    205       教育支出                    700.00      300.00      400.00',
      '',
      '                              其他教育费附加安排的',
      '                    2050999                               700.00      300.00      400.00',
      '                              支出',
      ' 测试中心                                                 300.00      100.00      200.00',
      '',
      '                    205       教育支出                    300.00      100.00      200.00',
      '',
      '                    2050999   其他教育费附加安排的支出    300.00      100.00      200.00',
    ].join('\n');
    const result = parse(text);
    const t3 = result.document!.tables.t3!;
    expect(t3.total).to.deep.include({ name: '测试局', values: { total: 1000, basic: 400, project: 600 } });
    // The department's rows: the units' rows summed by code; each unit kept apart.
    expect(cells(t3.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['205', '教育支出', 1000, 400, 600],
      ['2050999', '其他教育费附加安排的支出', 1000, 400, 600],
    ]);
    expect(t3.units!.map((u) => [u.name, u.values?.total, cells(u.rows, ['total'])])).to.deep.equal([
      ['测试局（本级）', 700, [['205', '教育支出', 700], ['2050999', '其他教育费附加安排的支出', 700]]],
      ['测试中心', 300, [['205', '教育支出', 300], ['2050999', '其他教育费附加安排的支出', 300]]],
    ]);
    // No cell prints the department's rows: each says it is the units' sum and points at no
    // unit's line (205 came from lines 12 and 18), while the units' own rows keep theirs.
    expect(t3.rows.map((r) => [r.derived, r.source])).to.deep.equal([
      ['unitsSum', { table: 't3', row: '205' }],
      ['unitsSum', { table: 't3', row: '2050999' }],
    ]);
    expect(t3.units!.flatMap((u) => u.rows.map((r) => [r.derived, r.source && 'line' in r.source]))).to.deep.equal([
      [undefined, true], [undefined, true], [undefined, true], [undefined, true],
    ]);
    // Nothing lost: units-as-rows is a notice now.
    expect(codes(result.warnings).filter((c) => c !== 'units-as-rows')).to.deep.equal([]);
    expect(validate(result.document).ok).to.equal(true);
  });

  it('joins a row whose code and name are on one line and its amounts on the next', () => {
    const text = lines(...T3_HEAD, ['合计', '', '50', '50', ''], ['201', '一般公共服务支出'], ['', '', '50', '50', ''], ['20101', '人大事务', '50', '50', '']);
    const t3 = parse(text).document!.tables.t3!;
    expect(cells(t3.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['201', '一般公共服务支出', 50, 50, null],
      ['20101', '人大事务', 50, 50, null],
    ]);
  });

  it('keeps the numbers of a 合计 row printed with fewer leading blank cells', () => {
    const text = lines(...T3_HEAD, ['合计', '300', '100', '200'], ['208 05 05', '行政单位离退休', '300', '100', '200']);
    const t3 = parse(text).document!.tables.t3!;
    expect(t3.total).to.deep.include({ name: '合计', values: { total: 300, basic: 100, project: 200 } });
    expect(cells(t3.rows, ['total', 'basic', 'project'])).to.deep.equal([['2080505', '行政单位离退休', 300, 100, 200]]);
  });

  it('puts a 款/项 code printed alone on the line below its named row back on the row', () => {
    const text = lines(...T3_HEAD, ['合计', '', '80', '80', ''], ['205', '教育支出', '80', '80', ''], ['', '职业教育', '80', '80', ''], '20503');
    const result = parse(text);
    expect(cells(result.document!.tables.t3!.rows, ['total'])).to.deep.equal([
      ['205', '教育支出', 80],
      ['20503', '职业教育', 80],
    ]);
    expect(codes(result.warnings)).to.deep.equal([]);
  });
});

describe('parse rows: codes', () => {
  it('reads 7-digit economic codes, "301⇥01⇥基本工资" as 30101 and a split 人员/公用 table', () => {
    const text = lines(
      '2024年度测试局部门预算',
      '一般公共预算基本支出表',
      ['部门：测试局', '金额单位：万元'],
      ['科目编码', '科目名称', '', '总计', '人员经费', '公用经费'],
      ['合计', '', '', '150', '100', '50'],
      ['301', '工资福利支出', '', '100', '100', ''],
      ['301', '01', '基本工资', '100', '100', ''],
      ['302', '商品和服务支出', '', '50', '', '50'],
      ['3020101', '办公用品', '', '50', '', '50'],
    );
    const result = parse(text);
    const t6 = result.document!.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.name, r.amount, r.personnel, r.public])).to.deep.equal([
      ['301', '工资福利支出', 100, 100, null],
      ['30101', '基本工资', 100, 100, null],
      ['302', '商品和服务支出', 50, null, 50],
      ['3020101', '办公用品', 50, null, 50],
    ]);
    expect(t6.totals.total!.amount).to.equal(150);
    expect(codes(result.warnings)).to.deep.equal([]);
  });

  it('reads bracketed economic codes "[30217]公务接待费"', () => {
    const text = [
      '2026年测试局部门预算',
      '一般公共预算基本支出表',
      '部门：测试局                          单位：万元',
      '经济分类科目                    人员经费      公用经费',
      '[302]商品和服务支出                            20.00',
      '[30217]公务接待费                              20.00',
    ].join('\n');
    const t6 = parse(text).document!.tables.t6!;
    expect(t6.rows.map((r) => r.code)).to.deep.equal(['302', '30217']);
    expect(t6.rows.find((r) => r.code === '30217')!.name).to.equal('公务接待费');
  });

  it('gives an uncoded function row the code of the same name elsewhere in the document; keeps the rest uncoded, and says so', () => {
    const text = lines(
      ...T3_HEAD,
      ['合计', '', '90', '90', ''],
      ['201', '一般公共服务支出', '90', '90', ''],
      ['20101', '人大事务', '60', '60', ''],
      ['2010101', '行政运行', '60', '60', ''],
      ['20103', '政府办公厅（室）及相关机构事务', '30', '30', ''],
      '',
      '一般公共预算财政拨款支出决算表',
      '公开05表',
      ['部门：测试局', '金额单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', '', '90', '90', ''],
      ['', '一般公共服务支出', '90', '90', ''],
      ['', '人大事务', '60', '60', ''],
      ['', '某某专项事务', '30', '30', ''],
    );
    const result = parse(text);
    const t5 = result.document!.tables.t5!;
    expect(cells(t5.rows, ['total'])).to.deep.equal([
      ['201', '一般公共服务支出', 90],
      ['20101', '人大事务', 60],
    ]);
    expect(t5.uncoded!.map((r) => [r.name, r.values.total])).to.deep.equal([['某某专项事务', 30]]);
    expect(codes(result.warnings)).to.deep.equal(['code-by-name', 'code-missing']);
    expect(result.status).to.equal('partial');
  });
});

describe('parse rows: 其中 parts and 基本支出 split', () => {
  const summary = lines(
    '2024年度测试局部门预算',
    '部门收支总表',
    ['部门：测试局', '金额单位：万元'],
    ['收入', '预算数', '支出', '预算数'],
    ['一、财政拨款收入', '156', '一、一般公共服务支出', '156'],
    ['其中：一般公共预算资金', '156'],
    ['本年收入合计', '156', '本年支出合计', '156'],
    '',
    '部门支出总表',
    ['部门：测试局', '金额单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', '', '156', '156', ''],
    ['201', '一般公共服务支出', '156', '156', ''],
  );

  it('keeps "其中：一般公共预算资金" as a part of 财政拨款收入, never a second income', () => {
    const t1 = parse(summary).document!.tables.t1!;
    expect(t1.income.map((r) => [r.name, r.amount])).to.deep.equal([['财政拨款收入', 156]]);
    expect(t1.income[0]!.parts!.map((p) => [p.kind, p.name, p.amount])).to.deep.equal([['generalBudget', '一般公共预算资金', 156]]);
  });

  it('the sankey draws the income once (156, not 312)', () => {
    const result = buildFlowModel(parse(summary).document!);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const sources = result.model.nodes.filter((n) => n.column === 0);
    expect(sources.map((n) => n.value)).to.deep.equal([156]);
    expect(result.model.imbalances).to.deep.equal([]);
  });

  it('reads 基本支出 split into 人员支出 | 公用支出 columns of a function table', () => {
    const text = lines(
      '2024年度测试局部门预算',
      '部门支出总表',
      ['部门：测试局', '金额单位：万元'],
      ['科目编码', '科目名称', '合计', '人员支出', '公用支出', '项目支出'],
      ['合计', '', '100', '60', '10', '30'],
      ['201', '一般公共服务支出', '100', '60', '10', '30'],
    );
    const t3 = parse(text).document!.tables.t3!;
    expect(t3.rows[0]!.values).to.deep.equal({ total: 100, personnel: 60, public: 10, project: 30 });
  });
});

describe('parse: metadata on real covers', () => {
  const table = lines('支出决算表', '公开03表', ['部门：测试局', '金额单位：万元'], ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', '300', '100', '200']);

  it('reads the year of a cover printed "2024" and "年度部门决算" on separate lines, after a junk line', () => {
    const result = parse(['Microsoft Word - report.docx', '测试局', '2024', '年度部门决算', '', table].join('\n'));
    expect(result.document!.meta).to.deep.include({ year: 2024, kind: 'final', department: '测试局' });
  });

  it('reads a cover "北京市统计局部门 2026 年度" / "部门预算信息公开" as 北京市统计局, 2026', () => {
    const result = parse(['     北京市统计局部门 2026 年度', '       部门预算信息公开', '', table.replace('部门：测试局', '单位：万元')].join('\n'));
    expect(result.document!.meta).to.deep.include({ year: 2026, kind: 'budget', department: '北京市统计局' });
  });

  it('reads the year from a scorecard title "(2022年度)" when nothing else states it', () => {
    const result = parse(['测试局部门决算', '项目支出绩效自评表(2022年度)', '', table].join('\n'));
    expect(result.document!.meta.year).to.equal(2022);
  });

  // Before session 13 the year was written as 0, which the schema refuses: the document was
  // null (the tables only in result.tables) and the CLI wrote no JSON at all.
  it('still yields the document when no year is recognisable: the year absent, never a stand-in', () => {
    const result = parse(['测试局部门决算', table].join('\n'));
    expect(result.status).to.equal('partial');
    expect(result.warnings.map((w) => w.code)).to.include('meta-missing');
    expect(result.document!.meta).to.not.have.property('year');
    expect(result.document!.tables.t3!.rows.map((r) => [r.code, r.values.total])).to.deep.equal([['201', 300]]);
  });
});

describe('parse: narrative sentences broken across lines', () => {
  const text = [
    '2024年度测试局部门决算',
    '一、一般公共预算财政拨款支出决算情况说明',
    '2024年度一般公共预算财政拨款支出年初预算为100.00万元，支',
    '出决算为120.00万',
    '元，完成年初预算的120%。决算数大于年初预算数的主要原因是增加了项目。',
    '一般公共服务支出年初预算为50.00万元，支出决算为',
    '60.00万元，完成年初预算的120%。',
  ].join('\n');

  it('joins "支⏎出决算为", "万⏎元" and an amount on the next line; an item sentence is not the total', () => {
    const execution = parse(text).document!.narrative!.execution!;
    expect(execution.total).to.deep.include({ budget: 100, final: 120, rate: 120, comparison: 'above', reason: '增加了项目' });
    expect(execution.total!.source).to.deep.equal({ line: 3 });
    expect(execution.items.map((i) => [i.code, i.label, i.budget, i.final])).to.deep.equal([['201', '一般公共服务支出', 50, 60]]);
  });
});

describe('parse: units stated per table', () => {
  it('a table in 元 with decimals beside a narrative and a 三公 table in 万元', () => {
    const text = [
      '2026年测试中心部门预算',
      '本单位支出预算为1.20万元。',
      lines('部门支出总表', ['部门：测试中心', '金额单位：元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', '12000.50', '12000.50', '']),
      '',
      lines('一般公共预算“三公”经费支出表', ['部门：测试中心', '单位：万元'], ['合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费'], ['预算数', '预算数', '预算数', '预算数'], ['1.20', '0.00', '1.00', '0.20']),
    ].join('\n');
    const tables = parse(text).document!.tables;
    expect(tables.t3!.unit).to.equal('元');
    expect(tables.t3!.rows[0]!.values.total).to.equal(12000.5);
    expect(tables.t7!.unit).to.equal('万元');
  });
});

describe('parse: one disclosure in two files', () => {
  const notes = ['2024年度测试局部门决算', '一、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为300.00万元，支出决算为300.00万元，完成年初预算的100%。'].join('\n');
  const tables = lines('支出决算表', '公开03表', ['部门：测试局', '金额单位：万元'], ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', '300', '100', '200']);

  it('parse([notes, tables]) reads them as one document, lines counted through both', () => {
    const result = parse([notes, tables]);
    expect(result.document!.meta.year).to.equal(2024);
    expect(result.document!.narrative!.execution!.total!.final).to.equal(300);
    const t3 = result.document!.tables.t3!;
    expect(t3.rows[0]!.values).to.deep.equal({ total: 300, basic: 100, project: 200 });
    expect((t3.rows[0]!.source as { line: number }).line).to.equal(3 + 5);
  });
});
