// A 广西 (梧州) 部门预算 whose 情况说明 counts in 元 ("基本支出预算 881300.39 元，占一般公共预算支出的
// 96.74%，同比减少 166271.4 元，下降 15.87 %", "2023 年政府采购预算 17000 元…其中：货物类采购 10000
// 元，占政府采购预算 58.8%"), seen on the 梧州 预决算公开平台's published 部门预算 pages. Before,
// every reader looked for "X万元", so the whole narrative read as having no figure (only the
// vehicle counts were kept); a figure followed by its share before 同比 lost its comparison's
// subject; "N年政府采购预算 X" was no procurement total. Synthetic text:
// tests/fixtures/variants/budget-guangxi-yuan-narrative.txt (the tables in 元 too).
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { budgetVariant } from './budget-variants-helpers.js';

const fixture = 'budget-guangxi-yuan-narrative';
const row = (c: { label: string; current: number | null; change?: number | null; changePercent?: number | null; source?: { line?: number } }) => [
  c.label,
  c.current,
  c.change,
  c.changePercent,
  c.source?.line,
];

describe('parse 部门预算 广西 layout: 情况说明 in 元', () => {
  it('reads the 元 figures as printed, the narrative saying 元', async () => {
    const { doc, warned, faults } = await budgetVariant(fixture);
    const n = doc.narrative!;
    expect(n.unit).to.equal('元');
    expect(n.comparisons!.map(row)).to.deep.equal([
      ['支出', 4800000, 300000, 6.67, 7],
      // The share clause between the figure and 同比 ("…，占一般公共预算支出的 93.75%，同比增加…").
      ['基本支出', 4500000, 200000, 4.65, 9],
      ['工资福利支出', 3500000, 150000, 4.48, 10],
      ['项目支出', 300000, 100000, 50, 11],
      ['政府采购', 17000, 17000, undefined, 17],
    ]);
    const income = n.shares!.find((s) => s.subject === 'income')!;
    expect([income.total, income.parts.map((p) => [p.label, p.amount, p.percent])]).to.deep.equal([4800000, [['一般公共预算拨款收入', 4800000, 100]]]);
    expect(n.procurement).to.deep.equal({ total: 17000, goods: 10000, works: 0, services: 7000, source: { line: 17 } });
    expect(n.assets!.vehicles).to.equal(1);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('compares the 元 narrative with the tables in their own unit', async () => {
    const text = await fixtureText(`variants/${fixture}.txt`);
    const wrong = text.replace('2026 年收入预算 4800000.00 元', '2026 年收入预算 4900000.00 元');
    const result = parse(wrong);
    const errors = audit(result.document!, { warnings: result.warnings }).filter((f) => f.severity === 'error');
    const r18 = errors.filter((f) => f.rule === 'R18');
    expect(r18.map((f) => f.message['zh-CN'])).to.deep.equal(['情况说明“收入预算” = 4,900,000.00，但 公开01表 本年收入合计 = 4,800,000.00']);
  });

  it('keeps a 万元 narrative in 万元 when a few prices are in 元', () => {
    const text = [
      '测试局2026年部门预算',
      '',
      '    2026 年支出预算 480.00 万元，同比增加 30.00 万元，增长 6.67%。',
      '    伙食补助标准每人每天 100 元，差旅住宿标准每人每天 350 元。',
      '',
    ].join('\n');
    const n = parse(text).document!.narrative!;
    expect(n.unit).to.equal('万元');
    expect(n.comparisons!.map(row)).to.deep.equal([['支出', 480, 30, 6.67, 3]]);
  });

  it('restates a 万元 or 亿元 figure of a 元 narrative exactly in 元', () => {
    const text = [
      '测试局2026年部门预算',
      '',
      '    2026 年支出预算 4800000.00 元，同比增加 300000.00 元，增长 6.67%。',
      '    基本支出预算 4500000.00 元，同比增加 200000.00 元。',
      '    项目支出 30.01 万元，同比增加 0.0001 亿元。',
      '',
    ].join('\n');
    const n = parse(text).document!.narrative!;
    expect(n.unit).to.equal('元');
    expect(n.comparisons!.map(row)).to.deep.equal([
      ['支出', 4800000, 300000, 6.67, 3],
      ['基本支出', 4500000, 200000, undefined, 4],
      ['项目支出', 300100, 10000, undefined, 5],
    ]);
  });
});
