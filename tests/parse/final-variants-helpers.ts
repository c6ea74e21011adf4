// Shared by the tests/parse/final-*.test.ts files: a synthetic 部门决算 variant
// (tests/fixtures/variants/final-*.txt) parsed, with the warnings and the audit's findings
// that say something is wrong. The texts are consistent by construction, so an audit error or
// warning on them is a parse error.
import { parse, type ParseResult } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { fixtureText } from '../helpers/fixtures.js';

export async function finalVariant(name: string) {
  const result: ParseResult = parse(await fixtureText(`variants/${name}.txt`));
  const doc = result.document!;
  // R37 (a 决算 should publish all nine tables): each fixture holds only the tables it is about.
  const findings = audit(doc, { warnings: result.warnings }).filter((f) => f.rule !== 'R37');
  return {
    result,
    doc,
    /** Warning codes, less table-absent (each fixture holds only some of the nine tables). */
    warned: result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent'),
    /** Audit findings other than rounding notes. */
    faults: findings.filter((f) => f.severity !== 'rounding').map((f) => `${f.rule} ${f.severity} ${f.message['zh-CN']}`),
  };
}

/** A line's name, 行次 and amount: the cells a tooltip shows. */
export const lineOf = (l: { name: string; line?: number; amount: number | null } | undefined) => l && [l.name, l.line ?? null, l.amount];
