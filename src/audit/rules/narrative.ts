/**
 * Rules 19–21: the arithmetic inside the 情况说明. Year-over-year changes and their
 * percentages and words (19), structure shares (20), and budget execution rates and the
 * words 大于/小于 (21).
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { Comparison, ExecutionItem, ShareGroup } from '../../schema/narrative.js';
import type { FieldRef, Finding, Rule, RuleInfo, Severity } from '../types.js';
import { checkAmount, checkRate, finding, guard, isNumber, sumOf } from '../check.js';
import { amountVerdict, clean } from '../tolerance.js';
import { localized, num, pct, say } from '../text.js';
import { narrativeUnit } from './narrative-amounts.js';

function field(path: string, label: string, line: number | undefined): FieldRef {
  return line === undefined ? { path, label } : { path, label, line };
}

const DIRECTION_WORDS = {
  increase: ['增加', 'an increase'],
  decrease: ['减少', 'a decrease'],
  same: ['持平', 'no change'],
} as const;

const R19_INFO: RuleInfo = {
  id: 'R19',
  name: 'narrative-change',
  description: {
    'zh-CN': '情况说明的同比：增减额 = 本年 − 上年，增减幅度 = 增减额 / 上年（上年为 0 时不核对百分比），增加/减少的用词与符号一致（“增加0万元”应写“持平”，警告）。',
    en: 'Year-over-year figures in the text: change = current − previous, percent = change / previous (not checked when previous is 0), and the word 增加/减少 matches the sign (“增加0万元” should read 持平: a warning).',
  },
};

/** Rule 19 on one comparison (also 机关运行经费's). */
function change(doc: Disclosure, c: Comparison, path: string): Finding[] {
  const line = c.source?.line;
  const unit = narrativeUnit(doc);
  const out: Finding[] = [];
  const previous = isNumber(c.previous) ? c.previous : isNumber(c.change) && isNumber(c.current) ? clean(c.current - c.change) : undefined;
  if (isNumber(c.previous) && isNumber(c.current) && isNumber(c.change)) {
    out.push(
      ...checkAmount({
        rule: R19_INFO,
        cells: [],
        fields: [field(`${path}.change`, `${c.label} 增减额`, line), field(`${path}.current`, c.label, line), field(`${path}.previous`, `${c.label} 上年`, line)],
        actual: c.change,
        expected: c.current - c.previous,
        terms: 2,
        unit,
        message: (lang, actual, expected) =>
          say(lang, `“${c.label}”增减额为 ${actual}，但本年与上年之差为 ${expected}`, `“${c.label}” changed by ${actual}, but current − previous = ${expected}`),
      }),
    );
  }
  const delta = isNumber(c.change) ? c.change : isNumber(c.current) && isNumber(previous) ? clean(c.current - previous) : undefined;
  out.push(
    ...checkRate(
      { rule: R19_INFO, cells: [], fields: [field(`${path}.changePercent`, `${c.label} 增减幅度`, line)] },
      c.changePercent,
      delta,
      previous,
      { zh: `“${c.label}”增减幅度为`, en: `“${c.label}” changed by` },
    ),
  );
  if (c.direction && isNumber(delta)) {
    const sign = amountVerdict(delta, 1, unit) === 'ok' ? 'same' : delta > 0 ? 'increase' : 'decrease';
    if (sign !== c.direction) {
      const message = localized((lang) => {
        const [zhSaid, enSaid] = DIRECTION_WORDS[c.direction!];
        const [zhIs, enIs] = DIRECTION_WORDS[sign];
        return say(
          lang,
          `“${c.label}”写作“${zhSaid}”，但变动额为 ${num(delta, lang)}（${zhIs}）`,
          `“${c.label}” is described as ${enSaid}, but the change is ${num(delta, lang)} (${enIs})`,
        );
      });
      // "增加0万元" (a template filled with a zero) is a wording slip, not a wrong figure.
      const severity: Severity = sign === 'same' ? 'warning' : 'error';
      out.push(finding({ rule: R19_INFO, cells: [], fields: [field(`${path}.direction`, `${c.label} 增减`, line)] }, severity, sign, c.direction, message));
    }
  }
  return out;
}

export const R19: Rule = {
  ...R19_INFO,
  check: (doc) => [
    ...(doc.narrative?.comparisons ?? []).flatMap((c, i) => {
      const path = `narrative.comparisons[${i}]`;
      return guard(R19_INFO, () => change(doc, c, path), () => path);
    }),
    ...guard(
      R19_INFO,
      () => (doc.narrative?.operatingCosts ? change(doc, doc.narrative.operatingCosts, 'narrative.operatingCosts') : []),
      () => 'narrative.operatingCosts',
    ),
  ],
};

const R20_INFO: RuleInfo = {
  id: 'R20',
  name: 'narrative-shares',
  description: {
    'zh-CN': '情况说明的结构占比：每项占比 = 金额 / 总额；各项合起来覆盖总额时，占比之和 ≈ 100%。',
    en: 'Structure shares in the text: each share = amount / total; when the parts make up the total, the shares add up to ≈ 100%.',
  },
};

function shareGroup(doc: Disclosure, group: ShareGroup, path: string): Finding[] {
  const line = group.source?.line;
  const out: Finding[] = [];
  const partsSum = sumOf(group.parts.map((part) => part.amount));
  const percents = sumOf(group.parts.map((part) => part.percent));
  // Only a complete breakdown must add up to 100%: texts often list just the main parts.
  const complete =
    isNumber(group.total) && partsSum !== null && amountVerdict(partsSum.sum - group.total, partsSum.terms, narrativeUnit(doc)) !== 'error';
  if (complete && percents) {
    const verdict = amountVerdict(percents.sum - 100, percents.terms, '万元');
    if (verdict !== 'ok') {
      const message = localized((lang) =>
        say(lang, `“${group.label}”各项占比之和为 ${pct(percents.sum, lang)}，应为 100%`, `The shares of “${group.label}” add up to ${pct(percents.sum, lang)}, not 100%`),
      );
      const fields = group.parts.map((part, j) => field(`${path}.parts[${j}].percent`, part.label, line));
      out.push(finding({ rule: R20_INFO, cells: [], fields }, verdict, 100, percents.sum, message));
    }
  }
  group.parts.forEach((part, j) => {
    const fields = [field(`${path}.parts[${j}].percent`, part.label, line)];
    out.push(
      ...checkRate({ rule: R20_INFO, cells: [], fields }, part.percent, part.amount, group.total, {
        zh: `“${part.label}”占比为`,
        en: `“${part.label}” is given as`,
      }),
    );
  });
  return out;
}

export const R20: Rule = {
  ...R20_INFO,
  check: (doc) =>
    (doc.narrative?.shares ?? []).flatMap((group, i) => {
      const path = `narrative.shares[${i}]`;
      return guard(R20_INFO, () => shareGroup(doc, group, path), () => path);
    }),
};

const R21_INFO: RuleInfo = {
  id: 'R21',
  name: 'narrative-execution',
  description: {
    'zh-CN': '预算执行：完成率 = 决算 / 年初预算，“大于/小于年初预算”的用词与数字一致。',
    en: 'Budget execution in the text: rate = final / initial budget, and the words 大于/小于 agree with the numbers.',
  },
};

const RELATION_WORDS = { above: ['大于', 'above'], below: ['小于', 'below'], equal: ['等于', 'equal to'] } as const;

function executionItem(doc: Disclosure, item: ExecutionItem, path: string): Finding[] {
  const line = item.source?.line;
  const out: Finding[] = [];
  out.push(
    ...checkRate(
      { rule: R21_INFO, cells: [], fields: [field(`${path}.rate`, `${item.label} 完成率`, line)] },
      item.rate,
      item.final,
      item.budget,
      { zh: `“${item.label}”完成年初预算的`, en: `“${item.label}” is given as a share of its budget of` },
    ),
  );
  if (item.comparison && isNumber(item.final) && isNumber(item.budget)) {
    const gap = item.final - item.budget;
    const relation = amountVerdict(gap, 1, narrativeUnit(doc)) === 'ok' ? 'equal' : gap > 0 ? 'above' : 'below';
    if (relation !== item.comparison) {
      const message = localized((lang) => {
        const [zhSaid, enSaid] = RELATION_WORDS[item.comparison!];
        const [zhIs, enIs] = RELATION_WORDS[relation];
        return say(
          lang,
          `“${item.label}”写作决算数${zhSaid}年初预算数，但决算 ${num(item.final, lang)} ${zhIs}预算 ${num(item.budget, lang)}`,
          `“${item.label}” says the final is ${enSaid} the budget, but ${num(item.final, lang)} is ${enIs} ${num(item.budget, lang)}`,
        );
      });
      const severity: Severity = 'error';
      out.push(finding({ rule: R21_INFO, cells: [], fields: [field(`${path}.comparison`, `${item.label} 大于/小于`, line)] }, severity, relation, item.comparison, message));
    }
  }
  return out;
}

/** Every execution item of the text, with its JSON path, in document order. */
export function executionItems(doc: Disclosure): [ExecutionItem, string][] {
  const items: [ExecutionItem | undefined, string][] = [];
  const execution = doc.narrative?.execution;
  items.push([execution?.total, 'narrative.execution.total']);
  (execution?.items ?? []).forEach((item, i) => items.push([item, `narrative.execution.items[${i}]`]));
  const details = doc.narrative?.threePublic;
  items.push([details?.total, 'narrative.threePublic.total']);
  items.push([details?.abroad?.execution, 'narrative.threePublic.abroad.execution']);
  items.push([details?.vehicles?.execution, 'narrative.threePublic.vehicles.execution']);
  items.push([details?.reception?.execution, 'narrative.threePublic.reception.execution']);
  items.push([details?.meetings?.execution, 'narrative.threePublic.meetings.execution']);
  items.push([details?.training?.execution, 'narrative.threePublic.training.execution']);
  return items.filter((entry): entry is [ExecutionItem, string] => entry[0] !== undefined);
}

export const R21: Rule = {
  ...R21_INFO,
  // An unreadable list of items makes the whole rule `unchecked` (runRules guards it).
  check: (doc) => executionItems(doc).flatMap(([item, path]) => guard(R21_INFO, () => executionItem(doc, item, path), () => path)),
};
