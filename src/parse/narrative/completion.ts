/**
 * Budget against final worded final first, the budget inside the rate ("“三公”经费财政拨款支出决算为
 * 34.08万元，完成全年预算50.74万元的67.2%，比上年决算数减少…", 深圳 罗湖): one sentence often
 * holds the total and every item, each in its own clause ("其中：因公出国（境）费支出决算为0.94万元，
 * 完成全年预算0.94万元的100%…；公务用车购置及运行维护费支出决算为…"), so every clause is read.
 * `execution.ts` reads the "年初预算为…，支出决算为…，完成年初预算的…%" order.
 */
import type { TextLine } from '../lines.js';
import type { ExecutionItemOut } from './execution.js';
import { NUM, numberIn, sentence, source } from './text.js';

/** The clause's label, its final, the budget and the rate. */
const COMPLETED = new RegExp(
  `([^，,。；;：:]*?)决算(?:数)?为(${NUM})万元[，,]\\s*完成(?:全年|年初|年度)?预算(?:数)?(${NUM})万元的(${NUM})%`,
  'g',
);

/** "完成全年预算50.74万元的67.2%" after a figure: a budget clause, not a figure of its own. */
export const COMPLETION_CLAUSE = new RegExp(`[，,]\\s*完成(?:全年|年初|年度)?预算(?:数)?${NUM}万元的${NUM}%`, 'g');

export function readCompletions(line: TextLine): ExecutionItemOut[] {
  const text = sentence(line);
  const out: ExecutionItemOut[] = [];
  for (const match of text.matchAll(COMPLETED)) {
    const label = match[1]!
      .replace(/^\s*(?:其中)?\s*/, '')
      // "深圳市…街道办事处2024年度“三公”经费…": the department and the year are not the item.
      .replace(/^.*?(?:19|20)\d{2}年度?/, '')
      .replace(/^(?:\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])\s*/, '')
      .trim();
    if (label.length < 2) continue;
    out.push({ label, budget: numberIn(match[3]!), final: numberIn(match[2]!), rate: numberIn(match[4]!), source: source(line) });
  }
  return out;
}
