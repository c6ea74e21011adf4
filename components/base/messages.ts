/** Strings of the shared widget frame (beyond `COMMON` in src/format/messages.ts). */
import type { Localized } from '../../src/format/messages.js';

export const FRAME: Record<string, Localized> = {
  problemCount: { 'zh-CN': '共 {count} 处问题：', en: 'Problems found: {count}' },
  empty: { 'zh-CN': '本文档没有可以绘制的数据。', en: 'This document has nothing to draw.' },
  toolbar: { 'zh-CN': '导出', en: 'Export' },
  source: { 'zh-CN': '出处', en: 'Source' },
  amount: { 'zh-CN': '金额（{unit}）', en: 'Amount ({unit})' },
  unitNote: { 'zh-CN': '单位：{unit}', en: 'Unit: {unit}' },
  code: { 'zh-CN': '科目{code}', en: 'code {code}' },
  derivedHow: { 'zh-CN': '推算：{how}', en: 'Derived: {how}' },
  listSeparator: { 'zh-CN': '、', en: ', ' },
  pngFailed: {
    'zh-CN': '无法生成 PNG 图片，请改用 SVG 或 CSV 下载。',
    en: 'The PNG image could not be made; download the SVG or CSV instead.',
  },
};
