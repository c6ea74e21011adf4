/**
 * 一级 and 二级 indicator labels. The PDF layout prints them on the wrong row, splits them
 * over two lines ("社会公众或服务对象满" + "意度") or drops them; a row's 一级 follows from its
 * 二级 (成本指标 is 产出, 可持续影响 is 效益), so the 二级 decides when the two disagree.
 */

export type Level1 = 'output' | 'outcome' | 'satisfaction';

const LEVEL2_LABELS = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '经济效益',
  '社会效益',
  '生态效益',
  '可持续影响',
  '社会公众或服务对象满意度指标',
  '社会公众或服务对象满意度',
  '服务对象满意度指标',
  '服务对象满意度',
  '满意度',
];

const LEVEL1 = /^(?:项目)?(产出|效益|满意度)(?:指标)?\s*(?:[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）])?$/;

export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** "项目产出 (50分)" → output; a fragment "满意度指" too. */
export function level1Of(cell: string): Level1 | undefined {
  const t = compact(cell);
  if (t === '') return undefined;
  const match = LEVEL1.exec(t);
  const word = match?.[1] ?? (/^(?:项目)?(?:产出|效益|满意度指)$/.test(t) ? t : undefined);
  if (word === undefined) return undefined;
  if (/满意/.test(word)) return 'satisfaction';
  if (/效益/.test(word)) return 'outcome';
  return 'output';
}

/** A printed 二级 label, completed when the cell is the first part of a split label. */
export function level2Of(cell: string): string | undefined {
  const t = compact(cell);
  if (t.length < 2) return undefined;
  if (LEVEL2_LABELS.includes(t)) return t;
  if (t.length >= 4) {
    // The shortest completion: "社会公众或" is printed as 社会公众或服务对象满意度 far more often.
    const completed = LEVEL2_LABELS.filter((label) => label.startsWith(t)).sort((a, b) => a.length - b.length)[0];
    if (completed) return completed;
  }
  return undefined;
}

/** The second part of a split label ("意度", "标(10分)", "服务对象满意度"): nothing to read. */
export function isLabelTail(cell: string): boolean {
  const t = compact(cell);
  if (t === '') return false;
  if (/^标?[(（]\d+(?:\.\d+)?分[)）]$/.test(t)) return true;
  return LEVEL2_LABELS.some((label) => label.endsWith(t) && label !== t) || LEVEL2_LABELS.includes(t);
}

export function level1From(level2: string): Level1 | undefined {
  if (/数量|质量|时效|成本|产出/.test(level2)) return 'output';
  if (/效益|可持续/.test(level2)) return 'outcome';
  if (/满意/.test(level2)) return 'satisfaction';
  return undefined;
}
