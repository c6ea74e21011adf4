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
  // 2021 财政部 framework: 成本指标 is a 一级 of its own with these 二级 (read as 产出's part).
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
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
  // A label cut by a narrow column ("数量" / "指标", "社会效" / "益指标", "服务对" / "象满意" /
  // "度指标"): the head completes it. The shortest completion: "社会公众或" is printed as
  // 社会公众或服务对象满意度 far more often.
  const completed = LEVEL2_LABELS.filter((label) => label.startsWith(t)).sort((a, b) => a.length - b.length)[0];
  if (completed) return completed;
  return undefined;
}

/** Characters of a label printed down a narrow column (绩 / 效 / 指 / 标, 年度 / 绩效 / 指标). */
const VERTICAL = /^(?:绩|效|指|标|绩效|指标|年度|完成|情况|[(（]?\d+(?:\.\d+)?分[)）]?)$/;

/** Any piece of a 一级 / 二级 label: its head, its middle ("象满意"), its tail, or a vertical character. */
export function isLabelPiece(cell: string): boolean {
  const t = compact(cell);
  if (t === '') return false;
  if (VERTICAL.test(t) || level1Of(t) || isLabelTail(t)) return true;
  return t.length >= 2 && LEVEL2_LABELS.some((label) => label.includes(t));
}

/**
 * Cells whose leading words are label pieces printed one space before the 三级 name
 * ("影响 指标1：项目实施可持续影响", "象满意 指标1：群众满意率"): those words become cells of
 * their own, so the name is the name.
 */
export function peelLabels(cells: string[]): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    const words = cell.trim().split(/\s+/);
    let k = 0;
    while (k < words.length - 1 && isLabelPiece(words[k]!)) k++;
    if (k === 0) out.push(cell);
    else out.push(...words.slice(0, k), words.slice(k).join(' '));
  }
  return out;
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
