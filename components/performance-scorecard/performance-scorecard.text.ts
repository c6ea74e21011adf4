/** The scorecard in words: the summary sentence, the flat data table and the CSV rows. */
import { html, type TemplateResult } from 'lit';
import { t, type Lang } from '../../src/format/messages.js';
import { formatNumber } from '../../src/format/number.js';
import { shownName } from '../../src/format/names.js';
import { unitLabel } from '../../src/format/units.js';
import type { ScorecardModel } from '../../src/model/scorecard.js';
import type { FundsLine, Scorecard } from '../../src/schema/performance.js';
import type { CsvRow } from '../base/disclosure-element.js';
import { PERF } from '../base/performance.messages.js';
import { amountCell } from '../base/score-parts.js';
import { SCORECARD } from './performance-scorecard.messages.js';

const FUNDS_KEYS = [
  ['fiscal', 'fundsFiscal'],
  ['carryOver', 'fundsCarryOver'],
  ['other', 'fundsOther'],
] as const;

/**
 * The funds lines a scorecard prints, each with its heading in `lang`: the total, the parts
 * printed under words of their own (市级支出 / 补助区县, right under the total they split),
 * then 财政拨款, 上年结转 and 其他资金 where printed.
 */
export function fundsLines(card: Scorecard, lang: Lang): [string, FundsLine][] {
  const lines: [string, FundsLine][] = [[t(SCORECARD, 'fundsTotal', lang), card.funds.total]];
  for (const part of card.funds.parts ?? []) lines.push([t(SCORECARD, 'fundsPart', lang, { label: part.label }), part]);
  for (const [key, label] of FUNDS_KEYS) {
    const line = card.funds[key];
    if (line) lines.push([t(SCORECARD, label, lang), line]);
  }
  return lines;
}

export function score(value: number | null | undefined, lang: Lang): string {
  return formatNumber(value, lang, 2);
}

export function allFlags(model: ScorecardModel): number {
  let count = model.flags.header.length + model.flags.funds.length;
  for (const flags of model.flags.indicators.values()) count += flags.length;
  return count;
}

export function summarize(model: ScorecardModel, lang: Lang): string {
  const name = model.card.name;
  const count = model.card.indicators.length;
  if (model.mode === 'targets') return t(SCORECARD, 'summaryTargets', lang, { name, count });
  const flags = allFlags(model);
  const { met, missed } = model.counts;
  return t(SCORECARD, 'summary', lang, {
    name,
    score: score(model.card.totalScore, lang),
    max: score(model.card.totalWeight ?? 100, lang),
    grade: model.grade ? model.grade.text + (model.grade.source === 'derived' ? `（${t(PERF, 'gradeDerived', lang)}）` : '') : t(PERF, 'unrated', lang),
    count,
    met,
    missed,
    other: count - met - missed,
    flags: flags ? t(SCORECARD, 'flagCount', lang, { count: flags }) : t(SCORECARD, 'noFlags', lang),
  });
}

/** One row per value a reader can check against the printed scorecard, with its source line. */
interface FlatRow {
  part: string;
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  status: string;
  weight: number | null | undefined;
  score: number | null | undefined;
  deviation: string;
  line?: number;
}

function flatRows(model: ScorecardModel, lang: Lang): FlatRow[] {
  const rows: FlatRow[] = [];
  for (const level of model.levels) {
    for (const group of level.groups) {
      for (const row of group.rows) {
        const i = row.indicator;
        rows.push({
          part: t(SCORECARD, 'indicators', lang),
          level1: t(PERF, level.level1, lang),
          level2: group.name,
          name: i.name,
          target: i.target.text,
          actual: i.actual.text,
          status: t(PERF, row.status, lang),
          weight: i.weight,
          score: i.score,
          deviation: i.deviation ?? '',
          ...(i.source?.line ? { line: i.source.line } : {}),
        });
      }
    }
  }
  return rows;
}

export function renderDataTable(model: ScorecardModel, lang: Lang): TemplateResult {
  const unit = model.unit;
  const targets = model.mode === 'targets';
  const line = (n?: number) => (n ? t(PERF, 'line', lang, { line: n }) : '—');
  const funds = fundsLines(model.card, lang);
  return html`<table part="table">
      <caption>${t(SCORECARD, targets ? 'captionTargets' : 'caption', lang, { name: model.card.name })} · ${t(SCORECARD, 'funds', lang, { unit: unitLabel(unit, lang) })}</caption>
      <thead><tr><th scope="col">${t(SCORECARD, 'fundsKind', lang)}</th><th scope="col">${t(PERF, 'initialBudget', lang)}</th><th scope="col">${t(PERF, 'budget', lang)}</th><th scope="col">${t(PERF, 'executed', lang)}</th><th scope="col">${t(PERF, 'weight', lang)}</th><th scope="col">${t(PERF, 'rate', lang)}</th><th scope="col">${t(PERF, 'score', lang)}</th><th scope="col">${t(PERF, 'source', lang)}</th></tr></thead>
      <tbody>${funds.map(([label, f]) => html`<tr><th scope="row">${label}</th><td>${amountCell(f.initialBudget, unit, unit, lang)}</td><td>${amountCell(f.annualBudget, unit, unit, lang)}</td><td>${amountCell(f.executed, unit, unit, lang)}</td><td>${score(f.weight, lang)}</td><td>${typeof f.rate === 'number' ? `${formatNumber(f.rate, lang, 2)}%` : '—'}</td><td>${score(f.score, lang)}</td><td>${line(f.source?.line)}</td></tr>`)}</tbody>
    </table>
    <table part="table">
      <caption>${t(SCORECARD, targets ? 'captionTargets' : 'caption', lang, { name: model.card.name })} · ${t(SCORECARD, 'indicators', lang)}</caption>
      <thead><tr><th scope="col">${t(SCORECARD, 'level1', lang)}</th><th scope="col">${t(SCORECARD, 'level2', lang)}</th><th scope="col">${t(SCORECARD, 'indicator', lang)}</th><th scope="col">${t(SCORECARD, 'target', lang)}</th>${targets ? '' : html`<th scope="col">${t(SCORECARD, 'actual', lang)}</th><th scope="col">${t(SCORECARD, 'status', lang)}</th><th scope="col">${t(PERF, 'weight', lang)}</th><th scope="col">${t(PERF, 'score', lang)}</th><th scope="col">${t(SCORECARD, 'deviation', lang)}</th>`}<th scope="col">${t(PERF, 'source', lang)}</th></tr></thead>
      <tbody>${flatRows(model, lang).map((r) => html`<tr><td>${r.level1}</td><td>${r.level2}</td><th scope="row">${shownName(r.name, lang)}</th><td>${r.target}</td>${targets ? '' : html`<td>${r.actual || '—'}</td><td>${r.status}</td><td>${score(r.weight, lang)}</td><td>${score(r.score, lang)}</td><td class="prose">${r.deviation}</td>`}<td>${line(r.line)}</td></tr>`)}
      ${targets ? '' : html`<tr><th scope="row" colspan="3">${t(SCORECARD, 'totalRow', lang)}</th><td></td><td></td><td>${model.grade?.text ?? ''}</td><td>${score(model.card.totalWeight, lang)}</td><td>${score(model.card.totalScore, lang)}</td><td></td><td>${line(model.card.source?.line)}</td></tr>`}</tbody>
    </table>`;
}

/** CSV: the funds lines, then one row per indicator, then the total; amounts as printed. */
export function csvRows(model: ScorecardModel, lang: Lang): CsvRow[] {
  const rows: CsvRow[] = [['part', 'level1', 'level2', 'name', 'target', 'actual', 'status', 'weight', 'score', 'deviation', 'initialBudget', 'annualBudget', 'executed', 'rate', 'unit', 'line']];
  for (const [label, f] of fundsLines(model.card, lang)) {
    rows.push(['funds', '', '', label, '', '', '', f.weight, f.score, '', f.initialBudget, f.annualBudget, f.executed, f.rate, model.unit, f.source?.line]);
  }
  for (const r of flatRows(model, lang)) rows.push(['indicator', r.level1, r.level2, r.name, r.target, r.actual, r.status, r.weight, r.score, r.deviation, null, null, null, null, null, r.line]);
  rows.push(['total', '', '', t(SCORECARD, 'totalRow', lang), '', '', model.grade?.text ?? '', model.card.totalWeight, model.card.totalScore, '', null, null, null, null, null, model.card.source?.line]);
  return rows;
}
