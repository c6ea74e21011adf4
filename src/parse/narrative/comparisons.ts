/**
 * Year-over-year (and budget) comparisons: "财政拨款收入6,443.60万元。与2020年度相比，减少
 * 6,539.32万元，下降50.37%。主要是…", "上级补助收入0.00万元。与上年决算数一致。"
 */
import type { TextLine } from '../lines.js';
import { NUM, numberIn, reasonIn, sentence, source } from './text.js';

type Subject = string;

const SUBJECTS: ReadonlyArray<[RegExp, Subject]> = [
  // 收支总计, 收、支总计, 收入、支出决算总计 (预算总计 in a budget).
  // A budget's 财政拨款收支总预算 / 财政拨款收支预算总额 is the same total.
  [/财政拨款收入?[、，,]?支出?(?:决算|预算)?总计|财政拨款收入总计|财政拨款收支(?:总(?:预算)?$|预算总额)/, 'fiscalGrandTotal'],
  // "收入支出总体与上年相比": the 总计 the sentence before stated.
  [/收入?[、，,]?支出?(?:决算|预算)?总计|^(?:收入|支出)(?:决算|预算)?总计|^收入?[、，,]?支出?总体$/, 'grandTotal'],
  // "本年收入合计1,100.00万元": the opening takes 合计 as its verb, leaving 本年收入.
  [/本年收入(?:合计)?$/, 'incomeTotal'],
  [/本年支出(?:合计)?$/, 'expenditureTotal'],
  [/一般公共预算财政拨款基本支出|^基本支出/, 'basicExpenditure'],
  // A 部门预算 says 一般公共预算(拨款)支出(预算) for the same 财政拨款 spending (its 一般公共预算支出表).
  [/一般公共预算财政拨款支出|^一般公共预算(?:拨款)?支出(?:预算)?$/, 'generalBudgetExpenditure'],
  [/项目支出/, 'projectExpenditure'],
  [/人员经费/, 'personnelCosts'],
  [/公用经费/, 'publicCosts'],
  [/三公/, 'threePublic'],
  [/机关运行经费|拨款运行经费/, 'operatingCosts'],
  [/财政拨款收入/, 'income.fiscal'],
  [/上级补助收入/, 'income.superiorSubsidy'],
  [/事业收入/, 'income.institution'],
  [/经营收入/, 'income.operating'],
  [/附属单位上缴收入/, 'income.affiliated'],
  [/其他收入/, 'income.other'],
  [/上缴上级支出/, 'expenditure.superiorRemit'],
  [/经营支出/, 'expenditure.operating'],
  [/对附属单位补助支出/, 'expenditure.subsidiaryGrant'],
];

export function subjectOf(label: string): Subject {
  for (const [pattern, subject] of SUBJECTS) if (pattern.test(label)) return subject;
  return 'other';
}

/** "2023年度，本单位…": a 单位决算 puts a comma after the year and names itself. */
export const YEAR_LEAD = '(?:(?:19|20)\\d{2}年度?[，,]?)?(?:本(?:部门|单位))?';
const OPENING = new RegExp(`^(?:\\d+[、.．]\\s*)?${YEAR_LEAD}([^，。；\\d]{2,40}?)(?:决算)?(?:均?为|共计|合计)?(${NUM})万元`);
/** "收入支出总体与上年相比，增加…": the subject first, its amount in the sentence before. */
const SUBJECT_FIRST = new RegExp(`^${YEAR_LEAD}([^，。；\\d]{2,20}?)与(?:(?:19|20)\\d{2}年度?|上年(?:度)?(?:决算数?)?)相比`);
const DOWN = /减少|下降|降低/;
const VERSUS_YEAR = new RegExp(
  `与(?:(?:19|20)\\d{2}年度?|上年(?:度)?(?:决算数?)?)相比[，,]?[^，。\\d]*?(增加|减少|增长|下降)了?(${NUM})万元(?:[，,]\\s*(增长|下降|降低|减少|增加)(${NUM})%)?`,
);
const VERSUS_BUDGET = new RegExp(
  `比(?:年初)?预算数?(增加|减少|增长|下降)(${NUM})万元(?:[，,]\\s*(增长|下降|减少|增加)(${NUM})%)?`,
);
/** The change in percent alone ("比上年增长1.0%", "较2022年度下降3.5%"): no amount printed. */
const VERSUS_PERCENT = new RegExp(`(?:比|较|与)(?:(?:19|20)\\d{2}年度?|上年度?)(?:决算数?)?(?:相比)?[，,]?(增长|下降|降低|增加|减少)(${NUM})%`);
// A budget compares with last year's budget: "与上年预算持平", "与2025年预算数持平".
const SAME = /与上年度?(?:决算|预算)?数?(?:基本)?(?:一致|持平|相同)|与(?:19|20)\d{2}年度?(?:决算|预算)?数?(?:基本)?(?:一致|持平|相同)/;

export interface ComparisonOut {
  subject: Subject;
  label: string;
  current: number | null;
  comparedWith?: 'previousYear' | 'budget';
  change?: number;
  changePercent?: number;
  direction?: 'increase' | 'decrease' | 'same';
  reason?: string;
  source?: object;
}

/** A comparison sentence, or undefined when the line is not one. */
export function readComparison(line: TextLine): ComparisonOut | undefined {
  const text = sentence(line);
  // An execution sentence: its first figure is the budget, never what the change is about.
  // "完成年初预算100%" is a rate, not that figure: the sentence's comparison still stands.
  if (new RegExp(`年初预算(?:数)?为?${NUM}万元`).test(text)) return undefined;
  const opening = OPENING.exec(text);
  const first = opening ? null : SUBJECT_FIRST.exec(text);
  if (!opening && !first) return undefined;
  const label = cleanLabel((opening ?? first)![1]!.replace(/^(?:[、，]|其中[:：])/, '').trim());
  // "与上年相比增加 36.6 万元" opening its own line: the figure is the change, the item is
  // on the line above; reading 36.6 as this year's amount would be wrong.
  if (/^与.{0,12}相比/.test(label)) return undefined;
  // Named first, the amount is the one the sentence before stated (`readStatement`).
  const current = opening ? numberIn(opening[2]!) : null;
  if (first && subjectOf(label) === 'other') return undefined;
  const out: ComparisonOut = { subject: subjectOf(label), label, current };
  const year = VERSUS_YEAR.exec(text);
  const budget = year ? null : VERSUS_BUDGET.exec(text);
  const match = year ?? budget;
  if (match) {
    const down = DOWN.test(match[1]!);
    // previousYear is the schema's default: say so only when the text compares with the budget.
    if (!year) out.comparedWith = 'budget';
    out.change = down ? -numberIn(match[2]!) : numberIn(match[2]!);
    if (match[4] !== undefined) out.changePercent = DOWN.test(match[3]!) ? -numberIn(match[4]) : numberIn(match[4]);
    out.direction = down ? 'decrease' : 'increase';
  } else if (VERSUS_PERCENT.test(text)) {
    const percent = VERSUS_PERCENT.exec(text)!;
    const down = DOWN.test(percent[1]!);
    out.changePercent = down ? -numberIn(percent[2]!) : numberIn(percent[2]!);
    out.direction = down ? 'decrease' : 'increase';
  } else if (SAME.test(text)) {
    out.change = 0;
    out.direction = 'same';
  } else {
    return undefined;
  }
  const percent = match ? null : VERSUS_PERCENT.exec(text);
  const stated = match ?? percent;
  const reason = reasonIn(text.slice(stated ? stated.index + stated[0].length : 0));
  if (reason && stated) out.reason = reason;
  out.source = source(line);
  return out;
}

/**
 * A figure stated without a comparison ("2023年度收入总计520.00万元，其中：…"): what a later
 * sentence that names its subject first compares ("收入支出总体与上年相比，增加…").
 */
export function readStatement(line: TextLine): { subject: Subject; amount: number } | undefined {
  const opening = OPENING.exec(sentence(line));
  if (!opening) return undefined;
  const subject = subjectOf(cleanLabel(opening[1]!.trim()));
  return subject === 'other' ? undefined : { subject, amount: numberIn(opening[2]!) };
}

/** "机关运行经费支出" → "机关运行经费"; "一般公共预算财政拨款“三公”经费支出" → "“三公”经费". */
export function cleanLabel(label: string): string {
  return label.replace(/^一般公共预算财政拨款(?=[“"]?三公)/, '').replace(/(经费)支出$/, '$1');
}
