/**
 * What the parser could not read confidently, and what that does to the audit's findings.
 *
 * A table read with lines the parser could not place (`line-unread`), unreadable numbers or
 * guessed columns may hold wrong or missing cells: a sum that does not hold there is more
 * likely the parser's fault than the document's. So an error or warning that names a cell
 * of such a table is reported as `unchecked` ("未能核对"), keeping what the rule found, never
 * as the document's own error (issue 10). Rounding notes stay notes.
 *
 * The adapter below is the one place that knows the shape of today's parse warnings: they
 * carry no table id, but each names its table in its message (`公开03表`, the national code
 * `where()` in parse/tables/layout.ts prints). When the parse result gains a per-table read
 * confidence (or a `table` field on warnings, already honoured here), only `unreadTables`
 * changes.
 */
import type { TableId } from '../schema/primitives.js';
import type { Disclosure } from '../schema/disclosure.js';
import type { Finding } from './types.js';
import { tableName } from './cells.js';
import { localized, say } from './text.js';

export { CONFIDENT_CODES, doubtsOf, readDoubtsOf, unreadScorecards, unreadTables, type ReadWarning } from './read-doubts.js';

/**
 * The findings with every error or warning that names a cell of a doubtful table turned into
 * `unchecked`, its sentence kept after the reason. Linear in findings × cells per finding.
 */
export function withReadConfidence(
  doc: Disclosure,
  findings: readonly Finding[],
  unread: ReadonlyMap<TableId, readonly string[]>,
  cards: ReadonlySet<number> = new Set(),
): Finding[] {
  if (unread.size === 0 && cards.size === 0) return [...findings];
  return findings.map((finding) => {
    if (finding.severity !== 'error' && finding.severity !== 'warning') return finding;
    const doubtful = [...new Set(finding.cells.map((cell) => cell.table).filter((table) => unread.has(table)))];
    const card = finding.scorecard !== undefined && cards.has(finding.scorecard) ? finding.scorecard : undefined;
    if (doubtful.length === 0 && card === undefined) return finding;
    const message = localized((lang) => {
      const cardName = card === undefined ? [] : [say(lang, `绩效自评表“${doc.performance?.scorecards[card]?.name ?? ''}”`, `the scorecard “${doc.performance?.scorecards[card]?.name ?? ''}”`)];
      const tables = [...doubtful.map((table) => tableName(doc, table, lang)), ...cardName].join(say(lang, '、', ', '));
      return say(
        lang,
        `未能核对（${tables}未能完整读取）：${finding.message['zh-CN']}`,
        `Could not be checked (${tables} could not be read with confidence): ${finding.message.en}`,
      );
    });
    const codes = [
      ...doubtful.flatMap((table) => (unread.get(table) ?? []).map((code) => `${table}:${code}`)),
      ...(card === undefined ? [] : [`scorecard ${card}`]),
    ];
    return { ...finding, severity: 'unchecked' as const, message, error: `parse warnings ${codes.join(', ')}; was ${finding.severity}` };
  });
}
