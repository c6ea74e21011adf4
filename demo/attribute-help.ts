/**
 * What each attribute means, in Chinese. The manifest (custom-elements.json) documents the
 * attributes in English from the elements' JSDoc; the demo shows that text on the English page
 * and this one on the Chinese page. Keyed by attribute, or `tag:attribute` where one element
 * means something of its own by it. tests/node/demo-catalogue.test.ts fails when an attribute
 * in the manifest has no entry here, so a new attribute cannot appear in English only.
 */
export const ATTRIBUTE_HELP_ZH: Record<string, string> = {
  src: '文档 JSON 文件的网址（元素移除或网址改变时中止加载）。',
  'previous-src': '上一年度文档 JSON 的网址（画出上年决算数作对比）。',
  lang: '语言：zh-CN 或 en；默认取页面上最近的 lang，否则为 zh-CN。',
  unit: '金额显示的单位；默认 auto（自动选择）。',
  'disclosure-audit:unit': '与其他组件一样接受，但核对结果引用各表原样印出的数字和各表自己的单位，不换算。',
  'performance-scorecard:unit': '资金显示的单位；默认 auto。CSV 和数据表保留原表单位。',
  toolbar: '显示下载 SVG、PNG、CSV 的按钮。',
  theme: '明暗：auto 跟随系统设置，light 浅色，dark 深色。',
  money: '全部资金（公开01、03、06表）或仅财政拨款（公开04、05、06表）。',
  depth: '功能分类的层级：类（class）、款（item）或项（subitem）。',
  'budget-sankey:order': 'official 按编码和表内顺序，value 按金额从大到小。',
  'budget-execution:order': 'code 按官方编码（按类分组），deviation 按决算与预算之差从大到小。',
  orientation: 'auto（窄于 narrow-below 时竖排）、horizontal 横排或 vertical 竖排。',
  'narrow-below': '宽度（px）小于此值时改用窄版布局。',
  'label-size': '标签字号（px），12 至 48。',
  view: 'items 逐项对比年初预算与决算，yoy 对比本年与上年。',
  by: '按什么分解：class 功能分类，kind 支出性质，income 收入来源，economic 经济分类，fund 资金性质。',
  variant: 'donut 环形（中间写合计），pie 饼图。',
  'min-share': '占比（%）低于此值的扇区合并为“其他 (N项)”。',
  project: '项目：名称，或在绩效自评表中的序号（从 0 起）；默认第一个。',
};

/** The Chinese help for `attribute` of `tag`, if any. */
export function attributeHelpZh(tag: string, attribute: string): string | undefined {
  return ATTRIBUTE_HELP_ZH[`${tag}:${attribute}`] ?? ATTRIBUTE_HELP_ZH[attribute];
}
