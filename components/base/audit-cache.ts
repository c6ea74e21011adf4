/**
 * The audit as every widget uses it: run at most once per validated document, whatever the
 * widget's presentation options (money, depth, order, unit, width, language) do afterwards.
 *
 * Findings are cached in a WeakMap keyed by the document object the DataController built by
 * validation. That object is the widget's own (never the caller's), is never changed after
 * validation, and is replaced by a new one whenever the data changes, so its identity is the
 * document's version; widgets given the same validated object share one run. The audit itself
 * is not imported here: the widget passes its `auditor` (opt-in, ~14 KB gzip), so a single
 * element without the audit stays small.
 */
import type { Finding } from '../../src/audit/types.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { TableId } from '../../src/schema/primitives.js';
import { COMMON, interpolate, t, type Lang, type Localized } from '../../src/format/messages.js';

/** The consistency check a widget may be given (`audit` from the core). */
export type Auditor = (doc: Disclosure) => readonly Finding[];

const cache = new WeakMap<Auditor, WeakMap<Disclosure, readonly Finding[]>>();

const AUDIT_NOTES: Record<'failed' | 'unchecked', Localized> = {
  failed: { 'zh-CN': '未能运行一致性核对，结果未知', en: 'The consistency check could not run, so its result is unknown' },
  unchecked: { 'zh-CN': '{count} 项未能核对', en: '{count} could not be checked' },
};

/**
 * The findings of `auditor` on `doc`, computed on the first call and remembered for that
 * document object. Never throws: an auditor that throws gives one `unchecked` finding
 * (rule `audit`), so the reader learns the check did not run instead of seeing no note.
 */
export function auditOnce(auditor: Auditor, doc: Disclosure): readonly Finding[] {
  let byDoc = cache.get(auditor);
  if (!byDoc) {
    byDoc = new WeakMap();
    cache.set(auditor, byDoc);
  }
  let findings = byDoc.get(doc);
  if (!findings) {
    try {
      findings = auditor(doc);
    } catch (error) {
      findings = [
        {
          rule: 'audit',
          name: 'audit',
          severity: 'unchecked',
          cells: [],
          expected: null,
          actual: null,
          message: AUDIT_NOTES.failed,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        },
      ];
    }
    byDoc.set(doc, findings);
  }
  return findings;
}

/**
 * What a widget shows of the audit: findings about the tables it draws (`tables`, e.g.
 * `['t1', 't3', 't6']`), rounding notes left out, and every rule that could not check and
 * names nothing — it cannot be told apart by table, and silence would read as "passed". A
 * could-not-check that names its cells or fields is shown where one of its cells is drawn (a
 * scorecard's doubt is not the 三公 chart's).
 */
export function findingsAbout(findings: readonly Finding[], tables: Iterable<TableId>): Finding[] {
  const drawn = new Set(tables);
  const about = (finding: Finding) => finding.cells.some((cell) => drawn.has(cell.table));
  // Cells name table cells; fields name other parts (a scorecard's `performance.…`).
  const placed = (finding: Finding) => finding.cells.length > 0 || (finding.fields?.length ?? 0) > 0;
  return findings.filter((finding) =>
    finding.severity === 'unchecked' ? !placed(finding) || about(finding) : finding.severity !== 'rounding' && about(finding),
  );
}

/** The heading of the audit note: "核对发现 2 处不一致；1 项未能核对". */
export function auditHeading(findings: readonly Finding[], lang: Lang): string {
  const unchecked = findings.filter((finding) => finding.severity === 'unchecked').length;
  const found = findings.length - unchecked;
  const parts: string[] = [];
  if (found > 0 || unchecked === 0) parts.push(t(COMMON, 'auditFindings', lang, { count: found }));
  if (unchecked > 0) parts.push(interpolate(AUDIT_NOTES.unchecked[lang], { count: unchecked }));
  return parts.join(lang === 'zh-CN' ? '；' : '; ');
}
