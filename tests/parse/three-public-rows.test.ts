// 表7 (三公) printed with its groups as rows (预算数 / 决算数 under one header) and with 会议费 |
// 培训费 beside the 三公 (read as meetings / training, not part of the 三公 小计): 西安卫健 2022
// 公开09表, lines 7696–7709 verbatim.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const text = [
  '西安市卫生健康委员会2022年度部门决算',
      "\f                                  财政拨款“三公”经费及会议费、培训费支出决算表",
      "                                                                                                                 公开09表",
      "编制部门：西安市卫生健康委员会（汇总）                                                                                        金额单位：万元",
      "                                   财政拨款安排的“三公”经费",
      "                                           公务用车购置及运行维护费",
      " 项目                    因公出国（境）费                                                              会议费             培训费",
      "         小计                                                      公务用车运行维护        公务接待费",
      "                          用         小计            公务用车购置费",
      "                                                                    费",
      " 栏次      1                2         3               4               5             6          7               8",
      "预算数           593.46                     591.60         136.48          455.12        1.86         86.81         2,795.78",
      "决算数           587.55                     587.44         136.48          450.96        0.11         86.81         2,795.78",
].join('\n');

describe('parse: 表7 with its groups as rows', () => {
  it('reads each labelled row into its group, under the leaves of the tree that broke no word', () => {
    const result = parse(text);
    const t7 = result.document!.tables.t7!;
    const brief = (g: Record<string, unknown> | undefined) => g && Object.fromEntries(Object.entries(g).filter(([k]) => k !== 'source'));
    // "预算数 593.46 (blank) 591.60 136.48 455.12 1.86 86.81 2,795.78": 593.46 is the 小计, 因公出国 is blank.
    // 593.46 = 591.60 + 1.86: the 小计 is the 三公's alone; 会议费 86.81 and 培训费 2,795.78 beside it.
    expect(brief(t7.budget)).to.deep.equal({ total: 593.46, abroad: null, vehicles: 591.6, vehiclePurchase: 136.48, vehicleOperation: 455.12, reception: 1.86, meetings: 86.81, training: 2795.78 });
    expect(brief(t7.final)).to.deep.equal({ total: 587.55, abroad: null, vehicles: 587.44, vehiclePurchase: 136.48, vehicleOperation: 450.96, reception: 0.11, meetings: 86.81, training: 2795.78 });
  });

  it('has no cell left over: 会议费 and 培训费 are read, nothing kept as printed or unread', () => {
    const result = parse(text);
    expect((result.document!.otherTables ?? []).filter((t) => t.of === 't7')).to.deep.equal([]);
    expect(result.warnings.filter((w) => w.code === 'column-kept' || w.code === 'column-unknown')).to.deep.equal([]);
  });
});

describe('parse: 表9 (三公) by year rows and items by fund', () => {
  const brief = (g: Record<string, unknown> | undefined) => g && Object.fromEntries(Object.entries(g).filter(([k]) => k !== 'source'));

  it('深圳大鹏 2026: 2026 年 is the budget, 2025 年 the previous one, each item\'s 一般公共预算 column, the change row left out', async () => {
    const t7 = parse(await fixtureText('real/shenzhen-ghzy-dapeng-2026-budget.layout.txt')).document!.tables.t7!;
    // Lines 1239–1241: "… 2025 年 17.60 0.00 0.00 0.00 … 17.60 0.00 0.00 12.00 …", "2026 年 4.40 …".
    expect(brief(t7.budget)).to.deep.equal({ total: 4.4, abroad: 0, vehicles: 4.4, vehiclePurchase: 0, vehicleOperation: 4.4, reception: 0 });
    expect(brief(t7.previousBudget)).to.deep.equal({ total: 17.6, abroad: 0, vehicles: 17.6, vehiclePurchase: 12, vehicleOperation: 5.6, reception: 0 });
  });

  it('深圳人社 2026: the department\'s rows, not the units\' that repeat the years below them', async () => {
    const t7 = parse(await fixtureText('real/shenzhen-renshe-2026-budget.layout.txt')).document!.tables.t7!;
    expect(brief(t7.budget)).to.deep.equal({ total: 299.23, abroad: 120.2, vehicles: 154.8, vehiclePurchase: 54, vehicleOperation: 100.8, reception: 24.23 });
    expect(brief(t7.previousBudget)).to.deep.equal({ total: 179.23, abroad: 1.4, vehicles: 153.6, vehiclePurchase: 48, vehicleOperation: 105.6, reception: 24.23 });
  });
});
