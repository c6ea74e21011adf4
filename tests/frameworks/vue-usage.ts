// Vue 3's view of the widgets, type-checked against frameworks/vue.d.ts
// (tests/node/framework-types.test.ts): the props a template may bind, as GlobalComponents
// gives them to vue-tsc. Each @ts-expect-error must be an error.
import 'disclosure-widgets/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const sankey: Props<'budget-sankey'> = {
  data: {},
  money: 'fiscal',
  narrowBelow: 560,
  onDwSelect: (event) => console.log(event.detail.code, event.detail.value.toFixed(2)),
  onDwError: (event) => console.warn(event.detail.problems.length),
};
export const report: Props<'disclosure-report'> = { src: '/data/2021.json', lang: 'en' };

// @ts-expect-error: not one of by's values
export const badPie: Props<'spend-structure-pie'> = { by: 'colour' };
// @ts-expect-error: the detail has no such field
export const badListener: Props<'budget-sankey'> = { onDwSelect: (event) => event.detail.nope };
// @ts-expect-error: not an element of the library
export const missing: Props<'budget-sankee'> = {};
