/**
 * The audit as a reader goes through it: findings by severity, then by the table (or the
 * 情况说明, or one scorecard) where the questioned value is printed; and every rule with what
 * became of it — passed, found something, or not run for lack of data. Pure: built from the
 * audit's findings and `ruleCoverage`, no DOM, no language.
 */
import type { Finding, RuleInfo, Severity } from '../audit/types.js';
import type { DocumentPart, RuleCoverage } from '../audit/coverage.js';
import type { TableId } from '../schema/primitives.js';

/** The order severities are listed and filtered in: the most serious first, "could not check" last. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'rounding', 'unchecked'];

/** How serious a rule's outcome is, for its status: the worst of its findings. */
const RANK: Record<Severity, number> = { error: 4, unchecked: 3, warning: 2, rounding: 1 };

/**
 * Where a finding's questioned value is printed: a table (`t1` … `t9`), the 情况说明
 * (`narrative`), one scorecard (`scorecard:8`), the 绩效自评汇总表 (`summary`), or the
 * document as a whole (`document`, a rule that could not run names no cell).
 */
export type PlaceKey = TableId | 'narrative' | 'summary' | 'performance' | 'document' | `scorecard:${number}`;

export interface AuditItem {
  /** Stable across re-renders: the rule and the first cell or field it names. */
  id: string;
  finding: Finding;
  place: PlaceKey;
}

export interface PlaceGroup {
  place: PlaceKey;
  items: AuditItem[];
}

export interface SeverityGroup {
  severity: Severity;
  places: PlaceGroup[];
  count: number;
}

/** `passed`: the rule ran and found nothing; `not-run`: the document lacks what it reads. */
export type CheckStatus = 'passed' | 'not-run' | Severity;

export interface RuleCheck {
  rule: RuleInfo;
  status: CheckStatus;
  /** Findings of the rule. */
  count: number;
  /** For `not-run`: each unmet need (any one of its parts would do). */
  missing: DocumentPart[][];
}

export interface AuditView {
  /** Every severity, in `SEVERITIES` order, with its findings by place (empty groups kept, count 0). */
  severities: SeverityGroup[];
  /** Every finding in the order shown (by severity, then place, then audit order). */
  items: AuditItem[];
  counts: Record<Severity, number>;
  /** Every rule, in rule order. */
  checks: RuleCheck[];
  /** Rules that could check this document. */
  ran: number;
  /** Rules that ran and found nothing. */
  passed: number;
  /** Rules the document lacks data for. */
  notRun: number;
  /** No finding at all (not even rounding). */
  clean: boolean;
}

/** Where the value a finding questions is printed (see `PlaceKey`). */
export function placeOf(finding: Finding): PlaceKey {
  const field = finding.fields?.[0]?.path ?? '';
  // The narrative rules print the quoted figure first among their fields; the tables they
  // compare it with come after, so a 情况说明 slip is listed under the 情况说明.
  if (field.startsWith('narrative')) return 'narrative';
  const cell = finding.cells[0];
  if (cell) return cell.table;
  if (finding.scorecard !== undefined) return `scorecard:${finding.scorecard}`;
  if (field.startsWith('performance.summary')) return 'summary';
  if (field.startsWith('performance')) return 'performance';
  return 'document';
}

/** Tables in official order, then the 情况说明, the summary, each scorecard, the rest. */
function placeRank(place: PlaceKey): number {
  if (/^t\d$/.test(place)) return Number(place.slice(1));
  if (place === 'narrative') return 20;
  if (place === 'summary') return 30;
  if (place.startsWith('scorecard:')) return 40 + Number(place.slice('scorecard:'.length)) / 1e6;
  if (place === 'performance') return 50;
  return 60;
}

function itemId(finding: Finding): string {
  const cell = finding.cells[0];
  const where = cell ? `${cell.table}-${cell.row}-${cell.column}` : (finding.fields?.[0]?.path ?? 'doc');
  return `${finding.rule}-${where}`.replace(/[^\w.-]+/g, '_');
}

export function buildAuditView(
  findings: readonly Finding[],
  coverage: readonly RuleCoverage[],
  rules: readonly RuleInfo[],
): AuditView {
  const counts: Record<Severity, number> = { error: 0, warning: 0, rounding: 0, unchecked: 0 };
  const seen = new Map<string, number>();
  const all: AuditItem[] = findings.map((finding) => {
    counts[finding.severity] += 1;
    const base = itemId(finding);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}~${n}`, finding, place: placeOf(finding) };
  });

  const severities = SEVERITIES.map((severity) => {
    const places = new Map<PlaceKey, AuditItem[]>();
    for (const item of all) {
      if (item.finding.severity !== severity) continue;
      const list = places.get(item.place) ?? [];
      list.push(item);
      places.set(item.place, list);
    }
    const sorted = [...places.entries()]
      .sort(([a], [b]) => placeRank(a) - placeRank(b))
      .map(([place, items]) => ({ place, items }));
    return { severity, places: sorted, count: counts[severity] };
  });

  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  const coverageOf = new Map(coverage.map((entry) => [entry.rule, entry]));
  const checks: RuleCheck[] = rules.map((rule) => {
    const own = byRule.get(rule.id) ?? [];
    const covered = coverageOf.get(rule.id);
    // A rule that found something ran, whatever the coverage table says.
    const ran = own.length > 0 || (covered?.ran ?? true);
    const worst = own.reduce<Severity | undefined>((w, f) => (!w || RANK[f.severity] > RANK[w] ? f.severity : w), undefined);
    return {
      rule,
      status: worst ?? (ran ? 'passed' : 'not-run'),
      count: own.length,
      missing: ran ? [] : (covered?.missing ?? []),
    };
  });
  // Findings outside the rule list (e.g. `audit` when the audit itself failed) still show.
  const ran = checks.filter((check) => check.status !== 'not-run').length;
  return {
    severities,
    items: severities.flatMap((group) => group.places.flatMap((place) => place.items)),
    counts,
    checks,
    ran,
    passed: checks.filter((check) => check.status === 'passed').length,
    notRun: checks.length - ran,
    clean: findings.length === 0,
  };
}
