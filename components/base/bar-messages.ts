/** Strings every bar widget shares (components/base/bar-marks.ts walks the rows the same way in each). English in bar-messages.en.ts, loaded when an element first speaks it (catalogue.ts). */
import { catalogue } from './catalogue.js';

export const BARS = catalogue(
  {
    keyboardHint: '用上下方向键逐项浏览，Home/End 到首项/末项，回车选择，Esc 取消。',
    focused: '{name}，{value}，第{index}项，共{count}项',
    unit: '单位：{unit}',
  },
  () => import('./bar-messages.en.js'),
);
