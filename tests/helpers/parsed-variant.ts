// A synthetic variant text (tests/fixtures/variants/<name>.txt) parsed, with the warnings and
// the audit's findings that say something is wrong. The texts add up by construction, so an
// audit fault on them is a parse error. Shared by tests/parse/final-*.test.ts (部门决算
// variants) and tests/parse/budget-*.test.ts (部门预算 variants from other cities).
import { parse, type ParseResult } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import type { Severity } from '../../src/audit/types.js';
import { fixtureText } from './fixtures.js';

/** `notFaults`: the severities that are not faults here (rounding notes; checks left undone). */
export async function parsedVariant(name: string, notFaults: readonly Severity[]) {
  const result: ParseResult = parse(await fixtureText(`variants/${name}.txt`));
  const doc = result.document!;
  // R37 (all nine tables published): each fixture holds only the tables it is about.
  const findings = audit(doc, { warnings: result.warnings }).filter((f) => f.rule !== 'R37');
  return {
    result,
    doc,
    /** Warning codes, less table-absent (each fixture holds only some of the nine tables). */
    warned: result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent'),
    faults: findings.filter((f) => !notFaults.includes(f.severity)).map((f) => `${f.rule} ${f.severity} ${f.message['zh-CN']}`),
  };
}
