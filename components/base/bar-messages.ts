/** Strings every bar widget shares (components/base/bar-marks.ts walks the rows the same way in each). */
import type { Localized } from '../../src/format/messages.js';

export const BARS: Record<string, Localized> = {
  keyboardHint: {
    'zh-CN': '用上下方向键逐项浏览，Home/End 到首项/末项，回车选择，Esc 取消。',
    en: 'Use the up and down arrow keys to move between rows, Home/End for the first/last, Enter to select, Escape to clear.',
  },
  focused: { 'zh-CN': '{name}，{value}，第{index}项，共{count}项', en: '{name}, {value}, row {index} of {count}' },
  unit: { 'zh-CN': '单位：{unit}', en: 'Unit: {unit}' },
};
