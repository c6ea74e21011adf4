// The invariant of tests/parse/perturbed-real.test.ts: after a text is damaged, every audit
// error the original did not have is explained by the parser — on a table it marked doubtful
// (then the audit reports it as `unchecked`, never `error`), or with a parse warning on one of
// its lines or naming its table. An error left without either looks like the document's own
// imbalance, which a parse artefact must never do.
import type { Finding } from '../../src/audit/types.js';
import { unreadTables, type ReadWarning } from '../../src/audit/read-doubts.js';

/** A finding by what it is about (rule and cells), not where: damage moves line numbers. */
export const findingKey = (finding: Finding): string =>
  `${finding.rule} ${finding.cells
    .map((cell) => `${cell.table}:${cell.row}/${cell.column}`)
    .sort()
    .join(' ')} ${(finding.fields ?? []).map((field) => field.path).join(' ')}`;

/** The errors of `after` that `before` did not report. */
export function newErrors(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const known = new Set(before.filter((f) => f.severity === 'error').map(findingKey));
  return after.filter((f) => f.severity === 'error' && !known.has(findingKey(f)));
}

/**
 * The new errors no parse warning explains: none names one of the finding's tables (by its
 * `table` or its message), none is on one of its cells' lines. Warnings the audit reads as
 * confident (a table absent, a code repaired) explain nothing.
 */
export function unexplained(errors: readonly Finding[], warnings: readonly (ReadWarning & { line?: number })[]): Finding[] {
  const doubtful = unreadTables(warnings);
  const lines = new Set(warnings.filter((w) => w.line !== undefined && w.code !== 'table-absent').map((w) => w.line!));
  return errors.filter(
    (finding) =>
      !finding.cells.some((cell) => doubtful.has(cell.table) || (cell.line !== undefined && lines.has(cell.line))) &&
      !(finding.fields ?? []).some((field) => field.line !== undefined && lines.has(field.line)),
  );
}

/** One line per finding, for a failure message. */
export const describeFinding = (finding: Finding): string => `${finding.rule} ${finding.severity} [${finding.cells.map((c) => `${c.table}:${c.row}/${c.column}@${c.line ?? '?'}`).join(' ')}] ${finding.message.en}`;
