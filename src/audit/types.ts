/**
 * What the audit reports. A finding names its rule, every cell involved, the value the
 * rule expected and the value printed, and how serious the gap is.
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { CellRef } from '../model/provenance.js';
import type { Localized } from '../format/messages.js';
import type { AuditContext } from './row-index.js';

/**
 * `rounding`: explained by the documents' 0.01 万元 rounding, a note rather than a fault;
 * `warning`: worth a reader's attention but not necessarily wrong; `error`: the document
 * contradicts itself; `unchecked`: the rule (or one part of it) could not run on this
 * document — nothing is known about what it checks, so it is reported rather than passed
 * over in silence. A check that passes produces no finding at all.
 */
export type Severity = 'rounding' | 'warning' | 'error' | 'unchecked';

/**
 * A value that does not sit in one of the nine tables: a figure quoted in the 情况说明 or a
 * cell of a scorecard. `path` is the JSON path in the document, e.g.
 * `narrative.comparisons[2].change` or `performance.scorecards[8].indicators[5].score`.
 */
export interface FieldRef {
  path: string;
  /** The value as a reader would name it, e.g. `基本支出 增加额` or `社会效益 提高企业的本质安全生产水平 得分`. */
  label?: string;
  /** Line in the source text, when the document carries it. */
  line?: number;
}

export interface Finding {
  /** `R01` … `R28`, the rule numbers of docs/disclosure-format.md §5. */
  rule: string;
  /** The rule's short slug, e.g. `table1-income-total`. */
  name: string;
  severity: Severity;
  /** Every table cell involved, the printed one first. */
  cells: CellRef[];
  /** Values outside the tables (narrative figures, scorecard cells) involved. */
  fields?: FieldRef[];
  /** What the rule computes the value should be. */
  expected: number | string | null;
  /** What the document prints. */
  actual: number | string | null;
  /** `actual − expected` for numeric checks. */
  difference?: number;
  message: Localized;
  /** Index into `performance.scorecards` when the finding is about one scorecard. */
  scorecard?: number;
  /** For `unchecked`: what stopped the rule (the exception's text), for whoever fixes it. */
  error?: string;
}

/** What every rule says about itself, for the CLI's rule list and the docs. */
export interface RuleInfo {
  id: string;
  name: string;
  description: Localized;
}

/**
 * A rule: its description and a pure check of one document. `context` holds what every
 * rule of one audit run shares (the row indexes of row-index.ts), built once per run.
 */
export interface Rule extends RuleInfo {
  check(doc: Disclosure, context: AuditContext): Finding[];
}
