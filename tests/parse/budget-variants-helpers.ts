// Shared by the tests/parse/budget-*.test.ts files: a synthetic 部门预算 variant from a city the
// real samples do not cover (tests/fixtures/variants/budget-*.txt), parsed, with the warnings
// and the audit's findings that say something is wrong. The texts add up by construction, so
// an audit error on them is a parse error.
import { parse, type ParseResult } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { fixtureText } from '../helpers/fixtures.js';

export async function budgetVariant(name: string) {
  const result: ParseResult = parse(await fixtureText(`variants/${name}.txt`));
  const doc = result.document!;
  // R37 (a 预算 should publish all nine tables): each fixture holds only the tables it is about.
  const findings = audit(doc, { warnings: result.warnings }).filter((f) => f.rule !== 'R37');
  return {
    result,
    doc,
    /** Warning codes, less table-absent (each fixture holds only some of the nine tables). */
    warned: result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent'),
    /** Audit findings that are neither rounding notes nor checks left undone. */
    faults: findings.filter((f) => f.severity !== 'rounding' && f.severity !== 'unchecked').map((f) => `${f.rule} ${f.severity} ${f.message['zh-CN']}`),
  };
}

type Row = { code?: string; name: string; values: Record<string, number | null> };
/** A function table's rows as [code, name, …the named columns]. */
export const rowsOf = (rows: readonly Row[] | undefined, keys: readonly string[]) =>
  (rows ?? []).map((r) => [r.code ?? null, r.name, ...keys.map((k) => (k in r.values ? r.values[k] : 'absent'))]);
