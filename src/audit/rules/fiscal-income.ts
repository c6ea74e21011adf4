/**
 * Rule 29: 表1 and 表4 agree on whether there is 财政拨款 income at all, in both directions.
 * R11 compares the two where both print a number; this rule covers what R11 cannot see: a
 * 表4 printed blank ("本部门没有使用财政拨款") while 表1 shows 财政拨款 income, a fiscal source
 * printed in one table and missing (or blank) in the other, and a 表1 that prints one
 * unsplit 财政拨款 row against 表4's sources.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { IncomeKind, SummaryLine } from '../../schema/tables.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { summaryCell, tableName } from '../cells.js';
import { finding, guard, isNumber } from '../check.js';
import { localized, num, say } from '../text.js';
import { compareSides, side, sumSide } from './cross-tables.js';
import { t4SourceSide } from './fiscal-sources.js';
import { incomeTerms } from './table1.js';

const INFO: RuleInfo = {
  id: 'R29',
  name: 'fiscal-income-both-tables',
  description: {
    'zh-CN': '公开01表与公开04表的财政拨款收入互相对应：一表有某项财政拨款收入，另一表不能缺少或留空；公开01表有财政拨款收入时公开04表不能是空表。',
    en: 'Tables 1 and 4 agree on fiscal income both ways: a fiscal source printed in one is not missing or blank in the other, and table 4 is not blank while table 1 shows fiscal income.',
  },
};

const SOURCES: readonly IncomeKind[] = ['generalBudget', 'governmentFund', 'stateCapital'];

interface Keyed {
  line: SummaryLine;
  key: string;
}

function byKind(lines: readonly SummaryLine[], kind: IncomeKind): Keyed | undefined {
  const i = lines.findIndex((line) => line.kind === kind);
  return i < 0 ? undefined : { line: lines[i]!, key: `income${i + 1}` };
}

const positive = (value: unknown): value is number => isNumber(value) && value > 0;

function check(doc: Disclosure): Finding[] {
  const { t1, t4 } = doc.tables;
  if (!t1 || !t4) return [];
  const name = (lang: 'zh-CN' | 'en', id: 't1' | 't4') => tableName(doc, id, lang);
  const t4Blank = !t4.income.some((line) => isNumber(line.amount)) && !isNumber(t4.totals.incomeTotal?.amount);
  const fiscal = t1.income
    .map((line, i) => ({ line, key: `income${i + 1}` }))
    .filter(({ line }) => line.kind !== undefined && (SOURCES.includes(line.kind) || line.kind === 'fiscal') && positive(line.amount));
  if (t4Blank) {
    return fiscal.map(({ line, key }) => {
      const message = localized((lang) =>
        say(
          lang,
          `${name(lang, 't1')}“${line.name}”为 ${num(line.amount, lang)}，但${name(lang, 't4')}是空表`,
          `${name(lang, 't1')} prints “${line.name}” = ${num(line.amount, lang)}, but ${name(lang, 't4')} is blank`,
        ),
      );
      return finding({ rule: INFO, cells: [summaryCell('t1', line, key)] }, 'error', null, line.amount, message);
    });
  }
  const out: Finding[] = [];
  const missing = (from: 't1' | 't4', found: Keyed) =>
    localized((lang) => {
      const other = from === 't1' ? 't4' : 't1';
      return say(
        lang,
        `${name(lang, from)}“${found.line.name}”为 ${num(found.line.amount, lang)}，但${name(lang, other)}没有这项收入或留空`,
        `${name(lang, from)} prints “${found.line.name}” = ${num(found.line.amount, lang)}, but ${name(lang, other)} lacks it or leaves it blank`,
      );
    });
  // 表1 may print one unsplit 财政拨款 row: then 表4's sources are compared with it as a whole.
  const unsplit = byKind(t1.income, 'fiscal');
  for (const kind of SOURCES) {
    const in1 = byKind(t1.income, kind);
    const in4 = byKind(t4.income, kind);
    // 表4's 本年收入 of the source, plus its 上年结转 when 表1 folds carry-overs into its lines.
    const t4Amount = t4SourceSide(doc, kind)?.side.value;
    if (in1 && positive(in1.line.amount) && !isNumber(t4Amount)) {
      out.push(finding({ rule: INFO, cells: [summaryCell('t1', in1.line, in1.key)] }, 'error', null, in1.line.amount, missing('t1', in1)));
    }
    if (in4 && positive(in4.line.amount) && !isNumber(in1?.line.amount) && !unsplit) {
      out.push(finding({ rule: INFO, cells: [summaryCell('t4', in4.line, in4.key)] }, 'error', null, in4.line.amount, missing('t4', in4)));
    }
  }
  const split = t1.income.some((line) => line.kind !== undefined && SOURCES.includes(line.kind));
  if (unsplit && !split) {
    // 表4's rows that make up its 本年收入 (its own 财政拨款 subtotal not beside its sources).
    const parts = incomeTerms(t4.income).map((line) => ({ value: line.amount, cell: summaryCell('t4', line, `income${t4.income.indexOf(line) + 1}`) }));
    const t4Side = isNumber(t4.totals.incomeTotal?.amount)
      ? side(doc, 't4', t4.totals.incomeTotal!.amount, summaryCell('t4', t4.totals.incomeTotal!, 'incomeTotal'))
      : sumSide(doc, 't4', parts);
    out.push(...compareSides(INFO, side(doc, 't1', unsplit.line.amount, summaryCell('t1', unsplit.line, unsplit.key)), t4Side));
  }
  return out;
}

export const R29: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
