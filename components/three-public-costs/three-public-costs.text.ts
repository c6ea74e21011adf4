/**
 * Everything <three-public-costs> says in words: each row's value text and counts, the
 * summary sentence (which says "均为0" or "空白" outright), tooltips, announcements, the data
 * table and the CSV. Blank cells say "空白", never "0"; a blank cell the text fills says both.
 */
import { html, type TemplateResult } from 'lit';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { Unit } from '../../src/schema/primitives.js';
import type { CostAmount, CostRow, ThreePublicModel } from '../../src/model/three-public.js';
import type { BarRowInput } from '../../src/layout/bars.js';
import type { Finding } from '../../src/audit/types.js';
import { t, type Lang } from '../../src/format/messages.js';
import { convert, formatAmount, unitLabel } from '../../src/format/units.js';
import { formatAmountNumber } from '../../src/format/number.js';
import { formatPercent } from '../../src/format/percent.js';
import { isolate } from '../../src/format/bidi.js';
import type { MarkText } from '../base/marks-controller.js';
import type { CsvRow } from '../base/disclosure-element.js';
import { describeCell } from '../base/provenance.js';
import { BARS } from '../base/bar-messages.js';
import { COSTS } from './three-public-costs.messages.js';

export interface CostsContext {
  doc: Disclosure;
  model: ThreePublicModel;
  unit: Unit;
  lang: Lang;
  /** Audit findings about 公开07表, by the row (column key) they name. */
  findings: Map<string, Finding[]>;
}

const GLOSS: Record<string, string> = {
  abroad: 'travel abroad',
  vehicles: 'official vehicles',
  vehiclePurchase: 'purchase',
  vehicleOperation: 'running costs',
  reception: 'official receptions',
  total: 'total',
  meetings: 'meetings',
  training: 'training',
  totalWithRelated: 'total with meetings and training',
};

/** The row's name: as the table prints it, with an English gloss in English. */
export function costName(row: CostRow, lang: Lang): string {
  return lang === 'en' ? `${row.name} (${GLOSS[row.key]})` : row.name;
}

/** An amount as shown: the number, "空白" for a blank cell (with the text's figure when it has one), "—" for no column. */
export function amountText(amount: CostAmount, c: Pick<CostsContext, 'model' | 'unit' | 'lang'>): string {
  const number = (v: number) => formatAmountNumber(convert(v, c.model.unit, c.unit), c.lang);
  if (amount.value === undefined) return '—';
  if (amount.value === null) {
    return amount.narrative != null ? t(COSTS, 'blankWithText', c.lang, { value: number(amount.narrative) }) : t(COSTS, 'blank', c.lang);
  }
  return amount.derived ? t(COSTS, 'derivedMark', c.lang, { value: number(amount.value) }) : number(amount.value);
}

export function countsText(row: CostRow, lang: Lang): string {
  return row.counts
    .map((count) => t(COSTS, count.key, lang, { n: count.value === null ? t(COSTS, 'countBlank', lang) : count.value }))
    .join(lang === 'en' ? ', ' : ' ');
}

export function rowText(row: CostRow, c: CostsContext): string {
  const { lang, model } = c;
  const previousKey = model.previousKind === 'budget' ? 'previousBudgetText' : 'previousText';
  const previous = row.previous ? t(COSTS, previousKey, lang, { previous: amountText(row.previous, c) }) : '';
  const audit = c.findings.has(row.key) ? t(COSTS, 'auditMark', lang) : '';
  if (model.kind === 'budget') return t(COSTS, 'rowTextBudget', lang, { budget: amountText(row.budget, c) }) + previous + audit;
  const rate = row.rate !== null ? ` · ${formatPercent(row.rate, lang)}` : row.status === 'unbudgeted' ? ` · ${t(COSTS, 'noBudget', lang)}` : '';
  return t(COSTS, 'rowText', lang, { final: amountText(row.final, c), budget: amountText(row.budget, c), rate }) + previous + audit;
}

const value = (amount: CostAmount | undefined, c: CostsContext) =>
  typeof amount?.value === 'number' ? convert(amount.value, c.model.unit, c.unit) : null;

/**
 * The 三公 rows, then the related ones (会议费, 培训费) under their own heading, after the 合计
 * and never in it. Their grand 合计 is in the table and the CSV only: drawn, it would set the
 * scale and dwarf the 三公 the chart is about.
 */
export function costBars(c: CostsContext): BarRowInput[] {
  const budgetDoc = c.model.kind === 'budget';
  const drawn = c.model.rows.filter((row) => row.key !== 'totalWithRelated');
  const at = drawn.findIndex((row) => row.related);
  const bars: BarRowInput[] = drawn.map((row) => ({
    id: row.key,
    label: costName(row, c.lang),
    level: row.level,
    sub: countsText(row, c.lang) || undefined,
    // A budget document has one measure: its budget is the solid bar.
    back: budgetDoc ? null : value(row.budget, c),
    front: budgetDoc ? value(row.budget, c) : value(row.final, c),
    tick: value(row.previous, c),
    text: rowText(row, c),
  }));
  if (at >= 0) bars.splice(at, 0, { id: 'related', kind: 'group', label: t(COSTS, 'relatedGroup', c.lang), text: '' });
  return bars;
}

/** The ids a reader walks, in order: every drawn bar. */
export function chartKeys(model: ThreePublicModel): string[] {
  return model.rows.filter((row) => row.key !== 'totalWithRelated').map((row) => row.key);
}

function title(doc: Disclosure, lang: Lang): string {
  return t(COSTS, 'titleFinal', lang, { department: doc.meta.department, year: doc.meta.year ?? '' });
}

export function costsSummary(c: CostsContext): string {
  const { lang, model } = c;
  const total = model.rows.find((r) => r.key === 'total')!;
  const head = title(c.doc, lang);
  let sentence: string;
  if (model.allBlank) sentence = t(COSTS, 'summaryBlank', lang, { title: head });
  else if (model.allZero) sentence = t(COSTS, 'summaryZero', lang, { title: head });
  else if (model.kind === 'budget' && total.budget.value === undefined) sentence = t(COSTS, 'summaryBudgetUnstated', lang, { title: head });
  else if (model.kind === 'budget') sentence = t(COSTS, 'summaryBudget', lang, { title: head, budget: money(total.budget, c) });
  else
    sentence = t(COSTS, 'summary', lang, {
      title: head,
      final: money(total.final, c),
      budget: money(total.budget, c),
      rate:
        total.rate !== null
          ? t(COSTS, 'summaryRate', lang, { rate: formatPercent(total.rate, lang) })
          : total.status === 'unbudgeted'
            ? t(COSTS, 'summaryNoBudget', lang)
            : '',
    });
  if (total.previous && typeof total.previous.value === 'number') sentence += (lang === 'en' ? ' ' : '') + t(COSTS, model.previousKind === 'budget' ? 'summaryPreviousBudget' : 'summaryPrevious', lang, { previous: money(total.previous, c) });
  return sentence + relatedSentence(c);
}

/** "相关支出（不属于“三公”经费，未计入合计）：会议费86.81万元、培训费2,795.78万元。", the document's own kind's amounts. */
function relatedSentence(c: CostsContext): string {
  const { lang, model } = c;
  const items = model.rows
    .filter((row) => row.key === 'meetings' || row.key === 'training')
    .map((row) => `${costName(row, lang)}${lang === 'en' ? ' ' : ''}${money(model.kind === 'budget' ? row.budget : row.final, c)}`);
  if (items.length === 0) return '';
  return (lang === 'en' ? ' ' : '') + t(COSTS, 'summaryRelated', lang, { items: items.join(lang === 'en' ? ', ' : '、') });
}

function money(amount: CostAmount, c: CostsContext): string {
  // In a sentence, a figure the document does not give is said in words, not as "—".
  if (amount.value === undefined) return t(COSTS, 'notStated', c.lang);
  return typeof amount.value === 'number' ? formatAmount(amount.value, c.model.unit, c.unit, c.lang) : amountText(amount, c);
}

/** "0.00万元 · 0辆 · 0批次": the all-zero case, said so it looks deliberate. */
export function zeroHeadline(c: CostsContext): string {
  const vehicles = c.model.rows.find((r) => r.key === 'vehicles')?.counts.find((n) => n.key === 'held')?.value ?? 0;
  const batches = c.model.rows.find((r) => r.key === 'reception')?.counts.find((n) => n.key === 'domesticBatches')?.value ?? 0;
  return t(COSTS, 'zeroHeadline', c.lang, { amount: formatAmount(0, c.model.unit, c.unit, c.lang), vehicles, batches });
}

export function describeCost(c: CostsContext, key: string): MarkText | null {
  const row = c.model.rows.find((r) => r.key === key);
  if (!row) return null;
  const { lang } = c;
  const lines: string[] = [];
  const cell = (label: string, amount: CostAmount | undefined) => {
    if (!amount || amount.value === undefined) return;
    const where = amount.cell ? describeCell(amount.cell, lang) : amount.derived ? t(COSTS, 'vehiclesDerivedLine', lang) : '';
    lines.push(`${t(COSTS, label, lang, { value: money(amount, c), year: c.model.previousYear ?? '' })}${where ? ` — ${where}` : ''}`);
    if (amount.narrative != null && amount.narrative !== amount.value) {
      const figure = formatAmount(amount.narrative, c.model.unit, c.unit, lang);
      lines.push(amount.narrativeLine ? t(COSTS, 'textFigure', lang, { line: amount.narrativeLine, value: figure }) : t(COSTS, 'textFigureNoLine', lang, { value: figure }));
    }
  };
  cell('budgetCell', row.budget);
  if (c.model.kind === 'final') cell('finalCell', row.final);
  cell('previousCell', row.previous);
  if (row.rate !== null) lines.push(t(COSTS, 'rateLine', lang, { rate: formatPercent(row.rate, lang) }));
  const counts = countsText(row, lang);
  if (counts) lines.push(counts);
  if (row.reason) lines.push(t(COSTS, 'reason', lang, { reason: isolate(row.reason) }));
  for (const finding of c.findings.get(row.key) ?? []) lines.push(`⚠ ${finding.rule} ${finding.message[lang]}`);
  return { title: costName(row, lang), value: rowText(row, c), lines };
}

export function announceCost(c: CostsContext, key: string, index: number, count: number): string {
  const row = c.model.rows.find((r) => r.key === key);
  if (!row) return '';
  const counts = countsText(row, c.lang);
  return t(BARS, 'focused', c.lang, { name: costName(row, c.lang), value: rowText(row, c) + (counts ? `；${counts}` : ''), index, count });
}

export function costsTable(c: CostsContext): TemplateResult {
  const { lang, model } = c;
  const finalDoc = model.kind === 'final';
  const hasPrevious = model.rows.some((r) => r.previous);
  const columns = 4 + (finalDoc ? 2 : 0) + (hasPrevious ? 1 : 0);
  const first = model.rows.find((r) => r.related);
  return html`<table part="table">
    <caption>${t(COSTS, 'caption', lang, { table: model.tableCode })} · ${t(BARS, 'unit', lang, { unit: unitLabel(c.unit, lang) })}</caption>
    <thead><tr>
      <th scope="col">${t(COSTS, 'colItem', lang)}</th>
      <th scope="col" class="num">${t(COSTS, 'colBudget', lang)}</th>
      ${finalDoc ? html`<th scope="col" class="num">${t(COSTS, 'colFinal', lang)}</th><th scope="col" class="num">${t(COSTS, 'colRate', lang)}</th>` : ''}
      ${hasPrevious ? html`<th scope="col" class="num">${t(COSTS, 'colPrevious', lang)}</th>` : ''}
      <th scope="col">${t(COSTS, 'colCounts', lang)}</th><th scope="col">${t(COSTS, 'colReason', lang)}</th>
    </tr></thead>
    <tbody>${model.rows.map(
      (row) => html`${row === first ? html`<tr class="group"><th scope="rowgroup" colspan=${columns}>${t(COSTS, 'relatedGroup', lang)}</th></tr>` : ''}<tr>
        <th scope="row">${costName(row, lang)}</th>
        <td class="num">${amountText(row.budget, c)}</td>
        ${finalDoc
          ? html`<td class="num">${amountText(row.final, c)}</td>
              <td class="num">${row.rate !== null ? formatPercent(row.rate, lang) : row.status === 'unbudgeted' ? t(COSTS, 'noBudget', lang) : '—'}</td>`
          : ''}
        ${hasPrevious ? html`<td class="num">${row.previous ? amountText(row.previous, c) : '—'}</td>` : ''}
        <td>${countsText(row, lang)}</td>
        <td class="prose">${[row.reason ?? '', ...(c.findings.get(row.key) ?? []).map((f) => `⚠ ${f.rule} ${f.message[lang]}`)].filter(Boolean).join('；')}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

export function costsCsv(c: CostsContext): CsvRow[] {
  // The printed amounts only: a derived vehicles line (no 小计 printed) is left empty, as printed.
  const cell = (amount: CostAmount | undefined) => (amount?.value === undefined || amount.derived ? '' : amount.value);
  // A `group` column only when related rows are there to tell apart (a CSV's columns stay as they were otherwise).
  const grouped = c.model.rows.some((row) => row.related);
  const group = (row: CostRow) => (grouped ? [row.related ? t(COSTS, 'relatedGroup', 'zh-CN') : '“三公”经费'] : []);
  return [
    ['item', 'unit', 'budget', 'final', 'rate', 'previous', 'budget_text', 'final_text', 'counts', 'reason', ...(grouped ? ['group'] : [])],
    ...c.model.rows.map((row) => [
      row.name,
      c.model.unit,
      cell(row.budget),
      cell(row.final),
      row.rate === null ? null : Math.round(row.rate * 100) / 100,
      cell(row.previous),
      row.budget.narrative ?? null,
      row.final.narrative ?? null,
      countsText(row, 'zh-CN'),
      row.reason ?? '',
      // Which total the row belongs to: the 三公's, or related spending outside it.
      ...group(row),
    ]),
  ];
}
