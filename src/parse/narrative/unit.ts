/**
 * The unit the 情况说明 counts in. Most texts say 万元; some regions print it in 元 throughout
 * (广西 梧州's 部门预算: "基本支出预算 881300.39 元，占一般公共预算支出的 96.74%，同比减少
 * 166271.4 元"), and every sentence reader reads "X万元", so such a narrative was read as having
 * no figure at all. When 元 figures are most of the narrative's money figures, its unit is 元:
 * each figure is restated in 元 under the readers' word "万元" (which then means the narrative's
 * unit), a 万元 or 亿元 figure among them multiplied exactly, and the narrative says `unit: 元`,
 * so the amounts stay as printed and the audit compares them in the right unit.
 */
import type { TextLine } from '../lines.js';
import { NUM, numberIn } from './text.js';

export type NarrativeUnit = '万元' | '元';

/** A money figure and its unit word ("4,800,000.00 元", "12.5 万 元", "3.2亿元"). */
const FIGURE = new RegExp(`(${NUM})\\s*(万\\s*|亿)?元`, 'g');
/** Fewer 元 figures than this are prices or standards in a 万元 text ("每人每月300元"). */
const AT_LEAST = 3;

export function narrativeUnitOf(sentences: readonly TextLine[]): NarrativeUnit {
  let yuan = 0;
  let larger = 0;
  for (const line of sentences) {
    for (const match of line.text.matchAll(FIGURE)) {
      if (match[2]) larger++;
      else yuan++;
    }
  }
  return yuan >= AT_LEAST && yuan > larger ? '元' : '万元';
}

/** The sentences as the readers take them: in a 元 narrative every figure restated in 元. */
export function inNarrativeUnit(sentences: TextLine[]): { unit: NarrativeUnit; sentences: TextLine[] } {
  const unit = narrativeUnitOf(sentences);
  if (unit === '万元') return { unit, sentences };
  return { unit, sentences: sentences.map((line) => ({ ...line, text: line.text.replace(FIGURE, restated) })) };
}

function restated(_: string, figure: string, larger: string | undefined): string {
  if (!larger) return `${figure}万元`;
  const scale = larger.startsWith('亿') ? 100000000 : 10000;
  // Cents of the product, rounded once: 12.34万元 is 123400 元 exactly, not 123399.99999.
  return `${Math.round(numberIn(figure) * scale * 100) / 100}万元`;
}
