/**
 * The figures of the 情况说明, read sentence by sentence from the lines outside every table
 * and attachment. Each reader recognises its own sentence shape; a line no reader takes is
 * prose, not lost data (the narrative repeats table figures, which the tables carry).
 */
import { functionClassCode } from '../codes.js';
import type { TextLine } from '../lines.js';
import type { Region } from '../regions.js';
import { readComparison, readStatement, type ComparisonOut } from './comparisons.js';
import { readInlineComparisons } from './comparisons-inline.js';
import { addThreePublicExecution, addThreePublicFigures, readAssets, readProcurement } from './details.js';
import { readExecution, type ExecutionItemOut } from './execution.js';
import { readCompletions } from './completion.js';
import { addRelatedFigures } from './related.js';
import { listedPart, openListedShares, readShares, type ShareGroupOut, type Wholes } from './shares.js';
import { narrativeSentences } from './text.js';
import { inNarrativeUnit } from './unit.js';

/** Placeholders of the national templates (the audit's rule 39 names them). */
const TEMPLATE_TEXT = /[XＸ]{2,}|增加[（(]减少[）)]|减少[（(]增加[）)]|增长[（(]下降[）)]|上升[（(]下降[）)]|(?:主要原因是|原因是)[:：]?\s*[。；;]/;

export function parseNarrative(
  lines: TextLine[],
  regions: Region[],
  tables: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const rows = functionRows(tables);
  const comparisons: ComparisonOut[] = [];
  const shares: ShareGroupOut[] = [];
  const items: ExecutionItemOut[] = [];
  let total: ExecutionItemOut | undefined;
  const threePublic: Record<string, unknown> = {};
  const notes: string[] = [];
  const out: Record<string, unknown> = {};
  const wholes = wholesOf(tables);
  let listed: ReturnType<typeof openListedShares>;
  /** The totals stated by the last sentences, for a comparison that names its subject first. */
  const stated: { subject: string; amount: number; at: number }[] = [];
  /** An execution item to its place; true when it is a "三公" one. */
  const addExecution = (execution: ExecutionItemOut): boolean => {
    if (addThreePublicExecution(threePublic, execution)) return true;
    if (execution.code) items.push(execution);
    else if (/(类)|（类）/.test(execution.label)) items.push(execution);
    else if (isTotalLabel(execution.label) && !total) total = execution;
    // A sentence about one 类 or 项 ("一般公共服务支出 年初预算为…") is an item, never the total.
    else if (!isTotalLabel(execution.label)) items.push(execution);
    return false;
  };
  const { unit, sentences } = inNarrativeUnit(narrativeSentences(lines, regions));
  for (const [at, line] of sentences.entries()) {
    // "比 2025 年减少…" may sit in any sentence (a 三公 one, a structure one), several to a line.
    // 会议费 / 培训费 beside the 三公 (related.ts): their change is theirs, not a comparison too.
    const related = addRelatedFigures(threePublic, line);
    const inlines = readInlineComparisons(line).filter((c) => !(related && /会议费|培训费/.test(c.label)));
    for (const inline of inlines) {
      if (inline.subject === 'operatingCosts') out.operatingCosts ??= inline;
      else comparisons.push(inline);
    }
    // 会议费 / 培训费 beside the 三公: theirs alone, unless the sentence is also about a 三公 item.
    if (related && !/三公|出国|公务用车|接待/.test(line.text)) continue;
    const completions = readCompletions(line);
    if (completions.length > 0) {
      for (const item of completions) addExecution(item);
      addThreePublicFigures(threePublic, line);
      continue;
    }
    const execution = readExecution(line, rows);
    if (execution) {
      if (addExecution(execution)) addThreePublicFigures(threePublic, line);
      continue;
    }
    if (addThreePublicFigures(threePublic, line)) continue;
    // Before shares: "政府采购支出总额…，其中：…占…%" is procurement, not a structure.
    const procurement = readProcurement(line);
    if (procurement) {
      out.procurement ??= procurement;
      continue;
    }
    if (listed) {
      const part = listedPart(line, listed.names);
      if (part) {
        listed.group.parts.push(part);
        continue;
      }
      listed = undefined;
    }
    const opened = openListedShares(line);
    if (opened) {
      shares.push(opened.group);
      listed = opened;
      continue;
    }
    // A share sentence may also carry a comparison (line "…占本年支出合计的100%。与2020年度相比…").
    const share = readShares(line, wholes);
    if (share) shares.push(share);
    const comparison = readComparison(line);
    if (comparison?.current === null) {
      // "收入总计520.00万元，其中：…" then "收入支出总体与上年相比，增加…": the amount the sentences
      // just before stated (a few at most: 收入总计, 支出总计 in between). Two that differ (收入
      // and 支出总计 apart) leave it unknown: which one the text compares is not said.
      const before = new Set(stated.filter((s) => s.subject === comparison.subject && at - s.at <= STATED_REACH).map((s) => s.amount));
      if (before.size === 1) comparison.current = [...before][0]!;
    }
    const statement = comparison ? undefined : readStatement(line);
    while (stated.length > 0 && at - stated[0]!.at > STATED_REACH) stated.shift();
    if (statement) stated.push({ ...statement, at });
    if (comparison) {
      if (comparison.subject === 'operatingCosts') out.operatingCosts ??= comparison;
      else comparisons.push(comparison);
      continue;
    }
    if (share) continue;
    const assets = readAssets(line);
    if (assets) {
      out.assets ??= assets;
      continue;
    }
    // "本部门没有…", also with the year between ("本部门2022年度无国有资本经营预算财政拨款收支"):
    // the audit reads these to know why a fund table is empty (rule 30).
    if (/^本(?:部门|单位)[^，。；]{0,12}?(?:没有|无|不涉及)/.test(line.text) && line.text.length < 120) notes.push(line.text);
    // A sentence still holding template text ("XX万元", "增加（减少）", "主要原因是。") has no
    // figure a reader takes; kept so that the audit's rule 39 can name it.
    else if (inlines.length === 0 && TEMPLATE_TEXT.test(line.text) && line.text.length < 300) notes.push(line.text);
  }
  if (comparisons.length > 0) out.comparisons = comparisons;
  if (shares.length > 0) out.shares = shares;
  if (total || items.length > 0) out.execution = total ? { total, items } : { items };
  if (Object.keys(threePublic).length > 0) out.threePublic = threePublic;
  if (notes.length > 0) out.notes = notes;
  if (Object.keys(out).length === 0) return undefined;
  return { unit, ...out };
}

/** How many sentences back a stated total may be compared by a sentence naming it first. */
const STATED_REACH = 3;

/** Function rows of 表5 (else 表3, 表2), to resolve 类(款)(项) names to codes. */
function functionRows(tables: Record<string, unknown>): { code: string; name: string }[] {
  for (const id of ['t5', 't3', 't2']) {
    const table = tables[id] as { rows?: { code: string; name: string }[] } | undefined;
    if (table?.rows && table.rows.length > 0) return table.rows;
  }
  return [];
}

/** 本年收入合计 / 本年支出合计 from 表1, for sentences that name them without the amount. */
function wholesOf(tables: Record<string, unknown>): Wholes {
  const totals = (tables.t1 as { totals?: Record<string, { amount: number | null }> } | undefined)?.totals ?? {};
  return (label) => {
    if (/本年支出合计/.test(label)) return totals.expenditureTotal?.amount ?? null;
    if (/本年收入合计/.test(label)) return totals.incomeTotal?.amount ?? null;
    return null;
  };
}

/**
 * The total sentence names the whole (一般公共预算财政拨款支出, 本年支出, or nothing before
 * its figures); a sentence that names a 类, 款 or 项 is an item.
 */
function isTotalLabel(label: string): boolean {
  const t = label.replace(/\s+/g, '').replace(/[:：，,]$/, '');
  if (t === '' || /^(?:本部门|本单位)?(?:本年度?)?$/.test(t)) return true;
  if (functionClassCode(t) !== undefined) return false;
  return /一般公共预算(?:财政)?拨款(?:支出|基本支出)?|本年(?:度)?支出|支出(?:合计|总计)|财政拨款支出/.test(t) && !/[(（][类款项][)）]/.test(t);
}
