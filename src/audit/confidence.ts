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
import type { Localized } from '../format/messages.js';
import type { TableId } from '../schema/primitives.js';
import type { Disclosure } from '../schema/disclosure.js';
import type { Finding } from './types.js';
import { tableName } from './cells.js';
import { localized, say } from './text.js';

/** The part of a parse warning the audit reads (`ParseWarning` of src/parse fits). */
export interface ReadWarning {
  code: string;
  line?: number;
  message: Localized;
  /** The table the warning is about, when the parser says so directly. */
  table?: TableId;
}

/**
 * Warnings that do not make a table's cells doubtful: the table is absent (nothing was read,
 * so nothing is checked), a code completed from split columns, a unit assumed for the whole
 * document, a scorecard level inferred the way the format prescribes.
 */
const CONFIDENT_CODES: ReadonlySet<string> = new Set(['table-absent', 'code-repaired', 'unit-unknown', 'scorecard-level-inferred']);

const TABLE_IN_MESSAGE = /公开0([1-9])表/;

/**
 * The tables the parser read with doubt, each with the codes of its warnings (`line-unread`,
 * `number-unreadable`, …), from the warnings of `parse()`. Warnings that name no table
 * (metadata, the narrative, scorecards) are not about table cells and are left out.
 */
export function unreadTables(warnings: readonly ReadWarning[] | undefined): Map<TableId, string[]> {
  const out = new Map<TableId, string[]>();
  for (const warning of warnings ?? []) {
    if (CONFIDENT_CODES.has(warning.code)) continue;
    const table = warning.table ?? tableNamed(warning.message?.['zh-CN']);
    if (!table) continue;
    const codes = out.get(table) ?? [];
    if (!codes.includes(warning.code)) codes.push(warning.code);
    out.set(table, codes);
  }
  return out;
}

function tableNamed(message: string | undefined): TableId | undefined {
  const match = TABLE_IN_MESSAGE.exec(message ?? '');
  return match ? (`t${match[1]}` as TableId) : undefined;
}

/**
 * The findings with every error or warning that names a cell of a doubtful table turned into
 * `unchecked`, its sentence kept after the reason. Linear in findings × cells per finding.
 */
export function withReadConfidence(
  doc: Disclosure,
  findings: readonly Finding[],
  unread: ReadonlyMap<TableId, readonly string[]>,
): Finding[] {
  if (unread.size === 0) return [...findings];
  return findings.map((finding) => {
    if (finding.severity !== 'error' && finding.severity !== 'warning') return finding;
    const doubtful = [...new Set(finding.cells.map((cell) => cell.table).filter((table) => unread.has(table)))];
    if (doubtful.length === 0) return finding;
    const message = localized((lang) => {
      const tables = doubtful.map((table) => tableName(doc, table, lang)).join(say(lang, '、', ', '));
      return say(
        lang,
        `未能核对（${tables}未能完整读取）：${finding.message['zh-CN']}`,
        `Could not be checked (${tables} could not be read with confidence): ${finding.message.en}`,
      );
    });
    const codes = doubtful.flatMap((table) => (unread.get(table) ?? []).map((code) => `${table}:${code}`));
    return { ...finding, severity: 'unchecked' as const, message, error: `parse warnings ${codes.join(', ')}; was ${finding.severity}` };
  });
}
