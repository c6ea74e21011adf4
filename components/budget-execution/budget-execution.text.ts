/**
 * Everything <budget-execution> says in words: the bar rows' value texts, the summary
 * sentence, each row's tooltip and announcement, the data table and the CSV rows. Pure
 * functions of the model, the display unit and the language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { Unit } from '../../src/schema/primitives.js';
import { cellsOf, type ExecutionModel, type ExecutionRow } from '../../src/model/execution.js';
import type { YoyModel, YoyRow } from '../../src/model/year-over-year.js';
import type { BarRowInput } from '../../src/layout/bars.js';
import { t, type Lang } from '../../src/format/messages.js';
import { formatAmount, unitLabel as unitName } from '../../src/format/units.js';
import { formatAmountNumber } from '../../src/format/number.js';
import { formatPercent } from '../../src/format/percent.js';
import { convert } from '../../src/format/units.js';
import { qualifyNames } from '../../src/format/names.js';
import { isolate } from '../../src/format/bidi.js';
import type { MarkText } from '../base/marks-controller.js';
import type { CsvRow } from '../base/disclosure-element.js';
import { describeCell, listTables } from '../base/provenance.js';
import { BARS } from '../base/bar-messages.js';
import { EXECUTION } from './budget-execution.messages.js';

export interface ItemsContext {
  doc: Disclosure;
  model: ExecutionModel;
  unit: Unit;
  lang: Lang;
  /** Shown names, qualified where two items share one. */
  names: Map<string, string>;
}

export interface YoyContext {
  doc: Disclosure;
  model: YoyModel;
  unit: Unit;
  lang: Lang;
}

const num = (value: number | null | undefined, from: Unit, to: Unit, lang: Lang) =>
  value == null ? '—' : formatAmountNumber(convert(value, from, to), lang);

/** Names to show: the printed one, qualified by 款 and 类 where two items share it. */
export function shownNames(model: ExecutionModel, lang: Lang): Map<string, string> {
  const rows = model.total ? [model.total, ...model.rows] : model.rows;
  return qualifyNames(rows.map((r) => ({ id: r.id, name: r.name, code: r.code, parents: r.parents })), lang);
}

function title(doc: Disclosure, lang: Lang): string {
  return t(EXECUTION, doc.meta.kind === 'budget' ? 'titleBudget' : 'titleFinal', lang, { department: doc.meta.department, year: doc.meta.year ?? '' });
}

// ---- items -------------------------------------------------------------------------------

export function itemText(row: ExecutionRow, c: Pick<ItemsContext, 'model' | 'unit' | 'lang'>): string {
  const { lang } = c;
  const final = num(row.final, c.model.unit, c.unit, lang);
  if (row.status === 'finalBlank') {
    return t(EXECUTION, 'itemTextFinalBlank', lang, { budget: num(row.budget, c.model.unit, c.unit, lang), status: t(EXECUTION, row.status, lang) });
  }
  if (row.rate === null) return t(EXECUTION, 'itemTextNoRate', lang, { final, status: t(EXECUTION, row.status, lang) });
  return t(EXECUTION, 'itemText', lang, {
    final,
    budget: num(row.budget, c.model.unit, c.unit, lang),
    rate: formatPercent(row.rate, lang),
    status: t(EXECUTION, row.status, lang),
  }).trim();
}

/** The rows to lay out: the total, then each 类 heading and its items (code order), or items by deviation. */
export function itemBars(c: ItemsContext): BarRowInput[] {
  const bar = (row: ExecutionRow, level: number): BarRowInput => ({
    id: row.id,
    label: row.id === 'total' ? c.names.get(row.id)! : c.names.get(row.id) ?? row.name,
    level,
    front: row.final === null ? null : convert(row.final, c.model.unit, c.unit),
    marker: row.budget == null ? null : convert(row.budget, c.model.unit, c.unit),
    // 表5's 调整预算数, where printed: the lighter dashed tick beside the 年初预算 marker.
    tick: row.budgetAdjusted == null ? null : convert(row.budgetAdjusted, c.model.unit, c.unit),
    text: itemText(row, c),
  });
  // The total heads the chart in words, not as a bar: on the items' scale it would dwarf
  // them all (it is their sum), and a scale of its own would mislead beside theirs.
  const total = c.model.total;
  const rows: BarRowInput[] = total ? [{ id: 'total', kind: 'group', label: c.names.get('total') ?? total.name, text: itemText(total, c) }] : [];
  if (!c.model.groups.length) return [...rows, ...c.model.rows.map((r) => bar(r, 0))];
  for (const group of c.model.groups) {
    rows.push({ id: `group:${group.code}`, kind: 'group', label: group.code ? `${group.code} ${group.name}` : group.name, text: '' });
    rows.push(...group.rows.map((r) => bar(r, 1)));
  }
  return rows;
}

function counts(model: ExecutionModel) {
  const count = (status: ExecutionRow['status']) => model.rows.filter((r) => r.status === status).length;
  return { above: count('above'), below: count('below'), unbudgeted: count('unbudgeted'), notStated: count('notStated') };
}

export function itemsSummary(c: ItemsContext): string {
  const { lang, model } = c;
  const n = counts(model);
  const stated = model.rows.length - n.notStated - model.rows.filter((r) => r.status === 'finalBlank').length;
  const parts: string[] = [];
  const total = model.total;
  if (total && total.rate !== null) {
    parts.push(
      t(EXECUTION, 'summaryTotal', lang, {
        title: title(c.doc, lang),
        name: total.name,
        budget: formatAmount(total.budget, model.unit, c.unit, lang),
        final: formatAmount(total.final, model.unit, c.unit, lang),
        rate: formatPercent(total.rate, lang),
      }),
    );
  } else parts.push(t(EXECUTION, 'summaryTitle', lang, { title: title(c.doc, lang) }));
  parts.push(t(EXECUTION, 'summaryCounts', lang, { count: stated, above: n.above, below: n.below, unbudgeted: n.unbudgeted }));
  if (n.notStated) parts.push(t(EXECUTION, 'summaryNotStated', lang, { count: n.notStated }));
  return parts.join(lang === 'en' ? ' ' : '');
}

/** Whether any row has a 调整预算数 printed in 表5 (a legend key, a table column, a CSV column). */
export function hasAdjusted(model: ExecutionModel): boolean {
  return [model.total, ...model.rows].some((r) => r?.budgetAdjusted !== undefined);
}

/** The row's cells in words: the 决算 and, when read from 表5, the 年初预算数. */
function cellLines(row: ExecutionRow, lang: Lang): string[] {
  return cellsOf(row).map((cell) => describeCell(cell, lang));
}

function findItem(model: ExecutionModel, id: string): ExecutionRow | undefined {
  return id === 'total' ? model.total : model.rows.find((r) => r.id === id);
}

export function describeItem(c: ItemsContext, id: string): MarkText | null {
  const row = findItem(c.model, id);
  if (!row) return null;
  const { lang, model } = c;
  const amount = (v: number | null | undefined) => (v === undefined ? t(EXECUTION, 'notStated', lang) : formatAmount(v, model.unit, c.unit, lang));
  const lines: string[] = [];
  if (row.rate !== null) lines.push(t(EXECUTION, 'rateLine', lang, { rate: formatPercent(row.rate, lang) }) + ` · ${t(EXECUTION, row.status, lang)}`);
  else lines.push(t(EXECUTION, row.status, lang));
  if (row.statedRate != null) lines.push(t(EXECUTION, 'statedRate', lang, { rate: formatPercent(row.statedRate, lang, 2) }));
  if (row.deviation !== null) lines.push(t(EXECUTION, 'deviationLine', lang, { deviation: signed(row.deviation, c) }));
  if (row.budgetAdjusted !== undefined) lines.push(t(EXECUTION, 'adjustedLine', lang, { budget: amount(row.budgetAdjusted) }));
  if (row.reason) lines.push(t(EXECUTION, 'reason', lang, { reason: isolate(row.reason) }));
  if (row.line) lines.push(t(EXECUTION, 'sourceLine', lang, { line: row.line }));
  lines.push(...cellLines(row, lang));
  if (row.printed && row.printed !== row.name) lines.push(t(EXECUTION, 'printed', lang, { name: row.printed }));
  return {
    // After the code, the name is isolated: its bidi controls must not reach the code.
    title: row.code ? `${row.code} ${isolate(c.names.get(row.id) ?? row.name)}` : (c.names.get(row.id) ?? row.name),
    value: t(EXECUTION, 'budgetLine', lang, { final: amount(row.final), budget: amount(row.budget) }),
    lines,
  };
}

function signed(value: number, c: { model: { unit: Unit }; unit: Unit; lang: Lang }): string {
  const text = formatAmount(Math.abs(value), c.model.unit, c.unit, c.lang);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function announceItem(c: ItemsContext, id: string, index: number, count: number): string {
  const row = findItem(c.model, id);
  if (!row) return '';
  const reason = row.reason ? `，${t(EXECUTION, 'reason', c.lang, { reason: isolate(row.reason) })}` : '';
  return t(BARS, 'focused', c.lang, { name: c.names.get(row.id) ?? row.name, value: itemText(row, c), index, count }) + reason;
}

export function itemsTable(c: ItemsContext): TemplateResult {
  const { lang, model } = c;
  const rows = model.total ? [model.total, ...model.rows] : model.rows;
  const tables = listTables(model.tables, lang);
  // The 情况说明 is a source only when its items were read; the table alone otherwise.
  const caption = model.fromText
    ? t(EXECUTION, 'captionItems', lang, { tables: tables && (lang === 'en' ? ', ' : '、') + tables })
    : t(EXECUTION, 'captionItemsTable', lang, { tables });
  const adjusted = hasAdjusted(model);
  return html`<table part="table">
    <caption>${caption} · ${t(BARS, 'unit', lang, { unit: unitName(c.unit, lang) })}</caption>
    <thead><tr>
      <th scope="col">${t(EXECUTION, 'colCode', lang)}</th><th scope="col">${t(EXECUTION, 'colItem', lang)}</th>
      <th scope="col" class="num">${t(EXECUTION, 'colBudget', lang)}</th>${adjusted ? html`<th scope="col" class="num">${t(EXECUTION, 'colAdjusted', lang)}</th>` : nothing}<th scope="col" class="num">${t(EXECUTION, 'colFinal', lang)}</th>
      <th scope="col" class="num">${t(EXECUTION, 'colRate', lang)}</th><th scope="col" class="num">${t(EXECUTION, 'colDeviation', lang)}</th>
      <th scope="col">${t(EXECUTION, 'colStatus', lang)}</th><th scope="col">${t(EXECUTION, 'colReason', lang)}</th><th scope="col">${t(EXECUTION, 'colSource', lang)}</th>
    </tr></thead>
    <tbody>${rows.map(
      (row) => html`<tr>
        <td class="code">${row.code ?? (row.id === 'total' ? t(EXECUTION, 'total', lang) : '')}</td>
        <th scope="row">${c.names.get(row.id) ?? row.name}</th>
        <td class="num">${row.budget === undefined ? t(EXECUTION, 'notStated', lang) : num(row.budget, model.unit, c.unit, lang)}</td>
        ${adjusted ? html`<td class="num">${num(row.budgetAdjusted, model.unit, c.unit, lang)}</td>` : nothing}
        <td class="num">${num(row.final, model.unit, c.unit, lang)}</td>
        <td class="num">${row.rate === null ? '—' : formatPercent(row.rate, lang)}</td>
        <td class="num">${row.deviation === null ? '—' : (row.deviation > 0 ? '+' : row.deviation < 0 ? '−' : '') + num(Math.abs(row.deviation), model.unit, c.unit, lang)}</td>
        <td>${t(EXECUTION, row.status, lang)}</td>
        <td class="prose">${row.reason ?? ''}</td>
        <td class="prose">${[row.line ? t(EXECUTION, 'sourceLine', lang, { line: row.line }) : '', ...cellLines(row, lang)].filter(Boolean).join('；') || nothing}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

export function itemsCsv(c: ItemsContext): CsvRow[] {
  const { model } = c;
  const rows = model.total ? [model.total, ...model.rows] : model.rows;
  // budget_adjusted (表5's 调整预算数) only when printed: other documents keep their columns.
  const adjusted = hasAdjusted(model);
  return [
    ['code', 'name', 'label', 'unit', 'budget', 'final', 'rate', 'status', 'reason', 'source_line', ...(adjusted ? ['budget_adjusted'] : [])],
    ...rows.map((row) => [
      row.code ?? '',
      row.name,
      c.names.get(row.id) ?? row.name,
      model.unit,
      row.budget ?? null,
      row.final,
      csvRate(row.rate),
      row.status,
      row.reason ?? '',
      row.line ?? null,
      ...(adjusted ? [row.budgetAdjusted ?? null] : []),
    ]),
  ];
}

// ---- year over year ---------------------------------------------------------------------

function changeText(row: YoyRow, c: YoyContext): string {
  const { lang } = c;
  if (row.trend === 'new') return t(EXECUTION, 'new', lang);
  if (row.trend === 'same') return t(EXECUTION, 'same', lang);
  if (row.change === null || row.trend === null) return t(EXECUTION, 'unknownChange', lang);
  const mark = (derived: boolean) => (derived ? t(EXECUTION, 'derivedMark', lang) : '');
  const change = formatAmountNumber(convert(Math.abs(row.change), c.model.unit, c.unit), lang) + mark(row.derived.change);
  const key = row.change >= 0 ? 'increase' : 'decrease';
  if (row.percent === null) return t(EXECUTION, `${key}NoPercent`, lang, { change });
  const percent = formatPercent(Math.abs(row.percent), lang, row.derived.percent ? 1 : 2) + (row.derived.percent ? t(EXECUTION, 'derivedMarkInner', lang) : '');
  return t(EXECUTION, key, lang, { change, percent });
}

export function yoyText(row: YoyRow, c: YoyContext): string {
  const current = num(row.current, c.model.unit, c.unit, c.lang);
  const change = changeText(row, c);
  // "持平" already says last year was the same; a derived copy of this year adds nothing.
  if (row.previous === null || (row.trend === 'same' && row.derived.previous)) return t(EXECUTION, 'yoyTextNoPrevious', c.lang, { current, change });
  const previous = num(row.previous, c.model.unit, c.unit, c.lang) + (row.derived.previous ? t(EXECUTION, 'derivedMark', c.lang) : '');
  return t(EXECUTION, 'yoyText', c.lang, { current, previous, change });
}

export function yoyBars(c: YoyContext): BarRowInput[] {
  return c.model.rows.map((row) => ({
    id: row.id,
    label: row.label,
    back: row.previous === null ? null : convert(row.previous, c.model.unit, c.unit),
    front: row.current === null ? null : convert(row.current, c.model.unit, c.unit),
    text: yoyText(row, c),
  }));
}

export function yoySummary(c: YoyContext): string {
  const first = c.model.rows[0]!;
  return t(EXECUTION, 'summaryYoy', c.lang, {
    title: title(c.doc, c.lang),
    name: first.label,
    current: formatAmount(first.current, c.model.unit, c.unit, c.lang),
    change: changeText(first, c),
    count: c.model.rows.length,
  });
}

export function describeYoy(c: YoyContext, id: string): MarkText | null {
  const row = c.model.rows.find((r) => r.id === id);
  if (!row) return null;
  const lines = [changeText(row, c)];
  if (row.reason) lines.push(t(EXECUTION, 'reason', c.lang, { reason: isolate(row.reason) }));
  if (row.line) lines.push(t(EXECUTION, 'sourceLine', c.lang, { line: row.line }));
  return {
    title: row.label,
    value: `${t(EXECUTION, 'colCurrent', c.lang)} ${formatAmount(row.current, c.model.unit, c.unit, c.lang)} · ${t(EXECUTION, 'colPrevious', c.lang)} ${formatAmount(row.previous, c.model.unit, c.unit, c.lang)}${row.derived.previous ? t(EXECUTION, 'derivedMark', c.lang) : ''}`,
    lines,
  };
}

export function announceYoy(c: YoyContext, id: string, index: number, count: number): string {
  const row = c.model.rows.find((r) => r.id === id);
  return row ? t(BARS, 'focused', c.lang, { name: row.label, value: yoyText(row, c), index, count }) : '';
}

export function yoyTable(c: YoyContext): TemplateResult {
  const { lang, model } = c;
  const d = (derived: boolean) => (derived ? t(EXECUTION, 'derivedMark', lang) : '');
  return html`<table part="table">
    <caption>${t(EXECUTION, 'captionYoy', lang)} · ${t(BARS, 'unit', lang, { unit: unitName(c.unit, lang) })}</caption>
    <thead><tr>
      <th scope="col">${t(EXECUTION, 'colItem', lang)}</th><th scope="col" class="num">${t(EXECUTION, 'colCurrent', lang)}</th>
      <th scope="col" class="num">${t(EXECUTION, 'colPrevious', lang)}</th><th scope="col" class="num">${t(EXECUTION, 'colChange', lang)}</th>
      <th scope="col" class="num">${t(EXECUTION, 'colPercent', lang)}</th><th scope="col">${t(EXECUTION, 'colReason', lang)}</th><th scope="col">${t(EXECUTION, 'colSource', lang)}</th>
    </tr></thead>
    <tbody>${model.rows.map(
      (row) => html`<tr>
        <th scope="row">${row.label}</th>
        <td class="num">${num(row.current, model.unit, c.unit, lang)}</td>
        <td class="num">${num(row.previous, model.unit, c.unit, lang)}${d(row.derived.previous)}</td>
        <td class="num">${row.change === null ? '—' : (row.change > 0 ? '+' : row.change < 0 ? '−' : '') + num(Math.abs(row.change), model.unit, c.unit, lang)}${d(row.derived.change)}</td>
        <td class="num">${row.trend === 'new' ? t(EXECUTION, 'new', lang) : formatPercent(row.percent, lang, row.derived.percent ? 1 : 2)}${d(row.derived.percent)}</td>
        <td class="prose">${row.reason ?? ''}</td>
        <td>${row.line ? t(EXECUTION, 'sourceLine', lang, { line: row.line }) : t(EXECUTION, 'sourceNarrative', lang)}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

export function yoyCsv(c: YoyContext): CsvRow[] {
  return [
    ['subject', 'label', 'unit', 'current', 'previous', 'previous_derived', 'change', 'change_percent', 'trend', 'reason', 'source_line'],
    ...c.model.rows.map((row) => [
      row.subject,
      row.label,
      c.model.unit,
      row.current,
      row.previous,
      row.derived.previous ? 'yes' : 'no',
      row.change,
      row.percent === null ? null : Math.round(row.percent * 100) / 100,
      row.trend ?? '',
      row.reason ?? '',
      row.line ?? null,
    ]),
  ];
}

/** The rate to 0.01; a rate above 0 that would round to 0 keeps two significant digits. */
function csvRate(rate: number | null): number | null {
  if (rate === null) return null;
  const rounded = Math.round(rate * 100) / 100;
  return rounded === 0 && rate !== 0 ? Number(rate.toPrecision(2)) : rounded;
}
