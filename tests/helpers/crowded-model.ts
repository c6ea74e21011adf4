/**
 * A 决算 flow model whose function-class column is crowded at its foot, like the real one
 * where "年末结转和结余 100.00" was pushed 44 px up beside 住房保障支出's bar: one large class
 * at the top, then 住房保障支出, then a run of small classes and the carry-over at the
 * bottom, each too thin for its label.
 */
import type { FlowModel, FlowNode, FlowLink } from '../../src/model/sankey-types.js';

const none = { cells: [] };

export function crowdedModel(): FlowModel {
  const classes: [string, string, number][] = [
    ['201', '一般公共服务支出', 5200],
    ['221', '住房保障支出', 1900],
    ['208', '社会保障和就业支出', 60],
    ['210', '卫生健康支出', 42],
    ['212', '城乡社区支出', 30],
    ['213', '农林水支出', 18],
    ['224', '灾害防治及应急管理支出', 12],
  ];
  const carry = 100;
  const spent = classes.reduce((s, [, , v]) => s + v, 0);
  const total = spent + carry;
  const nodes: FlowNode[] = [
    { id: 'income:generalBudget', kind: 'income', name: '一般公共预算财政拨款收入', column: 0, order: 0, value: total, provenance: none },
    { id: 'total', kind: 'total', name: '本年收入合计', column: 1, order: 0, value: total, provenance: none },
    ...classes.map(([code, name, value], i): FlowNode => ({ id: `fn:${code}`, kind: 'functionClass', code, name, column: 2, order: i, value, provenance: none })),
    { id: 'carryOverEnd', kind: 'carryOverEnd', name: '年末结转和结余', column: 2, order: classes.length, value: carry, provenance: none },
  ];
  const links: FlowLink[] = [
    { id: 'income:generalBudget->total', source: 'income:generalBudget', target: 'total', value: total, provenance: none },
    ...classes.map(([code, , value]): FlowLink => ({ id: `total->fn:${code}`, source: 'total', target: `fn:${code}`, value, provenance: none })),
    { id: 'total->carryOverEnd', source: 'total', target: 'carryOverEnd', value: carry, provenance: none },
  ];
  return {
    money: 'all',
    kind: 'final',
    unit: '万元',
    total,
    columns: [
      { 'zh-CN': '资金来源', en: 'Sources' },
      { 'zh-CN': '收入合计', en: 'Total income' },
      { 'zh-CN': '支出功能分类', en: 'Functions' },
    ],
    nodes,
    links,
    imbalances: [],
    omitted: [],
    classes: [],
    tables: ['t1'],
  };
}
