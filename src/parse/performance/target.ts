/**
 * An indicator value as printed: "≥12人", "=100%", "≤7.35万元", "≥3 家", "3年", or a word
 * such as 是 / 提升 / 及时. The text is always kept; comparator, number and unit only when
 * the cell is that simple, so prose is never mistaken for a target.
 */

export interface TargetOut {
  text: string;
  comparator?: '≥' | '≤' | '=' | '>' | '<';
  value?: number;
  unit?: string;
}

const COMPARATORS: Record<string, TargetOut['comparator']> = {
  '≥': '≥',
  '>=': '≥',
  '≧': '≥',
  '不低于': '≥',
  '≤': '≤',
  '<=': '≤',
  '≦': '≤',
  '不高于': '≤',
  '不超过': '≤',
  '不多于': '≤',
  '小于等于': '≤',
  '不少于': '≥',
  '大于等于': '≥',
  '=': '=',
  '＝': '=',
  '>': '>',
  '＞': '>',
  '<': '<',
  '＜': '<',
};

const SHAPE = /^(≥|>=|≧|不低于|不少于|大于等于|≤|<=|≦|不高于|不超过|不多于|小于等于|=|＝|>|＞|<|＜)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*([^\d\s，。,;；]{0,8})$/;

export function parseTarget(cell: string): TargetOut {
  const text = cell.trim().replace(/\s+/g, ' ');
  const out: TargetOut = { text };
  const match = SHAPE.exec(text);
  if (!match) return out;
  const value = Number(match[2]!.replace(/,/g, ''));
  if (!Number.isFinite(value)) return out;
  if (match[1]) out.comparator = COMPARATORS[match[1]]!;
  out.value = value;
  if (match[3]) out.unit = match[3];
  return out;
}

/**
 * A target printed over the columns 指标性质 | 指标值 | 计量单位 (≥ | 27 | 座) as one value;
 * a 定性 (qualitative) one is its text alone.
 */
export function targetOfParts(nature: string, value: string, unit: string): TargetOut {
  return nature === '定性' ? { text: value } : parseTarget(`${nature}${value}${unit}`);
}
