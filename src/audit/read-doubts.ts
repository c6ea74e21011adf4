/**
 * Which tables and scorecards the parser read with doubt — from the parse warnings (the adapter
 * that knows their shape) or from the document itself (`meta.readDoubts`, which `parse()`
 * writes from the same warnings so that a JSON file keeps them). Pure and small: the parser
 * uses it to write `meta.readDoubts`, the audit and the sankey to read it.
 */
import type { Localized } from '../format/messages.js';
import type { TableId } from '../schema/primitives.js';
import type { Disclosure } from '../schema/disclosure.js';

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
export const CONFIDENT_CODES: ReadonlySet<string> = new Set(['table-absent', 'code-repaired', 'unit-unknown', 'unit-converted', 'scorecard-level-inferred']);

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

/** The doubts as the parser writes them into `meta.readDoubts` (undefined when none). */
export function readDoubtsOf(doc: Disclosure, warnings: readonly ReadWarning[] | undefined): NonNullable<Disclosure['meta']['readDoubts']> | undefined {
  const tables = [...unreadTables(warnings, doc)].map(([table, codes]) => ({ table, warnings: codes.slice(0, 40).map((code) => code.slice(0, 40)) }));
  const scorecards = [...unreadScorecards(doc, warnings)].sort((a, b) => a - b);
  if (tables.length === 0 && scorecards.length === 0) return undefined;
  return { ...(tables.length ? { tables } : {}), ...(scorecards.length ? { scorecards } : {}) };
}

/**
 * The doubtful tables and scorecards of `doc`: those its `meta.readDoubts` lists, joined with
 * those the given parse warnings name (either may be missing).
 */
export function doubtsOf(doc: Disclosure, warnings?: readonly ReadWarning[]): { tables: Map<TableId, string[]>; scorecards: Set<number> } {
  const tables = warnings ? unreadTables(warnings, doc) : new Map<TableId, string[]>();
  const scorecards = warnings ? unreadScorecards(doc, warnings) : new Set<number>();
  // audit() never throws, whatever it is given: a value that is not a document has no doubts.
  const stored = (doc as Partial<Disclosure> | null | undefined)?.meta?.readDoubts;
  for (const entry of stored?.tables ?? []) {
    const codes = tables.get(entry.table) ?? [];
    for (const code of entry.warnings) if (!codes.includes(code)) codes.push(code);
    tables.set(entry.table, codes);
  }
  for (const index of stored?.scorecards ?? []) scorecards.add(index);
  return { tables, scorecards };
}
