/** Strings of the shared widget frame (beyond `COMMON` in src/format/messages.ts). English in messages.en.ts, loaded when an element first speaks it (catalogue.ts). */
import { catalogue } from './catalogue.js';

export const FRAME = catalogue(
  {
    problemCount: '共 {count} 处问题：',
    empty: '本文档没有可以绘制的数据。',
    toolbar: '导出',
    source: '出处',
    amount: '金额（{unit}）',
    unitNote: '单位：{unit}',
    code: '科目{code}',
    derivedHow: '推算：{how}',
    listSeparator: '、',
    pngFailed: '无法生成 PNG 图片，请改用 SVG 或 CSV 下载。',
  },
  () => import('./messages.en.js'),
);
