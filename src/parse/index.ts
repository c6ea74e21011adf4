/**
 * `parse(text)`: a published disclosure's text (tab- or space-separated tables, as PDF
 * extraction gives them) → schema JSON, with provenance on every number and a warning for
 * everything it could not read. Pure and DOM-free: it runs in Node and the browser, never
 * throws, and is linear in the size of the input (one pass per phase, line-local regexes).
 *
 * @example
 * const { document, warnings, status } = parse(text);
 * if (status !== 'complete') for (const w of warnings) console.warn(w.line, w.message.en);
 */
import type { Lang } from '../format/messages.js';
import type { Disclosure } from '../schema/disclosure.js';
import { SCHEMA_VERSION } from '../schema/disclosure.js';
import type { TableId, Unit } from '../schema/primitives.js';
import { validate, type Problem } from '../schema/validate.js';
import { checkContents } from './contents.js';
import { contentsTables } from './contents-tables.js';
import { splitLines, type TextLine } from './lines.js';
import { readMeta } from './metadata.js';
import { narrativeFigures } from './narrative/figures.js';
import { parseNarrative } from './narrative/index.js';
import { parsePerformance } from './performance/index.js';
import { findContents, findFurniture, pagesFromLines, type Page } from './pages.js';
import { findRegions, type Region } from './regions.js';
import { findTableRegions } from './table-regions.js';
import { parseTables } from './tables/index.js';
import type { TableLayout } from './tables/layout.js';
import { tableReads, type TableRead } from './reads.js';
import { readDoubtsOf } from '../audit/read-doubts.js';
import { losesData, WarningSink, type ParseWarning } from './warnings.js';

export type { ParseWarning } from './warnings.js';
export { parsePdf, type PdfParseOptions } from './pdf/index.js';
export type { TableRead } from './reads.js';

export interface ParseOptions {
  /**
   * The caller's language. Every warning and problem carries both languages (`Localized`),
   * so the result does not depend on it; it is accepted so callers can pass their setting.
   */
  lang?: Lang;
}

export type ParseStatus = 'complete' | 'partial' | 'unreadable';

export interface ParseResult {
  document: Disclosure | null;
  warnings: ParseWarning[];
  status: ParseStatus;
  /** Why the document does not validate, when it does not. */
  problems?: Problem[];
  /**
   * The tables read, when no document could be made of them because its metadata does not
   * validate (a missing year is no such case: the year is then absent, never invented).
   */
  tables?: Disclosure['tables'];
  /**
   * How sure the reading of each table is, by table id: for the audit's "could not check"
   * (docs: README, "Parse: table confidence"). Present for every table read.
   */
  reads?: Partial<Record<TableId, TableRead>>;
}

/**
 * @param text The disclosure's text; or several texts that make one disclosure (a city that
 *   publishes the 情况说明 and the 报表 as two files), in reading order. They are read as one
 *   text, each starting on a new page; line numbers in warnings and `source.line` count
 *   through them in that order.
 */
export function parse(text: string | readonly string[], options: ParseOptions = {}): ParseResult {
  void options;
  return parseGuarded((warnings, found) => {
    const source = joinTexts(text);
    if (source.trim() === '') {
      warnings.add('empty-input');
      return null;
    }
    const lines = splitLines(source);
    return build(lines, pagesFromLines(source.split('\n'), lines), warnings, found);
  });
}

/**
 * Stage 1 done by another source (the PDF reader): its lines of cells and pages of runs go
 * through the same stages as text. `warnings` may already hold the source's own warnings.
 */
export function parseSourceLines(lines: TextLine[], pages: Page[], warnings = new WarningSink()): ParseResult {
  return parseGuarded((sink, found) => (lines.some((l) => l.text !== '') ? build(lines, pages, sink, found) : (sink.add('empty-input'), null)), warnings);
}

/** What the table path found, kept for the per-table confidence. */
interface Found {
  regions: Region[];
  layouts: TableLayout[];
  lines: TextLine[];
}

function parseGuarded(run: (warnings: WarningSink, found: Found) => Record<string, unknown> | null, warnings = new WarningSink()): ParseResult {
  let draft: Record<string, unknown> | null = null;
  const found: Found = { regions: [], layouts: [], lines: [] };
  try {
    draft = run(warnings, found);
  } catch (error) {
    // A parser bug must not escape into the caller's page: report it as a warning.
    warnings.add('internal-error', undefined, { detail: error instanceof Error ? error.message : String(error) });
  }
  const result = finish(draft, warnings);
  const reads = tableReads(found.regions, found.layouts, (i) => found.lines[i]?.no ?? i + 1, result.warnings);
  if (Object.keys(reads).length > 0) result.reads = reads;
  return result;
}

/** Several files as one text: each after a form feed, the page break pdftotext prints. */
function joinTexts(text: string | readonly string[]): string {
  if (Array.isArray(text)) return text.map((t) => (typeof t === 'string' ? t : String(t ?? ''))).join('\n\f');
  return typeof text === 'string' ? text : String(text ?? '');
}

function build(lines: TextLine[], pages: Page[], warnings: WarningSink, found: Found): Record<string, unknown> | null {
  const regions = documentRegions(lines, pages);
  const sections = checkContents(lines, warnings);
  const meta = readMeta(lines, warnings);
  const tableRegions = regions.filter((r) => r.kind === 'table');
  const unit = defaultUnit(lines, tableRegions);
  const { tables, layouts, other } = parseTables(lines, regions, meta.kind, unit, warnings);
  Object.assign(found, { regions, layouts, lines });
  if (Object.keys(tables).length === 0) warnings.add('no-tables');
  const listed = contentsTables(findContents(pages), (i) => lines[i]?.no ?? i + 1);
  const document: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    meta: { ...meta, unit, ...(listed.length > 0 ? { contents: listed } : {}), ...(sections.length > 0 ? { sections } : {}) },
    tables,
  };
  const narrative = parseNarrative(lines, regions, tables);
  if (narrative) document.narrative = narrative;
  const performance = parsePerformance(lines, regions, warnings);
  if (performance) document.performance = performance;
  if (other.length > 0) document.otherTables = other;
  // Last, when every other reader has run: the text's figures the JSON holds nowhere else.
  const { unit: narrativeUnit, figures } = narrativeFigures(lines, regions, document);
  if (figures.length > 0) document.narrative = { unit: narrativeUnit, ...narrative, figures };
  return document;
}

/**
 * The parts of the document: tables from the staged table finder (pages of runs → furniture
 * and contents → table regions scored for identity), scorecards, evaluation reports and the
 * 绩效自评汇总表 from the heading reader. A table region ends where another part starts.
 */
export function documentRegions(lines: TextLine[], pages: Page[]): Region[] {
  const furniture = findFurniture(pages, lines);
  const contents = findContents(pages);
  const headings = findRegions(lines, true).filter((r) => r.kind !== 'table');
  const others = headings.filter((r) => r.kind !== 'section');
  const starts = others.map((r) => r.start);
  const tables = findTableRegions(lines, contents, headings.map((r) => r.start)).filter(
    // A scorecard's own title is read by the scorecard reader, not as an "other" table.
    (t) => t.kind !== 'other' || !starts.some((s) => Math.abs(s - t.start) <= 3),
  );
  const regions: Region[] = [
    ...others,
    ...tables.map((t) => {
      const skip = new Set<number>(t.captions);
      for (const i of furniture) if (i > t.start && i < t.end) skip.add(i);
      const titleAt = t.captions.find((c) => !isLabelOnly(lines[c]!.text)) ?? t.start;
      const region: Region = { kind: 'table', title: t.title, start: t.start, end: t.end, skip, titleAt, margin: t.margin };
      if (t.kind !== 'other') region.table = t.kind;
      if (t.label !== undefined) region.label = t.label;
      if (t.like !== undefined) region.like = t.like;
      return region;
    }),
  ].sort((a, b) => a.start - b.start);
  for (let r = 0; r < regions.length - 1; r++) {
    const region = regions[r]!;
    if (region.kind !== 'table') region.end = regions[r + 1]!.start;
    else region.end = Math.min(region.end, regions[r + 1]!.start);
  }
  return regions;
}

const isLabelOnly = (text: string) => /^[（(]?(?:公开|预算|附)?\s*0?\d*\s*表\s*[\d一二三四五六七八九十]*[）)]?$/.test(text.trim());

/** The unit most tables state; 万元, the national default, when none does. */
function defaultUnit(lines: TextLine[], regions: Region[]): Unit {
  const counts = new Map<Unit, number>();
  for (const region of regions) {
    for (let i = region.start; i < Math.min(region.end, region.start + 10); i++) {
      const match = /(?:金额)?单位[:：]\s*(万元|亿元|元)/.exec(lines[i]!.text);
      if (match) {
        const unit = match[1] as Unit;
        counts.set(unit, (counts.get(unit) ?? 0) + 1);
        break;
      }
    }
  }
  let best: Unit = '万元';
  let most = 0;
  for (const [unit, count] of counts) if (count > most) [best, most] = [unit, count];
  return best;
}

/**
 * The document with `meta.readDoubts`: the tables and scorecards its warnings say were read
 * with doubt, kept in the JSON so that the audit and the sankey of a saved file still tell a
 * parse artefact from the document's own imbalance.
 */
function withReadDoubts(document: Disclosure, list: readonly ParseWarning[]): Disclosure {
  const doubts = readDoubtsOf(document, list);
  return doubts ? { ...document, meta: { ...document.meta, readDoubts: doubts } } : document;
}

/** Whether the draft holds any table, table kept as printed, narrative or scorecard. */
function readSomething(draft: Record<string, unknown>): boolean {
  const filled = (value: unknown) => value !== undefined && value !== null && (typeof value !== 'object' || Object.keys(value).length > 0);
  return filled(draft.tables) || filled(draft.otherTables) || filled(draft.narrative) || filled(draft.performance);
}

function finish(draft: Record<string, unknown> | null, warnings: WarningSink): ParseResult {
  const problem: Problem = {
    path: '$',
    expected: 'the text of a disclosure',
    found: 'nothing readable',
    message: { 'zh-CN': '没有可读取的公开文本。', en: 'There is no disclosure text to read.' },
  };
  if (draft === null) return { document: null, warnings: warnings.finish(), status: 'unreadable', problems: [problem] };
  // Nothing of a disclosure read and no year either ("hello", a letter, a web page's text):
  // unreadable, not an empty document (the year is optional only for a text that has tables).
  if ((draft.meta as { year?: number } | undefined)?.year === undefined && !readSomething(draft)) {
    return { document: null, warnings: warnings.finish(), status: 'unreadable', problems: [problem] };
  }
  const result = validate(draft);
  if (result.ok) {
    const list = warnings.finish();
    return { document: withReadDoubts(result.document, list), warnings: list, status: list.some(losesData) ? 'partial' : 'complete' };
  }
  for (const problem of result.problems.slice(0, 20)) {
    warnings.add('invalid-output', undefined, { detail: problem.message });
  }
  // Keep what is valid: drop each table, the narrative or the performance part that holds a
  // problem, and say so through `problems`. Bad metadata leaves nothing to keep.
  const pruned = prune(draft, result.problems);
  const second = pruned ? validate(pruned) : undefined;
  if (second?.ok) {
    const list = warnings.finish();
    return { document: withReadDoubts(second.document, list), warnings: list, status: 'partial', problems: result.problems };
  }
  const hasTables = Object.keys((draft.tables as object) ?? {}).length > 0;
  const out: ParseResult = {
    document: null,
    warnings: warnings.finish(),
    status: hasTables ? 'partial' : 'unreadable',
    problems: result.problems,
  };
  // A metadata gap (a year is optional: absent when none is recognised): the tables are still the document's; hand them over
  // on their own, validated under a stand-in year that is not returned.
  if (hasTables && result.problems.every((p) => p.path.startsWith('$.meta'))) {
    const meta = { ...(draft.meta as object), year: 2000, department: (draft.meta as { department?: string }).department || '-' };
    const alone = validate({ ...draft, meta });
    if (alone.ok) out.tables = alone.document.tables;
  }
  return out;
}

function prune(draft: Record<string, unknown>, problems: Problem[]): Record<string, unknown> | undefined {
  const copy: Record<string, unknown> = { ...draft, tables: { ...(draft.tables as object) } };
  for (const problem of problems) {
    const table = /^\$\.tables\.(t\d)/.exec(problem.path);
    if (table) delete (copy.tables as Record<string, unknown>)[table[1]!];
    else if (/^\$\.narrative/.test(problem.path)) delete copy.narrative;
    else if (/^\$\.performance/.test(problem.path)) delete copy.performance;
    else if (/^\$\.otherTables/.test(problem.path)) delete copy.otherTables;
    else return undefined;
  }
  return copy;
}
