// A 绩效目标表 printing its goal in two columns, 实施期总目标 | 年度目标, under a 总体目标 label down
// the left edge, the columns one space apart in space text (陕西's 项目支出绩效目标表; 西安交通
// 2022 附表16). Both are read — the year's as goal.expected, the period's as goal.period — and no
// goal line is reported unread or dropped silently. The same cards print a 二级 label alone
// between the two rows it labels (centred on its group), beside a piece of the vertical 绩效指标.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse: a 绩效目标表 goal in two columns (实施期总目标 | 年度目标)', () => {
  it('reads each column, wrapped over lines, one space apart, and a continuation of the year\'s alone', async () => {
    const result = parse(await fixtureText('variants/period-goal-targets.txt'));
    expect(result.warnings.filter((w) => w.code !== 'table-absent' && w.code !== 'no-tables')).to.deep.equal([]);
    const card = result.document!.performance!.scorecards[0]!;
    expect(card.name).to.equal('测试市公路养护专项资金');
    expect(card.goal).to.deep.equal({
      period: '三年内完成省道107（关中环线）全线大中修和沿线农村公路养护，路况优良率达到90%以上。',
      expected: '2022年完成省道107（关中环线）西段大中修和沿线农村公路养护及安全防护工程，路况优良率达到85%。（第一年）',
      actual: '',
    });
    expect(card.indicators.map((i) => `${i.level1} ${i.level2} ${i.name} ${i.target.text}`)).to.deep.equal([
      'output 数量指标 公路养建里程 120公里',
      'output 质量指标 养建工程合格率 100%',
      'output 时效指标 按期完工率 100%',
      // 经济效益指标 printed on its one row's line; 社会效益指标 alone between its two rows, beside
      // the 标 of a vertical 绩效指标 label: no row "标" with the target 社会效益指标.
      'outcome 经济效益指标 区域经济发展 明显提升',
      'outcome 社会效益指标 群众出行条件 明显提升',
      'outcome 社会效益指标 货物流通 明显顺畅',
    ]);
    expect(validate(result.document).ok).to.equal(true);
  });

  it('西安交通 2022 附表16: the goal is read, no line of it unread', async () => {
    const result = parse(await fixtureText('real/xian-jiaotong-2022-budget.layout.txt'));
    const card = result.document!.performance!.scorecards.find((c) => c.name === '西安市交通运输发展专项资金')!;
    const text = '2022年交通运输发展专项资金用于省道107（关中环线）大中修工程、农村公路养护及安全防护工程、三条快速干道的征迁工程、周至西南塬区公路工程以及“四好农村路”创建奖补等。';
    expect(card.goal).to.deep.equal({ period: text, expected: text, actual: '' });
    expect(result.warnings.filter((w) => w.code === 'line-unread')).to.deep.equal([]);
    expect(card.indicators.filter((i) => i.level2 === '社会效益指标').map((i) => i.name)).to.deep.equal(['群众出行条件', '货物流通']);
    expect(card.indicators.some((i) => i.name === '标')).to.equal(false);
  });
});
