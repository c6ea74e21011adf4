/**
 * 会议费 and 培训费 as the "三公" section states them (many regions explain them beside the
 * 三公, as their 表7 prints them beside it): "会议费预算支出158.44万元，比上年预算减少42万元"
 * (a budget: the amount and its change) or "安排培训费预算2,795.78万元，支出决算2,795.78万元，
 * 完成预算的100%" (a 决算: budget against final). Only a sentence that names the item right
 * before its figure: a list of spending kinds ("办公费、…、会议费、培训费…") names no amount.
 */
import type { TextLine } from '../lines.js';
import { NUM, numberIn, reasonIn, sentence, source } from './text.js';

type Obj = Record<string, unknown>;

const ITEMS = [
  ['meetings', '会议费'],
  // 教育培训费 is a project's name, 培训费收入 an income: neither is this item.
  ['training', '(?<!教育)培训费'],
] as const;

/** Words that may stand between the item and its figure ("会议费预算支出", "培训费支出决算为"). */
const BETWEEN = '[年初全预算支出决为数共计合安排]{0,8}';
const RATE = new RegExp(`完成(?:年初|全年)?预算的?(${NUM})%`);
const CHANGE = new RegExp(`^[，,]\\s*(?:比|较|与)上年(?:预算|决算)?数?(?:相比)?[，,]?(增加|减少|增长|下降)(${NUM})万元`);
const SAME = /^[，,]\s*(?:比|较|与)上年(?:预算|决算)?数?(?:相比)?[，,]?(?:持平|相同|一致|无变化)/;

/** Adds each item the sentence states; true when it stated any. */
export function addRelatedFigures(details: Obj, line: TextLine): boolean {
  const text = sentence(line);
  let found = false;
  for (const [key, name] of ITEMS) {
    if (key in details) continue;
    const item = readItem(text, name, key === 'meetings' ? '会议费' : '培训费');
    if (!item) continue;
    details[key] = { ...item, source: source(line) };
    found = true;
  }
  if (found) details.source ??= source(line);
  return found;
}

function readItem(text: string, name: string, label: string): Obj | undefined {
  const first = new RegExp(`${name}(${BETWEEN})(${NUM})万元`).exec(text);
  if (!first) return undefined;
  const words = first[1]!;
  const amount = numberIn(first[2]!);
  const after = text.slice(first.index + first[0].length);
  // "…预算X万元，支出决算Y万元": budget against final, an execution item.
  const final = new RegExp(`^[，,]?\\s*(?:实际)?(?:支出)?决算(?:数)?(?:为)?(${NUM})万元`).exec(after);
  if (/预算/.test(words) && !/决算/.test(words) && final) {
    const execution: Obj = { label, budget: amount, final: numberIn(final[1]!) };
    const rate = RATE.exec(after);
    if (rate) execution.rate = numberIn(rate[1]!);
    const reason = reasonIn(after);
    if (reason) execution.reason = reason;
    return { execution };
  }
  const out: Obj = { amount };
  const change = CHANGE.exec(after);
  if (change) {
    const down = /减少|下降/.test(change[1]!);
    out.change = down ? -numberIn(change[2]!) : numberIn(change[2]!);
    out.direction = down ? 'decrease' : 'increase';
  } else if (SAME.test(after)) out.direction = 'same';
  const reason = reasonIn(after);
  if (reason) out.reason = reason;
  return out;
}
