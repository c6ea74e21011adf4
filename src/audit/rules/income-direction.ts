/**
 * Rule 45: income described as rising in the 情况说明 while the tables show it falling, or the
 * reverse. The text says "收入合计 X 万元，比上年增加 Y 万元" (or prints last year's X′); the
 * tables print this year's income (表1 本年收入合计 / 收入总计, 表2's source columns, 表4's
 * 财政拨款 总计). Last year's figure is the text's own (X′, or X − Y); this year's is the
 * table's. When the word 增加/减少 does not match the table's amount against last year's, the
 * text tells the reader the opposite of what the tables show. R19 already reports a word that
 * contradicts the text's own figures, and R18 a quoted amount that is not the table's: this
 * rule speaks only when the text is consistent in itself but not with the table, so one slip
 * gives one finding here. Opposite directions are an error; 持平 against a change a warning;
 * a gap within the rounding of the two figures is no direction.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { Comparison } from '../../schema/narrative.js';
import type { Finding, Rule, RuleInfo, Severity } from '../types.js';
import { finding, guard, isNumber } from '../check.js';
import { amountVerdict, clean, coarserUnit, inUnit } from '../tolerance.js';
import { localized, num, say } from '../text.js';
import { narrativeUnit, subjectCell } from './narrative-amounts.js';

const INFO: RuleInfo = {
  id: 'R45',
  name: 'income-direction-versus-tables',
  description: {
    'zh-CN': '情况说明称收入“增加/减少”时，表中本年收入与说明引用的上年数相比也是增加/减少（收入写作增长而表中实为下降，或相反）。',
    en: 'When the text says income rose (or fell), the table’s income for this year against the previous year’s figure the text quotes rose (or fell) too.',
  },
};

/** The subjects that are income (R18 maps each to its table cell). */
const INCOME = /^(?:incomeTotal|grandTotal|fiscalGrandTotal|income\.)/;

const WORDS = {
  increase: ['增加', 'a rise'],
  decrease: ['减少', 'a fall'],
  same: ['持平', 'no change'],
} as const;

type Direction = keyof typeof WORDS;

function directionOf(delta: number, terms: number, unit: Disclosure['meta']['unit']): Direction {
  return amountVerdict(delta, terms, unit) === 'ok' ? 'same' : delta > 0 ? 'increase' : 'decrease';
}

function check(doc: Disclosure, c: Comparison, path: string): Finding[] {
  if (!c.direction || !INCOME.test(c.subject) || c.comparedWith === 'budget') return [];
  const textUnit = narrativeUnit(doc);
  // Last year's figure as the text gives it: printed, or this year's less the stated change.
  const previous = isNumber(c.previous) ? c.previous : isNumber(c.current) && isNumber(c.change) ? clean(c.current - c.change) : undefined;
  if (!isNumber(previous) || !isNumber(c.current)) return [];
  // The text's own word against its own figures is R19's.
  if (directionOf(isNumber(c.change) ? c.change : c.current - previous, 1, textUnit) !== c.direction) return [];
  const table = subjectCell(doc, c);
  if (!table || !isNumber(table.value)) return [];
  const unit = coarserUnit(textUnit, table.unit);
  const current = inUnit(table.value, table.unit, unit)!;
  const last = inUnit(previous, textUnit, unit)!;
  // A gap within the rounding of two printed figures shows no direction to contradict.
  if (amountVerdict(current - last, 2, unit) !== 'error') return [];
  const shown: Direction = current > last ? 'increase' : 'decrease';
  if (shown === c.direction) return [];
  const line = c.source?.line;
  const field = (key: string, label: string) => (line === undefined ? { path: `${path}.${key}`, label } : { path: `${path}.${key}`, label, line });
  const message = localized((lang) => {
    const [zhSaid, enSaid] = WORDS[c.direction!];
    const [zhIs, enIs] = WORDS[shown];
    return say(
      lang,
      `情况说明称“${c.label}”比上年${zhSaid}，但${table.name(lang)} = ${num(current, lang)}，与说明引用的上年数 ${num(last, lang)} 相比为${zhIs}`,
      `The text describes “${c.label}” as ${enSaid} on last year, but ${table.name(lang)} = ${num(current, lang)} against the previous year’s ${num(last, lang)} it quotes is ${enIs}`,
    );
  });
  const severity: Severity = c.direction === 'same' ? 'warning' : 'error';
  const fields = [field('direction', `${c.label} 增减`), field(isNumber(c.previous) ? 'previous' : 'change', isNumber(c.previous) ? `${c.label} 上年` : `${c.label} 增减额`)];
  return [finding({ rule: INFO, cells: table.cells, fields }, severity, shown, c.direction, message)];
}

export const R45: Rule = {
  ...INFO,
  check: (doc) =>
    (doc.narrative?.comparisons ?? []).flatMap((c, i) => {
      const path = `narrative.comparisons[${i}]`;
      return guard(INFO, () => check(doc, c, path), () => path);
    }),
};
