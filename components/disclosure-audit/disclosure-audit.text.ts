/**
 * Everything <disclosure-audit> says in words: the summary sentence (its accessible name),
 * place names, cells, values, the announcement of a finding, the data tables and the CSV
 * rows. Pure functions of the view, the document and the language.
 */
import { html, type TemplateResult } from 'lit';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { TableId } from '../../src/schema/primitives.js';
import type { Finding, Severity } from '../../src/audit/types.js';
import type { DocumentPart } from '../../src/audit/coverage.js';
import type { AuditItem, AuditView, CheckStatus, PlaceKey, RuleCheck } from '../../src/model/audit-view.js';
import { COMMON, interpolate, t, type Lang } from '../../src/format/messages.js';
import { formatNumber } from '../../src/format/number.js';
import { unitLabel } from '../../src/format/units.js';
import { tableName } from '../../src/audit/cells.js';
import type { CsvRow } from '../base/disclosure-element.js';
import { AUDIT, COUNTS } from './disclosure-audit.messages.js';

export interface TextContext {
  doc: Disclosure;
  view: AuditView;
  lang: Lang;
}

/** The shape beside each severity word, so colour is never the only cue. */
export const GLYPHS: Record<CheckStatus, string> = {
  error: '✕',
  warning: '!',
  rounding: '≈',
  unchecked: '?',
  passed: '✓',
  'not-run': '–',
};

export function statusWord(status: CheckStatus, lang: Lang): string {
  return t(AUDIT, status, lang);
}

/** "2 处错误" / "2 errors". */
export function countWord(severity: Severity, count: number, lang: Lang): string {
  const entry = COUNTS[severity]!;
  const template = lang === 'zh-CN' ? entry['zh-CN'] : entry.en[count === 1 ? 0 : 1];
  return interpolate(template, { count });
}

function documentTitle({ doc, lang }: Pick<TextContext, 'doc' | 'lang'>): string {
  return t(AUDIT, doc.meta.kind === 'budget' ? 'titleBudget' : 'titleFinal', lang, { department: doc.meta.department, year: doc.meta.year ?? '' });
}

/**
 * The accessible name: "…一致性核对：28 条规则中 23 条通过；发现 2 处错误、2 处警告、1 处舍入差。"
 * or "…全部 13 项核对均已通过。另有 15 条规则因缺少数据未能运行。"
 */
export function summarize(context: TextContext): string {
  const { view, lang } = context;
  const title = documentTitle(context);
  const found = (['error', 'warning', 'rounding', 'unchecked'] as const)
    .filter((severity) => view.counts[severity] > 0)
    .map((severity) => countWord(severity, view.counts[severity], lang))
    .join(lang === 'zh-CN' ? '、' : ', ');
  if (view.clean && view.ran === 0) return t(AUDIT, 'summaryNoneRan', lang, { title, count: view.checks.length });
  const head = view.clean
    ? t(AUDIT, 'summaryClean', lang, { title, ran: view.ran })
    : t(AUDIT, 'summary', lang, { title, ran: view.ran, passed: view.passed, found });
  const tail = view.notRun > 0 ? `${lang === 'zh-CN' ? '' : ' '}${t(AUDIT, 'summaryNotRun', lang, { count: view.notRun })}` : '';
  return head + tail;
}

/** "公开06表" or the 情况说明, a scorecard by its project name, … */
export function placeName(place: PlaceKey, { doc, lang }: Pick<TextContext, 'doc' | 'lang'>): string {
  if (/^t\d$/.test(place)) {
    const table = doc.tables[place as TableId];
    // The code as printed ("公开06表"), then the table's own title.
    const ref = tableName(doc, place as TableId, lang);
    return table ? `${ref} ${table.title}` : ref;
  }
  if (place.startsWith('scorecard:')) {
    const card = doc.performance?.scorecards[Number(place.slice('scorecard:'.length))];
    return t(AUDIT, 'scorecard', lang, { name: card?.name ?? place });
  }
  return t(AUDIT, place === 'summary' ? 'summaryTable' : place, lang);
}

/** The unit a place prints its amounts in, when it has one ("单位：万元"). */
export function placeUnit(place: PlaceKey, { doc, lang }: Pick<TextContext, 'doc' | 'lang'>): string {
  if (/^t\d$/.test(place)) {
    const unit = doc.tables[place as TableId]?.unit ?? doc.meta.unit;
    return t(AUDIT, 'unitNote', lang, { unit: unitLabel(unit, lang) });
  }
  if (place === 'narrative') return t(AUDIT, 'unitNote', lang, { unit: unitLabel(doc.narrative?.unit ?? doc.meta.unit, lang) });
  return '';
}

/** An expected or actual value as printed (a number to 0.01, a target as written). */
export function value(v: number | string | null, lang: Lang): string {
  if (v === null) return t(COMMON, 'blank', lang);
  return typeof v === 'number' ? formatNumber(v, lang, 2) : v;
}

/** "+5.00" / "−0.03": the sign always shown. */
export function signed(v: number | undefined, lang: Lang): string {
  if (v === undefined) return '';
  const text = formatNumber(Math.abs(v), lang, 2);
  return v > 0 ? `+${text}` : v < 0 ? `−${text}` : text;
}

/**
 * Every cell and field a finding involves, as a reader names it:
 * "公开06表 302 商品和服务支出（原文第327行）", "社会效益 … 得分（原文第941行）".
 */
export function involved(doc: Disclosure, finding: Finding, lang: Lang): string[] {
  const line = (n: number | undefined) => (n === undefined ? '' : lang === 'zh-CN' ? `（${t(AUDIT, 'sourceLine', lang, { line: n })}）` : ` (${t(AUDIT, 'sourceLine', lang, { line: n })})`);
  const cells = finding.cells.map((cell) => {
    // As the audit's own sentences name it: the code the document prints (its 公开05表 may be our t4).
    return `${tableName(doc, cell.table, lang)} ${cell.label ?? `${cell.row} ${cell.column}`}${line(cell.line)}`;
  });
  const fields = (finding.fields ?? []).map((field) => `${field.label ?? field.path}${line(field.line)}`);
  return [...cells, ...fields];
}

/** "缺少公开05表、公开08表或公开09表" — what a rule that did not run lacks. */
export function lacks(check: RuleCheck, lang: Lang): string {
  const part = (p: DocumentPart) => (/^t\d$/.test(p) ? t(COMMON, 'tableRef', lang, { nn: p.slice(1).padStart(2, '0') }) : t(AUDIT, p, lang));
  const needs = check.missing.map((anyOf) => anyOf.map(part).join(t(AUDIT, 'or', lang))).join(t(AUDIT, 'and', lang));
  return t(AUDIT, 'lacks', lang, { parts: needs });
}

/** What the live region reads when a finding gets focus. */
export function announce(item: AuditItem, context: TextContext): string {
  const { view, lang } = context;
  return t(AUDIT, 'announce', lang, {
    severity: statusWord(item.finding.severity, lang),
    rule: item.finding.rule,
    message: item.finding.message[lang],
    index: view.items.indexOf(item) + 1,
    count: view.items.length,
  });
}

/** The data tables: every finding, then every rule with its result. */
export function renderTables(context: TextContext, shown: readonly AuditItem[]): TemplateResult {
  const { view, lang } = context;
  const description = (id: string) => view.checks.find((check) => check.rule.id === id)?.rule.description[lang] ?? '';
  return html`<table part="table">
      <caption>${t(AUDIT, 'findingsCaption', lang, { count: shown.length })}</caption>
      <thead>
        <tr>
          <th scope="col">${t(AUDIT, 'colSeverity', lang)}</th>
          <th scope="col">${t(AUDIT, 'colRule', lang)}</th>
          <th scope="col">${t(AUDIT, 'colPlace', lang)}</th>
          <th scope="col">${t(AUDIT, 'colMessage', lang)}</th>
          <th scope="col" class="num">${t(AUDIT, 'expected', lang)}</th>
          <th scope="col" class="num">${t(AUDIT, 'actual', lang)}</th>
          <th scope="col" class="num">${t(AUDIT, 'difference', lang)}</th>
          <th scope="col">${t(AUDIT, 'colCells', lang)}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (item) => html`<tr>
            <td>${statusWord(item.finding.severity, lang)}</td>
            <th scope="row" title=${description(item.finding.rule)}>${item.finding.rule}</th>
            <td>${placeName(item.place, context)}</td>
            <td class="prose">${item.finding.message[lang]}</td>
            <td class="num">${value(item.finding.expected, lang)}</td>
            <td class="num">${value(item.finding.actual, lang)}</td>
            <td class="num">${signed(item.finding.difference, lang)}</td>
            <td>${involved(context.doc, item.finding, lang).join(lang === 'zh-CN' ? '；' : '; ')}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <table part="table">
      <caption>${t(AUDIT, 'checksCaption', lang)}</caption>
      <thead>
        <tr>
          <th scope="col">${t(AUDIT, 'colRule', lang)}</th>
          <th scope="col">${t(AUDIT, 'colMessage', lang)}</th>
          <th scope="col">${t(AUDIT, 'colResult', lang)}</th>
          <th scope="col" class="num">${t(AUDIT, 'colCount', lang)}</th>
        </tr>
      </thead>
      <tbody>
        ${view.checks.map(
          (check) => html`<tr>
            <th scope="row">${check.rule.id}</th>
            <td class="prose">${check.rule.description[lang]}</td>
            <td>${statusWord(check.status, lang)}${check.status === 'not-run' ? `（${lacks(check, lang)}）` : ''}</td>
            <td class="num">${check.count}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

/**
 * CSV: one row per finding (type `finding`), then one per rule (type `rule`, with its
 * status). Values as the audit gives them: numbers as numbers, targets as written.
 */
export function csvRows({ doc, view }: TextContext): CsvRow[] {
  const rows: CsvRow[] = [['type', 'rule', 'status', 'place', 'expected', 'actual', 'difference', 'cells', 'message', 'description']];
  const lang: Lang = 'zh-CN';
  const description = new Map(view.checks.map((check) => [check.rule.id, check.rule.description[lang]]));
  for (const item of view.items) {
    const f = item.finding;
    rows.push(['finding', f.rule, f.severity, placeName(item.place, { doc, lang }), f.expected, f.actual, f.difference, involved(doc, f, lang).join('; '), f.message[lang], description.get(f.rule) ?? '']);
  }
  for (const check of view.checks) {
    rows.push(['rule', check.rule.id, check.status, '', null, null, null, check.status === 'not-run' ? lacks(check, lang) : '', '', check.rule.description[lang]]);
  }
  return rows;
}
