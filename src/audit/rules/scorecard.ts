/**
 * Rules 24–26 and 28: each 项目支出绩效自评表 (scorecard) is consistent with itself. The
 * funds score follows from the execution rate (24), no score exceeds its weight and the
 * weights add up (25), the total is the sum of the scores and the grade follows from it
 * (26), and a missed target given full marks is flagged (28).
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { FundsLine, Indicator, Scorecard, Target } from '../../schema/performance.js';
import type { FieldRef, Finding, Rule, RuleInfo } from '../types.js';
import { checkRate, checkSum, finding, guard, isNumber } from '../check.js';
import { SCORE_UNIT, amountVerdict, clean } from '../tolerance.js';
import { localized, num, say } from '../text.js';
import { isolate } from '../../format/bidi.js';
import { shownName } from '../../format/names.js';
import type { Lang } from '../../format/messages.js';

/** The card's name as a finding says it: isolated, and never an empty “” for a blank one. */
function cardName(card: Scorecard, lang: Lang): string {
  return isolate(shownName(card.name, lang));
}

function field(path: string, label: string, line?: number): FieldRef {
  return line === undefined ? { path, label } : { path, label, line };
}

/** Run `check` on every scorecard, each on its own so one odd card cannot hide the others. */
function eachCard(rule: RuleInfo, doc: Disclosure, check: (card: Scorecard, k: number, path: string) => Finding[]): Finding[] {
  return (doc.performance?.scorecards ?? []).flatMap((card, k) => {
    const path = `performance.scorecards[${k}]`;
    return guard(rule, () => check(card, k, path), () => path);
  });
}

const FUNDS_LINES = [
  ['total', '年度资金总额'],
  ['fiscal', '其中：财政拨款'],
  ['carryOver', '上年结转资金'],
  ['other', '其他资金'],
] as const;

const R24_INFO: RuleInfo = {
  id: 'R24',
  name: 'scorecard-funds',
  description: {
    'zh-CN': '绩效自评表：执行率 = 全年执行数 / 全年预算数；资金得分 = 分值 × 执行率，不超过分值（±0.01）；资金分项（如市级支出、补助区县）之和 = 年度资金总额。',
    en: 'Scorecard: 执行率 = executed / annual budget; the funds score = weight × that rate, capped at the weight (±0.01); the funds\' printed parts (e.g. 市级支出, 补助区县) add up to the total.',
  },
};

function fundsRate(line: FundsLine, label: string, card: Scorecard, k: number, path: string): Finding[] {
  const fields = [field(`${path}.rate`, `${label} 执行率`, line.source?.line)];
  return checkRate({ rule: R24_INFO, cells: [], fields, scorecard: k }, line.rate, line.executed, line.annualBudget, {
    zh: `“${cardName(card, 'zh-CN')}” ${label} 执行率为`,
    en: `“${cardName(card, 'en')}” ${label}: the execution rate is`,
  });
}

/** The parts printed under words of their own (市级支出 | 补助区县) add up to the total, per column. */
function partsSum(card: Scorecard, k: number, path: string): Finding[] {
  const parts = card.funds.parts;
  if (!parts?.length) return [];
  const unit = card.unit ?? '万元';
  const columns = [
    ['initialBudget', '年初预算数', 'initial budget'],
    ['annualBudget', '全年预算数', 'annual budget'],
    ['executed', '全年执行数', 'executed'],
  ] as const;
  // A column no part prints (parts of the 年初预算 only) is not checked: blank is not 0 there.
  const printed = columns.filter(([key]) => parts.some((part) => isNumber(part[key])));
  return printed.flatMap(([key, zh, en]) =>
    checkSum(
      {
        rule: R24_INFO,
        cells: [],
        fields: [field(`${path}.funds.total.${key}`, `年度资金总额 ${zh}`, card.funds.total.source?.line)],
        scorecard: k,
        unit,
        message: (lang, actual, expected) =>
          say(lang, `“${cardName(card, 'zh-CN')}”年度资金总额${zh}为 ${actual}，但资金分项之和为 ${expected}`, `“${cardName(card, 'en')}” total funds (${en}) = ${actual}, but its printed parts add up to ${expected}`),
      },
      card.funds.total[key],
      parts.map((part, i) => ({ value: part[key], field: field(`${path}.funds.parts[${i}].${key}`, `${part.label} ${zh}`, part.source?.line) })),
    ),
  );
}

export const R24: Rule = {
  ...R24_INFO,
  check: (doc) =>
    eachCard(R24_INFO, doc, (card, k, path) => {
      const out: Finding[] = [];
      for (const [key, label] of FUNDS_LINES) {
        const line = card.funds[key];
        if (line) out.push(...fundsRate(line, label, card, k, `${path}.funds.${key}`));
      }
      const total = card.funds.total;
      out.push(...partsSum(card, k, path));
      const { weight, score, executed, annualBudget } = total;
      if (isNumber(weight) && isNumber(score) && isNumber(executed) && isNumber(annualBudget) && annualBudget > 0) {
        const expected = Math.min(weight, (weight * executed) / annualBudget);
        const verdict = amountVerdict(score - expected, 1, SCORE_UNIT);
        if (verdict !== 'ok') {
          const message = localized((lang) =>
            say(
              lang,
              `“${cardName(card, lang)}”资金得分为 ${num(score, lang)}，但 ${num(weight, lang)} × ${num(executed, lang)} / ${num(annualBudget, lang)} = ${num(expected, lang)}`,
              `“${cardName(card, lang)}” funds score is ${num(score, lang)}, but ${num(weight, lang)} × ${num(executed, lang)} / ${num(annualBudget, lang)} = ${num(expected, lang)}`,
            ),
          );
          const fields = [field(`${path}.funds.total.score`, '年度资金总额 得分', total.source?.line)];
          out.push(finding({ rule: R24_INFO, cells: [], fields, scorecard: k }, verdict, clean(expected), score, message));
        }
      }
      return out;
    }),
};

const R25_INFO: RuleInfo = {
  id: 'R25',
  name: 'scorecard-weights',
  description: {
    'zh-CN': '绩效自评表：每项得分 ≤ 分值；资金分值 + 各指标分值 = 总分值（100），各指标分值之和 = 指标总分值（如 90）。',
    en: 'Scorecard: each score ≤ its weight; the funds weight plus the indicator weights = the total weight (100), and the indicator weights = the printed indicator weight (e.g. 90).',
  },
};

function indicatorLabel(indicator: Indicator, lang: Lang = 'zh-CN'): string {
  return `${indicator.level2} ${isolate(shownName(indicator.name, lang))}`;
}

function overWeight(card: Scorecard, k: number, label: string, path: string, weight: unknown, score: unknown, line?: number): Finding[] {
  if (!isNumber(weight) || !isNumber(score) || score <= weight || amountVerdict(score - weight, 1, SCORE_UNIT) === 'ok') return [];
  const message = localized((lang) =>
    say(
      lang,
      `“${cardName(card, lang)}” ${label} 得分 ${num(score, lang)} 超过分值 ${num(weight, lang)}`,
      `“${cardName(card, lang)}” ${label}: score ${num(score, lang)} exceeds its weight ${num(weight, lang)}`,
    ),
  );
  const fields = [field(`${path}.score`, `${label} 得分`, line), field(`${path}.weight`, `${label} 分值`, line)];
  return [finding({ rule: R25_INFO, cells: [], fields, scorecard: k }, 'error', weight, score, message)];
}

export const R25: Rule = {
  ...R25_INFO,
  check: (doc) =>
    eachCard(R25_INFO, doc, (card, k, path) => {
      const total = card.funds.total;
      const out = overWeight(card, k, '年度资金总额', `${path}.funds.total`, total.weight, total.score, total.source?.line);
      card.indicators.forEach((indicator, i) => {
        out.push(...overWeight(card, k, indicatorLabel(indicator), `${path}.indicators[${i}]`, indicator.weight, indicator.score, indicator.source?.line));
      });
      // A truncated card lost rows, so its weights cannot add up; a targets-only 绩效目标表
      // (no 分值 column: every weight blank) has no weights to add up to 100.
      const weighted = isNumber(total.weight) || card.indicators.some((indicator) => isNumber(indicator.weight));
      if (card.truncated || !weighted) return out;
      const indicatorWeights = card.indicators.map((indicator, i) => ({
        value: indicator.weight,
        field: field(`${path}.indicators[${i}].weight`, `${indicatorLabel(indicator)} 分值`, indicator.source?.line),
      }));
      const sentence = (what: string, whatEn: string) => (lang: 'zh-CN' | 'en', actual: string, expected: string) =>
        say(lang, `“${cardName(card, lang)}” ${what} = ${actual}，但各项分值之和为 ${expected}`, `“${cardName(card, lang)}” ${whatEn} = ${actual}, but the weights add up to ${expected}`);
      // A blank funds 分值 adds nothing to the sum (as a blank cell does everywhere), but the
      // card then does not say what the funds weigh: the gap is the blank, said as such, and a
      // warning rather than an error (null is not a printed 0).
      // A funds line read without a 分值 column (its header word stacked apart: "分" / "值") is
      // no printed weight either: the same doubt, not an error.
      const fundsBlank = total.weight === null || (total.weight === undefined && total.score !== undefined);
      const totalSentence = fundsBlank
        ? (lang: 'zh-CN' | 'en', actual: string, expected: string) =>
            say(
              lang,
              `“${cardName(card, lang)}” 总分值 = ${actual}，但年度资金总额的分值空白，其余分值之和为 ${expected}`,
              `“${cardName(card, lang)}” total weight = ${actual}, but the funds weight is blank and the other weights add up to ${expected}`,
            )
        : sentence('总分值', 'total weight');
      const totalFindings = checkSum(
        {
          rule: R25_INFO,
          cells: [],
          fields: [field(`${path}.totalWeight`, '总分 分值')],
          scorecard: k,
          unit: SCORE_UNIT,
          message: totalSentence,
        },
        card.totalWeight ?? 100,
        [{ value: total.weight, field: field(`${path}.funds.total.weight`, '年度资金总额 分值', total.source?.line) }, ...indicatorWeights],
      );
      out.push(...(fundsBlank ? totalFindings.map((f) => (f.severity === 'error' ? { ...f, severity: 'warning' as const } : f)) : totalFindings));
      out.push(
        ...checkSum(
          {
            rule: R25_INFO,
            cells: [],
            fields: [field(`${path}.indicatorWeight`, '年度绩效指标 分值')],
            scorecard: k,
            unit: SCORE_UNIT,
            message: sentence('年度绩效指标分值', 'indicator weight'),
          },
          card.indicatorWeight,
          indicatorWeights,
        ),
      );
      return out;
    }),
};

const R26_INFO: RuleInfo = {
  id: 'R26',
  name: 'scorecard-total',
  description: {
    'zh-CN': '绩效自评表：总分 = 资金得分 + 各指标得分；等级由总分决定（优 ≥ 90，良 80–89.99，中 60–79.99，差 < 60；用合格/不合格的地区不核对）。',
    en: 'Scorecard: the total = funds score + indicator scores; the grade follows from the total (优 ≥ 90, 良 80–89.99, 中 60–79.99, 差 < 60; 合格/不合格 schemes are not checked).',
  },
};

/** The grade a total earns on the national four-grade scale. */
export function gradeOf(score: number): '优' | '良' | '中' | '差' {
  if (score >= 90) return '优';
  if (score >= 80) return '良';
  if (score >= 60) return '中';
  return '差';
}

export const FOUR_GRADES = new Set(['优', '良', '中', '差']);

export const R26: Rule = {
  ...R26_INFO,
  check: (doc) =>
    eachCard(R26_INFO, doc, (card, k, path) => {
      const total = card.funds.total;
      const out: Finding[] = [];
      if (!card.truncated) {
        out.push(
          ...checkSum(
            {
              rule: R26_INFO,
              cells: [],
              fields: [field(`${path}.totalScore`, '总分 得分')],
              scorecard: k,
              unit: SCORE_UNIT,
              message: (lang, actual, expected) =>
                say(lang, `“${cardName(card, lang)}”总分为 ${actual}，但各项得分之和为 ${expected}`, `“${cardName(card, lang)}” total score is ${actual}, but the scores add up to ${expected}`),
            },
            card.totalScore,
            [
              { value: total.score, field: field(`${path}.funds.total.score`, '年度资金总额 得分', total.source?.line) },
              ...card.indicators.map((indicator, i) => ({
                value: indicator.score,
                field: field(`${path}.indicators[${i}].score`, `${indicatorLabel(indicator)} 得分`, indicator.source?.line),
              })),
            ],
          ),
        );
      }
      if (card.grade && FOUR_GRADES.has(card.grade) && isNumber(card.totalScore)) {
        const expected = gradeOf(card.totalScore);
        if (expected !== card.grade) {
          const message = localized((lang) =>
            say(
              lang,
              `“${cardName(card, lang)}”总分 ${num(card.totalScore, lang)} 应评为“${expected}”，但等级为“${card.grade}”`,
              `“${cardName(card, lang)}” scores ${num(card.totalScore, lang)}, which is “${expected}”, but its grade is “${card.grade}”`,
            ),
          );
          out.push(finding({ rule: R26_INFO, cells: [], fields: [field(`${path}.grade`, '等级')], scorecard: k }, 'error', expected, card.grade, message));
        }
      }
      return out;
    }),
};

const R28_INFO: RuleInfo = {
  id: 'R28',
  name: 'missed-target-full-marks',
  description: {
    'zh-CN': '绩效自评表：三级指标的实际完成值未达到年度指标值（如 ≥8个，实际 6个），却得了满分（警告）。',
    en: 'Scorecard: a 三级 indicator whose actual value misses its target (e.g. ≥8, actual 6) but scored full marks (a warning).',
  },
};

/** Whether `actual` meets a target with a comparator; undefined when it cannot be told. */
export function meets(target: Target, actual: Target): boolean | undefined {
  if (!target.comparator || !isNumber(target.value) || !isNumber(actual.value)) return undefined;
  // 7.35万元 against 73500元 is not the same number: different printed units are not compared.
  if (target.unit && actual.unit && target.unit.trim() !== actual.unit.trim()) return undefined;
  // An actual is often printed as a bound itself (">1000人" against a target of ">1000人"):
  // it met the target when every value it allows does, missed it when none does, and
  // otherwise the document does not say (not a miss: "≥80%" achieved against "≥90%").
  const achieved = bounds(actual.comparator ?? '=', clean(actual.value));
  const wanted = bounds(target.comparator, clean(target.value));
  if (within(achieved, wanted)) return true;
  if (disjoint(achieved, wanted)) return false;
  return undefined;
}

/** One side of an interval: its value and whether the value itself belongs to it. */
interface Bound {
  at: number;
  closed: boolean;
}
interface Interval {
  low: Bound;
  high: Bound;
}
const OPEN_LOW: Bound = { at: -Infinity, closed: false };
const OPEN_HIGH: Bound = { at: Infinity, closed: false };

function bounds(comparator: NonNullable<Target['comparator']>, at: number): Interval {
  switch (comparator) {
    case '≥':
      return { low: { at, closed: true }, high: OPEN_HIGH };
    case '>':
      return { low: { at, closed: false }, high: OPEN_HIGH };
    case '≤':
      return { low: OPEN_LOW, high: { at, closed: true } };
    case '<':
      return { low: OPEN_LOW, high: { at, closed: false } };
    default:
      return { low: { at, closed: true }, high: { at, closed: true } };
  }
}

/** a ⊆ b */
function within(a: Interval, b: Interval): boolean {
  const lowOk = a.low.at > b.low.at || (a.low.at === b.low.at && (b.low.closed || !a.low.closed));
  const highOk = a.high.at < b.high.at || (a.high.at === b.high.at && (b.high.closed || !a.high.closed));
  return lowOk && highOk;
}

/** a ∩ b = ∅ */
function disjoint(a: Interval, b: Interval): boolean {
  const apart = (high: Bound, low: Bound) => high.at < low.at || (high.at === low.at && !(high.closed && low.closed));
  return apart(a.high, b.low) || apart(b.high, a.low);
}

export const R28: Rule = {
  ...R28_INFO,
  check: (doc) =>
    eachCard(R28_INFO, doc, (card, k, path) =>
      card.indicators.flatMap((indicator, i): Finding[] => {
        const { weight, score } = indicator;
        if (!isNumber(weight) || !isNumber(score) || score < weight) return [];
        if (meets(indicator.target, indicator.actual) !== false) return [];
        const message = localized((lang) =>
          say(
            lang,
            `“${cardName(card, lang)}” ${indicatorLabel(indicator)}：年度指标值 ${indicator.target.text}，实际完成值 ${indicator.actual.text}，未达到目标却得满分 ${num(score, lang)}`,
            `“${cardName(card, lang)}” ${indicatorLabel(indicator, lang)}: target ${indicator.target.text}, actual ${indicator.actual.text} — missed, yet scored full marks (${num(score, lang)})`,
          ),
        );
        const line = indicator.source?.line;
        const at = `${path}.indicators[${i}]`;
        const fields = [
          field(`${at}.target`, `${isolate(indicator.name)} 年度指标值`, line),
          field(`${at}.actual`, `${isolate(indicator.name)} 实际完成值`, line),
          field(`${at}.score`, `${isolate(indicator.name)} 得分`, line),
        ];
        return [finding({ rule: R28_INFO, cells: [], fields, scorecard: k }, 'warning', indicator.target.text, indicator.actual.text, message)];
      }),
    ),
};
