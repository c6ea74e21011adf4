// Shared by the tests/parse/budget-*.test.ts files: a synthetic 部门预算 variant from a city the
// real samples do not cover (tests/fixtures/variants/budget-*.txt), parsed, with the warnings
// and the audit's findings that say something is wrong. The texts add up by construction, so
// an audit error on them is a parse error.
import { parsedVariant } from '../helpers/parsed-variant.js';

export const budgetVariant = (name: string) => parsedVariant(name, ['rounding', 'unchecked']);

type Row = { code?: string; name: string; values: Record<string, number | null> };
/** A function table's rows as [code, name, …the named columns]. */
export const rowsOf = (rows: readonly Row[] | undefined, keys: readonly string[]) =>
  (rows ?? []).map((r) => [r.code ?? null, r.name, ...keys.map((k) => (k in r.values ? r.values[k] : 'absent'))]);
