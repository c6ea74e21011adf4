/**
 * Rule 41: one item quoted with two different amounts in the 情况说明 ("公务接待费 39.50 万元"
 * in one paragraph, "公务接待费 41.20 万元" in another). Only items the tables do not settle
 * are compared here — figures with a subject (基本支出, 财政拨款收入, …) are checked against
 * their table cell by rule 18, and the same word can name two scopes ("基本支出" of the whole
 * department and of 一般公共预算). An item is its printed name without the year and
 * "本部门"; names shorter than four characters say too little to be one item.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { FieldRef, Finding, Rule, RuleInfo } from '../types.js';
import { finding, guard, isNumber } from '../check.js';
import { amountVerdict } from '../tolerance.js';
import { localized, num, say } from '../text.js';
import { executionItems } from './narrative.js';
import { narrativeUnit } from './narrative-amounts.js';
import { namedLevels } from './function-names.js';

const INFO: RuleInfo = {
  id: 'R41',
  name: 'narrative-item-two-amounts',
  description: {
    'zh-CN': '情况说明中同一事项只有一个金额：同一名称的本年金额在不同段落不应不同。',
    en: 'One item, one amount: the same item named in two places of the text gives the same amount for this year.',
  },
};

interface Quote {
  key: string;
  label: string;
  amount: number;
  field: FieldRef;
}

/** "2026年本部门公务接待费预算支出" → "公务接待费". */
function keyOf(label: string): string {
  return label
    .replace(/[\s“”"]/g, '')
    .replace(/(?:19|20)\d{2}年度?/g, '')
    .replace(/^(?:本部门|本单位|当年|本年)/, '')
    .replace(/(?:预算数?|决算数?|支出|预算支出|决算支出)+$/, '');
}

function quotes(doc: Disclosure): Quote[] {
  const out: Quote[] = [];
  const add = (label: string, amount: unknown, path: string, line: number | undefined) => {
    if (!isNumber(amount)) return;
    const key = keyOf(label);
    // A "label" that is comparison wording ("与上年相比增加") names nothing: older parses made them.
    if (key.length < 4 || /相比|[比较]上年|增加|减少/.test(key)) return;
    // "疗（项）": a 类/款/项 path the reader cut to a stub names no one item.
    if (namedLevels(label).some(([, name]) => name.length < 3)) return;
    out.push({ key, label, amount, field: line === undefined ? { path, label } : { path, label, line } });
  };
  (doc.narrative?.comparisons ?? []).forEach((c, i) => {
    // comparedWith budget: a 决算 comparing with its own 预算 quotes the same current figure.
    if (c.subject === 'other') add(c.label, c.current, `narrative.comparisons[${i}].current`, c.source?.line);
  });
  for (const [item, path] of executionItems(doc)) if (!item.code) add(item.label, item.final, `${path}.final`, item.source?.line);
  return out;
}

function check(doc: Disclosure): Finding[] {
  const unit = narrativeUnit(doc);
  const first = new Map<string, Quote>();
  const out: Finding[] = [];
  for (const quote of quotes(doc)) {
    const seen = first.get(quote.key);
    if (!seen) {
      first.set(quote.key, quote);
      continue;
    }
    if (amountVerdict(quote.amount - seen.amount, 1, unit) === 'ok') continue;
    const message = localized((lang) =>
      say(
        lang,
        `情况说明两处引用“${seen.label}”，金额不同：${num(seen.amount, lang)} 与 ${num(quote.amount, lang)}`,
        `The text quotes “${seen.label}” twice with different amounts: ${num(seen.amount, lang)} and ${num(quote.amount, lang)}`,
      ),
    );
    out.push(finding({ rule: INFO, cells: [], fields: [seen.field, quote.field] }, 'warning', seen.amount, quote.amount, message));
  }
  return out;
}

export const R41: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
