/**
 * The comparisons every rule makes, so that tolerance, blanks and the shape of a finding
 * are decided in one place.
 *
 * Blanks: a blank cell (null) is not 0. A blank *printed* value is never compared with a
 * number (that would be reporting absence as a mismatch). Blank *terms* of a sum count as
 * 0, because a column with blank rows still adds up: a 类 of 10 whose only 款 is printed
 * blank is a real inconsistency. A term that is absent (undefined: the column or row is not
 * in the document at all) is not a term; when no term is present there is nothing to check.
 * Comparisons between tables are stricter (see `sumSide` in rules/cross-tables.ts).
 */
import type { CellRef } from '../model/provenance.js';
import type { Lang } from '../format/messages.js';
import type { Unit } from '../schema/primitives.js';
import type { FieldRef, Finding, RuleInfo, Severity } from './types.js';
import { amountVerdict, clean, percentVerdict } from './tolerance.js';
import { localized, num, pct, say } from './text.js';

export type Amountish = number | null | undefined;

/** Who a finding is about: its rule and every cell and field involved. */
export interface Subject {
  rule: Pick<RuleInfo, 'id' | 'name'>;
  cells: CellRef[];
  fields?: FieldRef[];
  scorecard?: number;
}

export function finding(
  subject: Subject,
  severity: Severity,
  expected: number | string | null,
  actual: number | string | null,
  message: Finding['message'],
): Finding {
  const out: Finding = {
    rule: subject.rule.id,
    name: subject.rule.name,
    severity,
    cells: subject.cells,
    expected,
    actual,
    message,
  };
  if (typeof expected === 'number' && typeof actual === 'number') out.difference = clean(actual - expected);
  if (subject.fields && subject.fields.length > 0) out.fields = subject.fields;
  if (subject.scorecard !== undefined) out.scorecard = subject.scorecard;
  return out;
}

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Σ of the printed terms. `blanks` says what a blank (null) term is: `zero` (it is a printed
 * empty cell of a sum) or `absent` (it says nothing). Null when there is no term at all.
 */
export function sumOf(
  values: readonly Amountish[],
  blanks: 'zero' | 'absent' = 'absent',
): { sum: number; terms: number } | null {
  let sum = 0;
  let terms = 0;
  let present = false;
  for (const value of values) {
    if (value === null && blanks === 'zero') present = true;
    if (!isNumber(value)) continue;
    sum += value;
    terms += 1;
    present = true;
  }
  return present ? { sum: clean(sum), terms } : null;
}

export interface AmountCheck extends Subject {
  /** The printed value. */
  actual: Amountish;
  /** The value the rule computes. */
  expected: Amountish;
  /** How many printed (rounded) numbers the computed side is made of. */
  terms: number;
  unit?: Unit;
  /** The sentence, given both values already formatted. */
  message: (lang: Lang, actual: string, expected: string) => string;
}

/** Compare an amount with its recomputation under the §5 tolerance: [] when it agrees. */
export function checkAmount(check: AmountCheck): Finding[] {
  const { actual, expected } = check;
  if (!isNumber(actual) || !isNumber(expected)) return [];
  const verdict = amountVerdict(actual - expected, check.terms, check.unit ?? '万元');
  if (verdict === 'ok') return [];
  const message = localized((lang) => check.message(lang, num(actual, lang), num(expected, lang)));
  return [finding(check, verdict, clean(expected), actual, message)];
}

/** A cell, or a function that names it: cells are only named when a finding needs them. */
export type LazyCell = CellRef | (() => CellRef);

/**
 * Compare a printed total with the sum of its printed terms (table cells or narrative fields).
 * The sum is checked first; the terms' cells (`cell` may be a function, for rules that run
 * on every row of a table) are only built for a sum that does not hold.
 */
export function checkSum(
  subject: Subject & { unit?: Unit; message: AmountCheck['message'] },
  total: Amountish,
  terms: readonly { value: Amountish; cell?: LazyCell; field?: FieldRef }[],
): Finding[] {
  if (!isNumber(total)) return [];
  const sum = sumOf(terms.map((term) => term.value), 'zero');
  if (!sum) return [];
  if (amountVerdict(total - sum.sum, sum.terms, subject.unit ?? '万元') === 'ok') return [];
  const printed = terms.filter((term) => isNumber(term.value));
  const cellOf = (cell: LazyCell) => (typeof cell === 'function' ? cell() : cell);
  const cells = [...subject.cells, ...printed.flatMap((term) => (term.cell ? [cellOf(term.cell)] : []))];
  const fields = [...(subject.fields ?? []), ...printed.flatMap((term) => (term.field ? [term.field] : []))];
  return checkAmount({ ...subject, cells, fields, actual: total, expected: sum.sum, terms: sum.terms });
}

/**
 * Compare a printed percentage with part / whole × 100, recomputed from rounded amounts.
 * `said` names the printed figure: `“基本支出”占比为` / `“基本支出” is given as`.
 */
export function checkRate(
  subject: Subject,
  printed: Amountish,
  part: Amountish,
  whole: Amountish,
  said: { zh: string; en: string },
): Finding[] {
  if (!isNumber(printed) || !isNumber(part) || !isNumber(whole) || whole === 0) return [];
  const expected = (part / whole) * 100;
  const verdict = percentVerdict(printed, expected);
  if (verdict === 'ok') return [];
  const message = localized((lang) => {
    const sum = `${num(part, lang)} / ${num(whole, lang)} = ${pct(expected, lang)}`;
    return say(lang, `${said.zh} ${pct(printed, lang)}，但 ${sum}`, `${said.en} ${pct(printed, lang)}, but ${sum}`);
  });
  return [finding(subject, verdict, clean(expected), printed, message)];
}

/**
 * Run one rule (or one part of it, e.g. one table or one scorecard) and never throw: data the
 * schema did not promise (old JSON, hand edits) or a fault in the rule becomes a single
 * `unchecked` finding naming the rule and the part, so a reader (and a test) learns that
 * it could not check, instead of the rule passing in silence. Other parts still run.
 * `part` names what was being checked, e.g. `公开05表` / `Table 05` or a JSON path.
 */
export function guard(rule: Pick<RuleInfo, 'id' | 'name'>, run: () => Finding[], part?: (lang: Lang) => string): Finding[] {
  try {
    return run();
  } catch (error) {
    return [unchecked(rule, error, part)];
  }
}

/** The finding of a part that could not be checked: `未能核对（公开05表）：数据无法读取`. */
export function unchecked(rule: Pick<RuleInfo, 'id' | 'name'>, error: unknown, part?: (lang: Lang) => string): Finding {
  const message = localized((lang) => {
    const where = part ? part(lang) : '';
    return say(lang, `未能核对${where && `（${where}）`}：数据无法读取`, `Could not be checked${where && ` (${where})`}: the data could not be read`);
  });
  // String(error) is "TypeError: …" for an Error.
  return { ...finding({ rule, cells: [] }, 'unchecked', null, null, message), error: String(error) };
}
