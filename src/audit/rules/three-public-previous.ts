/**
 * Rule 40, for 预算 documents: the "三公" budget against last year's. The 情况说明 says
 * "“三公”经费预算 308.00 万元，比 2025 年减少 22.24 万元" and 表7 prints this year's and last
 * year's budget side by side; the stated change must be their difference, and its word
 * (增加/减少) its sign. Only a 表7 whose own sums hold (rule 15) is compared: a column read
 * into the wrong year would otherwise look like the document's own contradiction.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { Comparison } from '../../schema/narrative.js';
import type { ThreePublicAmounts } from '../../schema/tables.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { cellName, tableUnit, threePublicCell } from '../cells.js';
import { checkAmount, guard, isNumber, sumOf } from '../check.js';
import { amountVerdict, coarserUnit, inUnit } from '../tolerance.js';
import { say } from '../text.js';
import { narrativeUnit } from './narrative-amounts.js';

const INFO: RuleInfo = {
  id: 'R40',
  name: 'three-public-versus-last-year',
  description: {
    'zh-CN': '预算：情况说明中“三公”经费（及其各项）比上年增减的金额 = 公开07表本年预算数 − 上年预算数。',
    en: 'Budgets: the change of the "三公" budget (and of each kind) the text gives against last year = table 7 this year’s budget − last year’s.',
  },
};

type Column = Exclude<keyof ThreePublicAmounts, 'source'>;

/** The 表7 column a comparison's label names; the order matters (购置及运行维护 before 购置). */
const COLUMNS: ReadonlyArray<[RegExp, Column]> = [
  [/三公/, 'total'],
  [/因公出国/, 'abroad'],
  [/公务接待/, 'reception'],
  [/公务用车购置(?:及|和|与)运行|公务用车费/, 'vehicles'],
  [/公务用车购置/, 'vehiclePurchase'],
  [/公务用车运行/, 'vehicleOperation'],
];

export function threePublicColumn(label: string): Column | undefined {
  return COLUMNS.find(([pattern]) => pattern.test(label))?.[1];
}

/** 合计 = the three kinds, 小计 = 购置 + 运行维护, as far as printed. */
function sumsHold(amounts: ThreePublicAmounts, unit: Disclosure['meta']['unit']): boolean {
  const holds = (total: number | null | undefined, parts: (number | null | undefined)[]) => {
    if (!isNumber(total)) return true;
    const sum = sumOf(parts, 'zero');
    return !sum || amountVerdict(total - sum.sum, sum.terms, unit) !== 'error';
  };
  return holds(amounts.total, [amounts.abroad, amounts.vehicles, amounts.reception]) && holds(amounts.vehicles, [amounts.vehiclePurchase, amounts.vehicleOperation]);
}

function check(doc: Disclosure): Finding[] {
  const t7 = doc.tables.t7;
  const now = t7?.budget;
  const before = t7?.previousBudget;
  if (doc.meta.kind !== 'budget' || !now || !before) return [];
  const tableUnitOf = tableUnit(doc, 't7');
  if (!sumsHold(now, tableUnitOf) || !sumsHold(before, tableUnitOf)) return [];
  const unit = coarserUnit(narrativeUnit(doc), tableUnitOf);
  return (doc.narrative?.comparisons ?? []).flatMap((c: Comparison, i) => {
    const column = threePublicColumn(c.label);
    if (!column || c.comparedWith === 'budget' || !isNumber(c.change)) return [];
    const thisYear = now[column];
    const lastYear = before[column];
    if (!isNumber(thisYear) || !isNumber(lastYear)) return [];
    const path = `narrative.comparisons[${i}].change`;
    const line = c.source?.line;
    const cells = [threePublicCell('budget', now, column), threePublicCell('previousBudget', before, column)];
    return checkAmount({
      rule: INFO,
      cells,
      fields: [line === undefined ? { path, label: `${c.label} 增减额` } : { path, label: `${c.label} 增减额`, line }],
      actual: inUnit(c.change, narrativeUnit(doc), unit)!,
      expected: inUnit(thisYear, tableUnitOf, unit)! - inUnit(lastYear, tableUnitOf, unit)!,
      terms: 2,
      unit,
      message: (lang, actual, expected) =>
        say(
          lang,
          `情况说明“${c.label}”比上年增减 ${actual}，但${cellName(doc, cells[0]!, lang)}减${cellName(doc, cells[1]!, lang)}为 ${expected}`,
          `The text says “${c.label}” changed by ${actual} from last year, but ${cellName(doc, cells[0]!, lang)} − ${cellName(doc, cells[1]!, lang)} = ${expected}`,
        ),
    });
  });
}

export const R40: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
