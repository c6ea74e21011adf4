/**
 * Which rules could check a document at all. A rule that finds nothing has either passed or
 * had nothing to read: 表8's carry-over rule says nothing about a document without 公开08表.
 * Reporting both as "passed" would overstate what was checked, so a reader (the
 * <disclosure-audit> element, the CLI) learns from `ruleCoverage` which rules ran and what
 * the others lacked. Pure and DOM-free.
 *
 * ```ts
 * ruleCoverage(doc).filter((c) => !c.ran) // [{ rule: 'R17', ran: false, missing: [['t8']] }, …]
 * ```
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { TableId } from '../schema/primitives.js';
import type { RuleInfo } from './types.js';

/** A part of a document a rule reads: one of the nine tables, or a narrative or performance block. */
export type DocumentPart =
  | TableId
  | 'narrative.comparisons'
  | 'narrative.shares'
  | 'narrative.execution'
  | 'narrative.threePublic'
  | 'narrative.operatingCosts'
  | 'narrative.procurement'
  | 'narrative.assets'
  | 'performance.scorecards'
  | 'performance.summary'
  | 'meta.contents'
  | 'meta.sections'
  | 'otherTables';

/**
 * What each rule needs, as a list of alternatives that must all be met: `[['t1'], ['t2']]`
 * is 表1 and 表2; `[['t5', 't8', 't9']]` is any one of them. Read from the rules' own
 * code (src/audit/rules/*): a rule given a document without these returns no finding.
 */
const ALL_TABLES: readonly DocumentPart[] = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];

const NEEDS: Readonly<Record<string, readonly (readonly DocumentPart[])[]>> = {
  R01: [['t1']],
  R02: [['t1']],
  R03: [['t1']],
  R04: [['t1']],
  R05: [['t1']],
  R06: [['t1'], ['t2']],
  R07: [['t1'], ['t3']],
  R08: [['t2', 't3', 't5', 't8', 't9']],
  R09: [['t3']],
  R10: [['t5', 't8', 't9']],
  R11: [['t4']],
  R12: [['t4'], ['t5', 't8', 't9']],
  R13: [['t1'], ['t4']],
  R14: [['t6']],
  R15: [['t7']],
  R16: [['t6'], ['t7']],
  R17: [['t8']],
  R18: [['narrative.comparisons', 'narrative.shares', 'narrative.execution', 'narrative.threePublic']],
  R19: [['narrative.comparisons']],
  R20: [['narrative.shares']],
  R21: [['narrative.execution', 'narrative.threePublic']],
  R22: [['narrative.operatingCosts'], ['t6']],
  R23: [['narrative.procurement']],
  R24: [['performance.scorecards']],
  R25: [['performance.scorecards']],
  R26: [['performance.scorecards']],
  R27: [['performance.summary']],
  R28: [['performance.scorecards']],
  R29: [['t1'], ['t4']],
  R30: [['t8', 't9']],
  R31: [['t4'], ['t8', 't9']],
  R32: [['t4']],
  R33: [['t2']],
  R34: [['narrative.execution', 'narrative.threePublic']],
  R35: [['t7'], ['narrative.threePublic']],
  R36: [['narrative.assets'], ['narrative.threePublic']],
  // Completeness and the editorial rules read whatever the document prints; a document with no
  // table (and, for R39, no narrative figure either) gives them nothing to judge.
  R37: [ALL_TABLES],
  R38: [ALL_TABLES],
  R39: [[...ALL_TABLES, 'narrative.comparisons', 'narrative.execution']],
  R40: [['t7'], ['narrative.comparisons']],
  R41: [['narrative.comparisons', 'narrative.execution', 'narrative.threePublic']],
  R42: [['meta.contents', 'meta.sections'], ALL_TABLES],
  R43: [['t5', 't3'], ['narrative.comparisons', 'narrative.execution', 'narrative.threePublic']],
  R44: [['narrative.assets']],
  R45: [['narrative.comparisons'], ['t1', 't2', 't4']],
  R46: [[...ALL_TABLES, 'meta.contents']],
  R47: [['performance.summary'], ['t3']],
  R48: [['otherTables']],
};

export interface RuleCoverage {
  rule: string;
  /** Whether the document holds what the rule reads (it ran; its findings, or none, mean something). */
  ran: boolean;
  /** For a rule that did not run: each unmet need, as the parts any one of which would do. */
  missing: DocumentPart[][];
}

/** Whether the document carries `part`. A table printed empty ("本表无数据") is present: it says so. */
export function hasPart(doc: Disclosure, part: DocumentPart): boolean {
  if (/^t\d$/.test(part)) return doc.tables?.[part as TableId] !== undefined;
  const narrative = doc.narrative;
  const performance = doc.performance;
  switch (part) {
    case 'narrative.comparisons':
      return (narrative?.comparisons?.length ?? 0) > 0;
    case 'narrative.shares':
      return (narrative?.shares?.length ?? 0) > 0;
    case 'narrative.execution':
      return !!narrative?.execution && (narrative.execution.total !== undefined || narrative.execution.items.length > 0);
    case 'narrative.threePublic':
      return narrative?.threePublic !== undefined;
    case 'narrative.operatingCosts':
      return narrative?.operatingCosts !== undefined;
    case 'narrative.procurement':
      return narrative?.procurement !== undefined;
    case 'narrative.assets':
      return narrative?.assets !== undefined;
    case 'performance.scorecards':
      return (performance?.scorecards?.length ?? 0) > 0;
    case 'performance.summary':
      return performance?.summary !== undefined;
    case 'meta.contents':
      return (doc.meta?.contents?.length ?? 0) > 0;
    case 'meta.sections':
      return (doc.meta?.sections?.length ?? 0) > 0;
    case 'otherTables':
      return (doc.otherTables?.length ?? 0) > 0;
    default:
      return false;
  }
}

/** The parts a rule reads (`[]` for a rule this module does not know, e.g. one a caller added). */
export function ruleNeeds(rule: string): readonly (readonly DocumentPart[])[] {
  return NEEDS[rule] ?? [];
}

/**
 * For each rule, in the order given, whether it could check `doc`. A rule this module does
 * not know is taken to have run. Never throws on a document of the schema's shape.
 */
export function ruleCoverage(doc: Disclosure, rules: readonly Pick<RuleInfo, 'id'>[]): RuleCoverage[] {
  return rules.map(({ id }) => {
    const missing = ruleNeeds(id)
      .filter((anyOf) => !anyOf.some((part) => hasPart(doc, part)))
      .map((anyOf) => [...anyOf]);
    return { rule: id, ran: missing.length === 0, missing };
  });
}
