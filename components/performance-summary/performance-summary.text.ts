/** The summary in words: the sentence, the data table and the CSV rows. */
import { html, type TemplateResult } from 'lit';
import { t, type Lang } from '../../src/format/messages.js';
import { formatNumber } from '../../src/format/number.js';
import { unitLabel } from '../../src/format/units.js';
import type { SummaryModel, SummaryRow } from '../../src/model/performance-summary.js';
import type { CsvRow } from '../base/disclosure-element.js';
import { PERF } from '../base/performance.messages.js';
import { amountCell } from '../base/score-parts.js';
import { SUMMARY } from './performance-summary.messages.js';

export const score = (value: number | null | undefined, lang: Lang) => formatNumber(value, lang, 2);
export const rate = (value: number | null | undefined, lang: Lang) => (typeof value === 'number' ? `${formatNumber(value, lang, 2)}%` : '—');
export const gap = (value: number, lang: Lang) => `${value > 0 ? '+' : ''}${formatNumber(value, lang, 2)}`;

export function gradeCounts(model: SummaryModel, lang: Lang): string {
  return model.scale.map((grade) => t(SUMMARY, 'gradeCount', lang, { grade, count: model.counts.get(grade) ?? 0 })).join(lang === 'en' ? ', ' : '，');
}

export function summarize(model: SummaryModel, lang: Lang): string {
  const scores = model.rows.flatMap((row) => (typeof row.score === 'number' ? [row.score] : []));
  return t(SUMMARY, 'summary', lang, {
    count: model.rows.length,
    grades: gradeCounts(model, lang),
    min: score(scores.length ? Math.min(...scores) : null, lang),
    max: score(scores.length ? Math.max(...scores) : null, lang),
    department: typeof model.departmentScore === 'number' ? t(SUMMARY, 'department', lang, { score: score(model.departmentScore, lang) }) : '',
    evaluated: model.evaluated ? t(SUMMARY, 'evaluated', lang, { count: model.evaluated }) : '',
  });
}

export function caption(fromList: boolean, lang: Lang): string {
  return t(SUMMARY, 'caption', lang, { source: t(SUMMARY, fromList ? 'fromList' : 'fromCards', lang) });
}

const line = (row: SummaryRow, lang: Lang) => (row.line ? t(PERF, 'line', lang, { line: row.line }) : '—');

export function renderDataTable(model: SummaryModel, fromList: boolean, lang: Lang): TemplateResult {
  const unit = model.unit;
  return html`<table part="table">
    <caption>${caption(fromList, lang)}</caption>
    <thead><tr><th scope="col">${t(SUMMARY, 'project', lang)}</th><th scope="col">${t(SUMMARY, 'selfScore', lang)}</th><th scope="col">${t(PERF, 'grade', lang)}</th><th scope="col">${t(PERF, 'rate', lang)}</th><th scope="col">${t(SUMMARY, 'budget', lang, { unit: unitLabel(unit, lang) })}</th><th scope="col">${t(PERF, 'executed', lang)}</th><th scope="col">${t(SUMMARY, 'evaluation', lang)}</th><th scope="col">${t(SUMMARY, 'gap', lang)}</th><th scope="col">${t(PERF, 'source', lang)}</th></tr></thead>
    <tbody>${model.rows.map((row) => html`<tr><th scope="row">${row.name || t(SUMMARY, 'unnamed', lang)}${row.unlisted ? `（${t(SUMMARY, 'unlisted', lang)}）` : ''}</th><td>${score(row.score, lang)}</td><td>${row.grade?.text ?? t(PERF, 'unrated', lang)}</td><td>${rate(row.rate, lang)}</td><td>${amountCell(row.budget, unit, unit, lang)}</td><td>${amountCell(row.executed, unit, unit, lang)}</td><td>${row.evaluation ? score(row.evaluation.score, lang) : '—'}</td><td>${row.evaluation ? gap(row.evaluation.gap, lang) : '—'}</td><td>${line(row, lang)}</td></tr>`)}</tbody>
  </table>`;
}

export function csvRows(model: SummaryModel): CsvRow[] {
  return [
    ['order', 'name', 'implementer', 'score', 'grade', 'gradeDerived', 'rate', 'rateDerived', 'annualBudget', 'executed', 'unit', 'evaluationScore', 'evaluationGrade', 'gap', 'flags', 'line', 'inSummaryTable'],
    ...model.rows.map((row) => [
      row.order + 1,
      row.name,
      row.implementer,
      row.score,
      row.grade?.text,
      row.grade?.source === 'derived' ? 'yes' : 'no',
      row.rate,
      row.rateDerived ? 'yes' : 'no',
      row.budget,
      row.executed,
      model.unit,
      row.evaluation?.score,
      row.evaluation?.grade,
      row.evaluation?.gap,
      row.flags.map((flag) => flag.rule).join(' '),
      row.line,
      row.unlisted ? 'no' : 'yes',
    ]),
  ];
}
