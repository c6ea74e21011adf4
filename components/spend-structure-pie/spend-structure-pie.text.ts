/**
 * Everything <spend-structure-pie> says in words: the summary sentence (its accessible name),
 * slice names and figures, tooltips and announcements, the data table and the CSV rows.
 * Pure functions of the model, the level shown and the language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { Unit } from '../../src/schema/primitives.js';
import type { PieModel } from '../../src/model/pie.js';
import type { PieItem } from '../../src/model/pie-items.js';
import type { PieLevel, PieSlice } from '../../src/model/pie-slices.js';
import { COMMON, t, type Lang } from '../../src/format/messages.js';
import { convert, formatAmount, unitLabel } from '../../src/format/units.js';
import { formatShare } from '../../src/format/percent.js';
import { formatAmountNumber } from '../../src/format/number.js';
import { qualifyNames, shownName } from '../../src/format/names.js';
import { isolate } from '../../src/format/bidi.js';
import { describeProvenance, tableName } from '../base/provenance.js';
import { FRAME } from '../base/messages.js';
import type { CsvRow } from '../base/disclosure-element.js';
import type { MarkText } from '../base/marks-controller.js';
import { PIE } from './spend-structure-pie.messages.js';

export interface PieContext {
  doc: Disclosure;
  model: PieModel;
  level: PieLevel;
  /** The items drilled into, from the top. */
  trail: PieItem[];
  unit: Unit;
  lang: Lang;
}

const qualified = new WeakMap<PieItem, Partial<Record<Lang, Map<string, string>>>>();

/** The names shown under `parent`: as printed, qualified where two share one (src/format/names.ts). */
function shownNames(parent: PieItem, lang: Lang): Map<string, string> {
  let entry = qualified.get(parent);
  if (!entry) qualified.set(parent, (entry = {}));
  return (entry[lang] ??= qualifyNames(
    parent.children.map((item) => ({ id: item.id, name: item.name, code: item.code, parents: item.parents })),
    lang,
  ));
}

/** An item's name as a reader meets it: qualified where shared; the library's own names translated. */
export function itemName(item: PieItem, { level, lang }: NameContext): string {
  if (item.label) return item.label[lang];
  return shownNames(level.parent, lang).get(item.id) ?? item.name;
}

/** What naming needs: the level's parent (whose children are told apart) and the language. */
export type NameContext = { level: Pick<PieLevel, 'parent'>; lang: Lang };

export function sliceName(slice: PieSlice, context: NameContext): string {
  return slice.members ? t(COMMON, 'others', context.lang, { count: slice.members.length }) : itemName(slice.item!, context);
}

export function amount(value: number | null, { model, unit, lang }: Pick<PieContext, 'model' | 'unit' | 'lang'>): string {
  return formatAmount(value, model.unit, unit, lang);
}

/** "83.5% · 5,381.03": the label's second line (the unit is stated once, in the centre and caption). */
export function figure(slice: PieSlice, { model, unit, lang }: Pick<PieContext, 'model' | 'unit' | 'lang'>): string {
  return `${formatShare(slice.share, slice.value, lang)} · ${formatAmountNumber(convert(slice.value, model.unit, unit), lang)}`;
}

function breakdown({ model, lang }: Pick<PieContext, 'model' | 'lang'>): string {
  return t(PIE, `by${model.by}`, lang);
}

function levelSuffix(context: PieContext): string {
  const last = context.trail[context.trail.length - 1];
  return last ? t(PIE, 'levelOf', context.lang, { name: itemName(last, { level: context.level, lang: context.lang }) }) : '';
}

/** The summary sentence: the total, the number of parts and the largest. */
export function summarize(context: PieContext): string {
  const { doc, level, lang } = context;
  const title = t(PIE, doc.meta.kind === 'budget' ? 'titleBudget' : 'titleFinal', lang, { department: doc.meta.department, year: doc.meta.year ?? '' });
  const count = level.slices.reduce((sum, slice) => sum + (slice.members?.length ?? 1), 0);
  const parts = [
    t(PIE, 'summary', lang, { title, breakdown: breakdown(context), level: levelSuffix(context), total: amount(level.parent.value, context), count }),
  ];
  const largest = level.slices.filter((slice) => slice.item).sort((a, b) => b.value - a.value)[0];
  if (largest) {
    parts.push(t(PIE, 'summaryLargest', lang, { name: sliceName(largest, context), value: amount(largest.value, context), share: formatShare(largest.share, largest.value, lang) }));
  }
  return parts.join(lang === 'en' ? ' ' : '');
}

/** Tooltip: name (with code), amount and share, the cells, and what activating it does. */
export function describeSlice(slice: PieSlice, context: PieContext): MarkText {
  const { lang } = context;
  const code = slice.item?.code;
  const lines: string[] = [];
  if (slice.members) {
    const shown = slice.members.slice(0, 8).map(({ item, share }) => `${itemName(item, context)} ${amount(item.value, context)} (${formatShare(share, item.value, lang)})`);
    lines.push(...shown);
    if (slice.members.length > 8) lines.push(t(COMMON, 'more', lang, { count: slice.members.length - 8 }));
    lines.push(t(PIE, 'expandHint', lang));
  } else {
    lines.push(...describeProvenance(slice.item!.provenance, lang));
    if (slice.drillable) lines.push(t(PIE, 'drillHint', lang));
  }
  return {
    title: `${code ? `${code} ` : ''}${sliceName(slice, context)}`,
    value: `${amount(slice.value, context)} · ${formatShare(slice.share, slice.value, lang)}`,
    lines,
  };
}

export function announceSlice(slice: PieSlice, index: number, context: PieContext): string {
  const code = slice.item?.code;
  return t(PIE, 'focused', context.lang, {
    name: `${code ? `${code} ` : ''}${sliceName(slice, context)}`,
    value: amount(slice.value, context),
    share: formatShare(slice.share, slice.value, context.lang),
    index: index + 1,
    count: context.level.slices.length,
  });
}

/** The notes under the chart for items that are not angles: blank and negative, by reason (zero is only listed). */
export function excludedNotes(context: PieContext): string[] {
  return (['blank', 'negative'] as const).flatMap((reason) => {
    const items = context.level.excluded.filter((entry) => entry.reason === reason).map(({ item }) => itemName(item, context));
    return items.length ? [t(PIE, `excluded${reason}`, context.lang, { count: items.length, names: items.map(isolate).join(t(FRAME, 'listSeparator', context.lang)) })] : [];
  });
}

interface Row {
  item: PieItem | null;
  name: string;
  value: number | null;
  share: number | null;
  note: string;
  member: boolean;
}

/** Every row of the level: slices (and the members of "其他" under it), then blank, negative and zero rows. */
function rows(context: PieContext): Row[] {
  const { level, lang } = context;
  const out: Row[] = [];
  for (const slice of level.slices) {
    out.push({ item: slice.item ?? null, name: sliceName(slice, context), value: slice.value, share: slice.share, note: slice.item?.gap ? t(PIE, 'gapNote', lang) : '', member: false });
    for (const { item, share } of slice.members ?? []) {
      out.push({ item, name: itemName(item, context), value: item.value, share, note: t(PIE, 'inOther', lang), member: true });
    }
  }
  for (const { item, reason } of level.excluded) {
    out.push({ item, name: itemName(item, context), value: item.value, share: null, note: t(PIE, reason, lang), member: false });
  }
  return out;
}

export function caption(context: PieContext): string {
  const { model, lang } = context;
  return t(PIE, 'caption', lang, { table: tableName(model.table, lang), title: model.tableTitle, level: levelSuffix(context), unit: unitLabel(context.unit, lang) });
}

export function renderTable(context: PieContext): TemplateResult {
  const { lang, model, unit } = context;
  const shareCell = (row: Row) => (row.share === null ? '—' : formatShare(row.share, row.value, lang));
  return html`<table part="table">
    <caption>${caption(context)}</caption>
    <thead>
      <tr>
        <th scope="col">${t(PIE, 'code', lang)}</th>
        <th scope="col">${t(PIE, 'name', lang)}</th>
        <th scope="col" class="num">${t(FRAME, 'amount', lang, { unit: unitLabel(unit, lang) })}</th>
        <th scope="col" class="num">${t(PIE, 'share', lang)}</th>
        <th scope="col">${t(PIE, 'note', lang)}</th>
        <th scope="col">${t(FRAME, 'source', lang)}</th>
      </tr>
    </thead>
    <tbody>
      ${rows(context).map(
        (row) => html`<tr class=${row.member ? 'member' : ''}>
          <td>${row.item?.code ?? ''}</td>
          <th scope="row">${shownName(row.name, lang)}</th>
          <td class="num">${row.value === null ? t(COMMON, 'blank', lang) : formatAmountNumber(convert(row.value, model.unit, unit), lang)}</td>
          <td class="num">${shareCell(row)}</td>
          <td>${row.note || nothing}</td>
          <td>${row.item ? describeProvenance(row.item.provenance, lang).join('; ') : nothing}</td>
        </tr>`,
      )}
      <tr>
        <td></td>
        <th scope="row">${t(PIE, 'total', lang)}</th>
        <td class="num">${formatAmountNumber(convert(context.level.parent.value, model.unit, unit), lang)}</td>
        <td class="num">${context.level.slices.length ? formatShare(100, 1, lang) : '—'}</td>
        <td></td>
        <td>${describeProvenance(context.level.parent.provenance, lang).join('; ')}</td>
      </tr>
    </tbody>
  </table>`;
}

/** CSV: the document's own amounts in its unit, every row of the level (members and excluded too). */
export function csvRows(context: PieContext): CsvRow[] {
  const { model, lang } = context;
  const header: CsvRow = ['code', 'name', 'label', 'value', 'unit', 'share', 'note', 'source'];
  return [
    header,
    ...rows(context)
      .filter((row) => row.item)
      .map((row) => [row.item!.code ?? '', row.item!.name, row.name, row.value, model.unit, row.share, row.note, describeProvenance(row.item!.provenance, lang).join('; ')]),
  ];
}
