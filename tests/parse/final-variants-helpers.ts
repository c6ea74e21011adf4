// Shared by the tests/parse/final-*.test.ts files: a synthetic 部门决算 variant
// (tests/fixtures/variants/final-*.txt) parsed, with the warnings and the audit's findings
// that say something is wrong. The texts are consistent by construction, so an audit error or
// warning on them is a parse error.
import { parsedVariant } from '../helpers/parsed-variant.js';

export const finalVariant = (name: string) => parsedVariant(name, ['rounding']);

/** A line's name, 行次 and amount: the cells a tooltip shows. */
export const lineOf = (l: { name: string; line?: number; amount: number | null } | undefined) => l && [l.name, l.line ?? null, l.amount];
