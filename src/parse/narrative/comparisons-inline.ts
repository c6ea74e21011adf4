/**
 * Year-over-year comparisons written inline, the budget documents' way: "收入比 2025 年减少
 * 246429.22 万元", "一般公共预算拨款支出 74868.34 万元，较上年增加了 6915.49 万元",
 * "较 2025 年年初预算减少 505.87 万元，下降 10.09%", "比上年预算减少 20.78 万元". A
 * sentence often carries several ("其中：因公出国（境）费 X 万元，比 2025 年减少 7.00 万元；
 * 公务接待费 …，比 2025 年减少 …"), so every one is read; each takes the label and amount
 * printed just before it in its own clause.
 */
import type { TextLine } from '../lines.js';
import type { ComparisonOut } from './comparisons.js';
import { cleanLabel, subjectOf as subjectOfLabel } from './comparisons.js';
import { NUM, numberIn, reasonIn, sentence, source } from './text.js';
import { COMPLETION_CLAUSE } from './completion.js';

/** 比/较 + the previous year (2025 年, 上年, 上年度, 上年预算, 2025 年年初预算) + the word + the change. */
const VERSUS = new RegExp(
  `(?:(?:比|较)(?:(?:19|20)\\d{2}年度?|上年度?)(?:年初)?(?:预算数?|决算数?|执行数?)?|同比)(增加|减少|增长|下降)了?(${NUM})万元` +
    `(?:[，,]\\s*(?:增长|下降|减少|增加|增|减|降)了?(?:幅度为)?(${NUM})%)?`,
  'g',
);
/** The last "label amount 万元" of a clause: what the comparison is about. */
const FIGURE = new RegExp(
  `([^，,。；;：:\\d%]{0,40}?(?:(?:19|20)\\d{2}\\s*年度?)?[^，,。；;：:\\d%]{0,40}?)(?:为|共计|合计|是)?(${NUM})万元`,
  'g',
);
/**
 * What may stand between the compared figure and 比/较: nothing, what it is used for, or its
 * share ("基本支出预算 881300.39 元，占一般公共预算支出的 96.74%，同比减少…", 广西): the share
 * clause has no figure of its own, so the comparison is still the figure's.
 */
const GLUE = new RegExp(`^[\\s，,]*(?:(?:主要)?用于[^，,]*(?:[，,][^，,]*)*?[，,]\\s*)?(?:占[^，,。；%\\d]{0,30}${NUM}\\s*%[，,]\\s*)?$`);
/** A clause that starts like this names a use, not the figure compared. */
const USE = /^(?:主要)?用于|^主要是/;

/**
 * A bare "基本支出" after "一般公共预算财政拨款支出 X 万元，…其中：" is that fund's part, not the
 * department's 基本支出 of 表3: its subject is left open.
 */
function subjectOf(label: string, before: string) {
  const subject = subjectOfLabel(label);
  const part = (subject === 'basicExpenditure' || subject === 'projectExpenditure') && /^(?:基本|项目)支出$/.test(label);
  return part && /财政拨款|一般公共预算|政府性基金/.test(before) ? 'other' : subject;
}

/** Every inline comparison of a line; `[]` when it has none. */
export function readInlineComparisons(line: TextLine): ComparisonOut[] {
  const text = sentence(line);
  const out: ComparisonOut[] = [];
  for (const match of text.matchAll(VERSUS)) {
    const at = match.index!;
    const clauseStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf(';', at)) + 1;
    // "…决算为34.08万元，完成全年预算50.74万元的67.2%，比上年…": the comparison is the final's,
    // not the budget's inside the rate.
    const before = text.slice(clauseStart, at).replace(COMPLETION_CLAUSE, '');
    const figure = lastFigure(before);
    let label: string;
    let current: number | null = null;
    if (figure && GLUE.test(before.slice(figure.end))) {
      label = figure.label;
      current = figure.amount;
    } else {
      // "收入比 2025 年减少…": the subject is named right before 比, with no amount.
      label = trimLabel(before.slice(figure ? figure.end : 0));
    }
    // "1.因公出国（境）费用。2026 年预算数 0.00 万元，较…": the item is the clause before.
    // "（5）住房保障支出 1838.94 万元。较上年增加了…": the figure is the clause before.
    if (label === '' && clauseStart > 0) {
      const previous = previousClause(text, clauseStart);
      const whole = lastFigure(previous);
      if (whole && whole.end === previous.length && /^[\s（(\d一二三四五六七八九十]*$/.test(previous.slice(0, whole.end - whole.text.length))) {
        label = whole.label;
        current = whole.amount;
      } else if (!/\d/.test(trimLabel(previous)) && trimLabel(previous).length <= 20) label = trimLabel(previous);
    }
    if (label.length < 2 || USE.test(label)) continue;
    const down = /减少|下降/.test(match[1]!);
    const comparison: ComparisonOut = { subject: subjectOf(label, text.slice(0, at)), label, current, direction: down ? 'decrease' : 'increase' };
    const change = numberIn(match[2]!);
    comparison.change = down ? -change : change;
    if (match[3] !== undefined) comparison.changePercent = down ? -numberIn(match[3]) : numberIn(match[3]);
    const reason = reasonIn(text.slice(at + match[0].length).replace(/^[，,]\s*/, ''));
    const after = text.slice(at + match[0].length);
    // The reason after a comma, or opening the next sentence ("…下降4.3%。主要原因是…"; a use,
    // "。主要用于…", is no reason).
    if (reason && (/^[，,]?\s*(?:主要|原因|其原因)/.test(after) || /^。\s*(?:主要原因|原因|其原因|主要是|主要由于)/.test(after))) {
      comparison.reason = reasonIn(after.replace(/^[，,。]\s*/, ''));
    }
    comparison.source = source(line);
    out.push(comparison);
  }
  return out;
}

function lastFigure(clause: string): { label: string; amount: number; end: number; text: string } | undefined {
  let last: RegExpMatchArray | undefined;
  for (const match of clause.matchAll(FIGURE)) last = match;
  if (!last) return undefined;
  return { label: trimLabel(last[1]!), amount: numberIn(last[2]!), end: last.index! + last[0].length, text: last[0] };
}

/** The clause that ends right before `start` (its "。" or "；" dropped). */
function previousClause(text: string, start: number): string {
  const end = start - 1;
  const from = Math.max(text.lastIndexOf('。', end - 1), text.lastIndexOf('；', end - 1), text.lastIndexOf(';', end - 1)) + 1;
  return text.slice(from, end);
}

/** "其中：2026 年一般公共预算拨款支出" → "一般公共预算拨款支出". */
function trimLabel(label: string): string {
  return cleanLabel(
    label
      .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '')
      .replace(/^[\s、，,.．（(）)]+/, '')
      .replace(/^(?:其中|另外|此外)[:：]?/, '')
      .replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '')
      .replace(/(?:19|20)\d{2}\s*年度?/, '')
      .replace(/(?:本年|当年)?(?:预算数|决算数|(?<!总)预算|决算)$/, '')
      .replace(/^本(?:部门|单位)/, '')
      .replace(/[\s，,]+$/, '')
      .trim(),
  );
}
