// Tables whose rows are units, and the column kinds around them (issue 10): each kind as a
// small synthetic text with its expected cells stated here, then the same kind in a real
// document (西安市交通运输局 2022, tests/fixtures/real/xian-jiaotong-2022-budget.layout.txt),
// with the expected numbers read from that text by hand, not from the parser.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { fixtureText } from '../helpers/fixtures.js';

type Values = Record<string, number | null | undefined>;
const pick = (values: Values, keys: string[]) => keys.map((k) => values[k] ?? null);

describe('parse unit rows: a by-unit table prints the department as a row too', () => {
  const text = [
    '2026年测试局部门预算',
    '表2',
    '                         收入总表',
    '预算单位：测试局                                          单位：万元',
    '',
    '序号  单位编码   单位名称              合计        财政拨款     事业收入',
    ' 1              合计                 1,000.00      900.00      100.00',
    ' 2    901       测试局               1,000.00      900.00      100.00',
    ' 3    901001    测试局本级             600.00      600.00        0.00',
    ' 4    901002    测试中心               400.00      300.00      100.00',
  ].join('\n');

  it('keeps the department row (its code extended by the units\' codes) out of the units: no double count', () => {
    const result = parse(text);
    const t2 = result.document!.tables.t2!;
    expect(pick(t2.total!.values, ['total', 'fiscal', 'institution'])).to.deep.equal([1000, 900, 100]);
    expect(t2.units!.map((u) => [u.code, u.name, ...pick(u.values!, ['total', 'fiscal', 'institution'])])).to.deep.equal([
      ['901001', '测试局本级', 600, 600, 0],
      ['901002', '测试中心', 400, 300, 100],
    ]);
    expect(result.warnings.filter((w) => w.code === 'line-unread')).to.deep.equal([]);
  });

  it('makes the department row the total when no 合计 is printed, and reports one that disagrees with it', () => {
    const noTotal = parse(text.split('\n').filter((l) => !l.includes(' 1 ')).join('\n'));
    const t2 = noTotal.document!.tables.t2!;
    expect(t2.total!.name).to.equal('测试局');
    expect(pick(t2.total!.values, ['total', 'fiscal', 'institution'])).to.deep.equal([1000, 900, 100]);
    expect(t2.units!.map((u) => u.code)).to.deep.equal(['901001', '901002']);
    const off = parse(text.replace(' 2    901       测试局               1,000.00', ' 2    901       测试局               1,010.00'));
    expect(off.document!.tables.t2!.units!.map((u) => u.code)).to.deep.equal(['901001', '901002']);
    expect(off.warnings.filter((w) => w.code === 'line-unread').map((w) => w.line)).to.deep.equal([8]);
  });
});

describe('parse columns: a one-line header whose words nearly touch, and 项目支出 by another name', () => {
  it('gives a leaf header only to the column it covers most when its neighbour has a header of its own', () => {
    const text = [
      '2022年测试局部门预算',
      '表5',
      '            一般公共预算支出明细表（按功能科目分）',
      '预算单位：测试局                                          金额单位：万元',
      '',
      '序号   功能科目编码        功能科目名称        合计        人员经费支出     公用经费支出   专项业务经费支出',
      ' 1                         合计                 300.00        100.00          50.00        150.00',
      ' 2     205                 教育支出             300.00        100.00          50.00        150.00',
    ].join('\n');
    const t5 = parse(text).document!.tables.t5!;
    expect(pick(t5.total!.values, ['total', 'personnel', 'public', 'project'])).to.deep.equal([300, 100, 50, 150]);
    expect(t5.rows.map((r) => [r.code, ...pick(r.values, ['total', 'personnel', 'public', 'project'])])).to.deep.equal([['205', 300, 100, 50, 150]]);
  });
});

describe('audit: 表5 that prints 基本支出 only as 人员经费 | 公用经费', () => {
  it('sums the parts in place of 基本支出, and still finds a row that does not add up', () => {
    const doc = {
      schemaVersion: 1,
      meta: { department: '测试局', year: 2022, kind: 'budget', unit: '万元' },
      tables: {
        t5: {
          title: '一般公共预算支出表',
          unit: '万元',
          total: { name: '合计', values: { total: 300, personnel: 100, public: 50, project: 150 } },
          rows: [
            { code: '205', name: '教育支出', values: { total: 300, personnel: 100, public: 50, project: 150 } },
            { code: '208', name: '社会保障和就业支出', values: { total: 90, personnel: 10, public: null, project: 70 } },
          ],
        },
      },
    };
    const r10 = audit(doc as never).filter((f) => f.rule === 'R10' && f.severity === 'error');
    expect(r10.map((f) => f.cells[0]!.row)).to.deep.equal(['208']);
  });
});

describe('real unit rows: 西安市交通运输局 2022 部门综合预算', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/xian-jiaotong-2022-budget.layout.txt'));
  });

  it('表3 by unit: "222 西安市交通运输局" (= 合计 74868.34) is the department, the twelve 2220xx rows its units', () => {
    const t3 = result.document!.tables.t3!;
    expect(t3.total!.values.total).to.equal(74868.34);
    expect(t3.units!.map((u) => [u.code, u.values?.total])).to.deep.equal([
      ['222001', 44572.5], ['222002', 2074.57], ['222003', 9076.59], ['222004', 595.82], ['222005', 1098.92], ['222006', 14903.46],
      ['222007', 573.68], ['222008', 269.88], ['222009', 614.64], ['222010', 565.18], ['222011', 105.1], ['222012', 418],
    ]);
  });

  it('表5 合计 | 人员经费支出 | 公用经费支出 | 专项业务经费支出: cells as printed, also on its last page', () => {
    const t5 = result.document!.tables.t5!;
    const keys = ['total', 'personnel', 'public', 'project'];
    expect(pick(t5.total!.values, keys)).to.deep.equal([74868.33, 17739.88, 1703.46, 55424.99]);
    const row = (code: string) => pick(t5.rows.find((r) => r.code === code)!.values, keys);
    expect(row('205')).to.deep.equal([179.17, null, 91.39, 87.78]);
    expect(row('214')).to.deep.equal([70074.56, 13207.28, 1612.07, 55255.21]);
    expect(row('2140106')).to.deep.equal([22973.3, 7941.49, 973.5, 14058.31]);
    expect(row('2210201')).to.deep.equal([1460.14, 1460.14, null, null]);
    expect(row('2210203')).to.deep.equal([378.8, 378.8, null, null]);
    const names = t5.rows.filter((r) => r.code.startsWith('22102')).map((r) => r.name);
    expect(names).to.deep.equal(['住房改革支出', '住房公积金', '购房补贴']);
  });
});

describe('parse columns: one amount column printed at two offsets on two pages', () => {
  it('folds the continuation page\'s column into the one its header names (no amount left unread)', () => {
    const text = [
      '2026年测试局部门预算',
      '表6',
      '                一般公共预算基本支出情况表（按经济分类科目）',
      '单位名称：测试局                                          单位：万元',
      '                   部门预算支出经济科目                        预算',
      '                      合计                                   1,000.00',
      '301  工资福利支出                                            800.00',
      '30101  基本工资                                              500.00',
      '30102  津贴补贴                                              300.00',
      '                                - 14 -',
      '                   部门预算支出经济科目                        预算',
      '302  商品和服务支出                                                         200.00',
      '30201  办公费                                                               150.00',
      '30205  水费                                                                  50.00',
    ].join('\n');
    const result = parse(text);
    const t6 = result.document!.tables.t6!;
    expect(t6.totals.total!.amount).to.equal(1000);
    expect(t6.rows.map((r) => [r.code, r.amount])).to.deep.equal([
      ['301', 800], ['30101', 500], ['30102', 300], ['302', 200], ['30201', 150], ['30205', 50],
    ]);
    expect(result.warnings.filter((w) => w.code === 'line-unread')).to.deep.equal([]);
  });
});

describe('real columns: 广州市住房和城乡建设局 2026 部门预算 (continuation pages laid out to the side)', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/guangzhou-zhujian-2026-budget.layout.txt'));
  });

  it('表5 小计 | 其中：基本支出 | 项目支出: 项目支出 read on both pages', () => {
    const t5 = result.document!.tables.t5!;
    const keys = ['total', 'basic', 'project'];
    expect(pick(t5.total!.values, keys)).to.deep.equal([113077.44, 55926.9, 57150.54]);
    const row = (code: string) => pick(t5.rows.find((r) => r.code === code)!.values, keys);
    expect(row('212')).to.deep.equal([48470.58, 34788.27, 13682.31]);
    expect(row('2120105')).to.deep.equal([1698.25, 896.64, 801.61]);
    expect(row('2210399')).to.deep.equal([14219.67, 0, 14219.67]);
  });

  it('表6 [301]工资福利支出 … | 预算: every amount, on both pages', () => {
    const t6 = result.document!.tables.t6!;
    const amount = (code: string) => t6.rows.find((r) => r.code === code)!.amount;
    expect([amount('301'), amount('30101'), amount('302'), amount('30202')]).to.deep.equal([43747.68, 6121.05, 4120.07, 24]);
    expect([amount('30217'), amount('30231'), amount('303'), amount('30302')]).to.deep.equal([24.57, 93.88, 8032.26, 7582.34]);
    expect(t6.rows.every((r) => typeof r.amount === 'number')).to.equal(true);
  });
});
