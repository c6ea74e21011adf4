// A 内蒙古 部门/单位决算 (自治区公共资源交易中心 2022, 包头市商务局 2022): twelve tables, among
// them 五、项目收入支出决算表 (rows by 项目名称 under 年初结转和结余 | 本年收入 | 本年支出 | 年末结转
// 和结余), 八、一般公共预算财政拨款项目支出决算明细表 (科目编码 | 科目名称 | 决算数 in groups side by
// side, like a 表6) and 十二、机构运行经费支出、国有资产占用情况及政府采购支出信息表 (项目 | 行次 |
// 金额/数量). Before: the 项目收入支出决算表's 项目名称 header opened an untitled scorecard and its
// rows were lost (line-unread); the 项目支出 明细表's right group became a second value of the left
// group's rows (310 资本性支出 30.00 read as 302's, its codes lost; the audit then said its 合计
// did not add up); 表12's 行次 was part of each name. Synthetic text:
// tests/fixtures/variants/final-neimenggu-project-tables.txt.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { finalVariant } from './final-variants-helpers.js';

const fixture = 'final-neimenggu-project-tables';
const grid = (t: { columns: { path: string[] }[]; rows: { code?: string; name: string; values: (number | null)[]; source?: { line?: number } }[] }) => ({
  columns: t.columns.map((c) => c.path.join('/')),
  rows: t.rows.map((r) => [r.code ?? null, r.name, ...r.values, r.source?.line]),
});

describe('parse 决算 内蒙古 layout: 项目收入支出决算表, 项目支出决算明细表 in groups, 表12', () => {
  it('keeps the 项目收入支出决算表 as printed, never a scorecard, never 表3', async () => {
    const { doc, warned, faults } = await finalVariant(fixture);
    const kept = doc.otherTables!.find((t) => t.title === '项目收入支出决算表')!;
    expect(kept.of).to.equal(undefined);
    expect(grid(kept)).to.deep.equal({
      columns: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
      rows: [
        [null, '合计', 10, 100, 100, 10, 22],
        [null, '交易平台运维项目', 10, 60, 60, 10, 23],
        [null, '专家库建设项目', null, 40, 40, null, 24],
      ],
    });
    expect(doc.performance).to.equal(undefined);
    expect(doc.tables.t3!.title).to.equal('支出决算表');
    expect(doc.tables.t5!.title).to.equal('一般公共预算财政拨款支出决算表');
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('is not 表3 when the document prints no 支出决算表', async () => {
    // The 支出决算表's page (lines 3–16) left out.
    const text = (await fixtureText(`variants/${fixture}.txt`)).split('\n').filter((_, i) => i + 1 < 3 || i + 1 > 16).join('\n');
    const doc = parse(text).document!;
    expect(doc.tables.t3).to.equal(undefined);
    expect(doc.otherTables!.map((t) => t.title)).to.include('项目收入支出决算表');
  });

  it('reads the 项目支出 明细表 group by group, each code with its own amount', async () => {
    const { doc } = await finalVariant(fixture);
    const kept = doc.otherTables!.find((t) => t.title === '一般公共预算财政拨款项目支出决算明细表')!;
    expect(grid(kept)).to.deep.equal({
      columns: ['决算数'],
      rows: [
        ['302', '商品和服务支出', 70, 45],
        ['30201', '办公费', 20, 46],
        ['30227', '委托业务费', 50, 47],
        [null, '合计', 100, 48],
        ['310', '资本性支出', 30, 45],
        ['31002', '办公设备购置', 30, 46],
      ],
    });
    expect(doc.tables.t6).to.equal(undefined);
  });

  it('keeps 表12 without its 行次 in the names', async () => {
    const { doc } = await finalVariant(fixture);
    const kept = doc.otherTables!.find((t) => t.title.startsWith('机构运行经费支出'))!;
    expect(grid(kept)).to.deep.equal({
      columns: ['金额/数量'],
      rows: [
        [null, '一、机构运行经费支出（万元）', 45.6, 55],
        [null, '（一）车辆数（辆）', 2, 57],
        [null, '（二）单价100万元以上设备（台）', 0, 58],
        [null, '政府采购支出总额', 60, 60],
        [null, '其中：货物', 30, 61],
        [null, '工程', 0, 62],
        [null, '服务', 30, 63],
      ],
    });
  });
});
