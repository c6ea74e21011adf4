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
export function unreadTables(warnings: readonly ReadWarning[] | undefined, doc?: Disclosure): Map<TableId, string[]> {
  const out = new Map<TableId, string[]>();
  // Warnings past the parser's cap are dropped: a table printed after the last one kept may
  // have lost warnings too, so it is not known to have been read confidently.
  const cutoff = droppedAfter(warnings);
  if (cutoff && !cutoff.inScorecards && doc) {
    for (const [id, table] of Object.entries(doc.tables ?? {})) {
      const line = (table as { source?: { line?: number } } | undefined)?.source?.line;
      if (typeof line === 'number' && line > cutoff.line) out.set(id as TableId, ['too-many-warnings']);
    }
  }
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

/**
 * Where the parser stopped listing warnings (`too-many-warnings`: it keeps the first 500, in the
 * order it read the document: tables, then the narrative, then the scorecards). Everything it
 * read after the last warning kept may have lost warnings: tables printed after that line and,
 * when the cap was reached among the tables, every scorecard; when it was reached among the
 * scorecards, the cards printed after that line. Undefined when nothing was dropped.
 */
function droppedAfter(warnings: readonly ReadWarning[] | undefined): { line: number; inScorecards: boolean } | undefined {
  if (!warnings?.some((warning) => warning.code === 'too-many-warnings')) return undefined;
  let last: ReadWarning | undefined;
  for (const warning of warnings) if (warning.code !== 'too-many-warnings' && warning.line !== undefined) last = warning;
  if (!last) return undefined;
  return { line: last.line!, inScorecards: /绩效自评表/.test(last.message?.['zh-CN'] ?? '') };
}

/**
 * The scorecards (indexes into `performance.scorecards`) the parser read with doubt: a warning
 * about a 绩效自评表 line belongs to the card whose printed start is the last one before it
 * (warnings name the card, but a card whose name was not read is named ""). A card printed
 * after the last warning kept, when the parser dropped some, is doubtful too. Cards without a
 * source line cannot be placed and are left out.
 */
export function unreadScorecards(doc: Disclosure, warnings: readonly ReadWarning[] | undefined): Set<number> {
  const starts = (doc.performance?.scorecards ?? [])
    .map((card, index) => ({ index, line: card?.source?.line }))
    .filter((card): card is { index: number; line: number } => typeof card.line === 'number')
    .sort((a, b) => a.line - b.line);
  const out = new Set<number>();
  const cutoff = droppedAfter(warnings);
  if (cutoff) for (const card of starts) if (!cutoff.inScorecards || card.line > cutoff.line) out.add(card.index);
  for (const warning of warnings ?? []) {
    if (CONFIDENT_CODES.has(warning.code) || warning.line === undefined || !/绩效自评表/.test(warning.message?.['zh-CN'] ?? '')) continue;
    // The last card starting at or before the warning's line (binary search: linear overall).
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.line <= warning.line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0) out.add(starts[found]!.index);
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
