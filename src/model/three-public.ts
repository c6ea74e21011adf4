/**
 * The "三公" 经费 of a document: 公开07表's 预算数 and 决算数 for 因公出国（境）费, 公务用车购置及运行维护费
 * (购置费, 运行维护费) and 公务接待费 with their 合计, the counts the 情况说明 gives beside them
 * (团组, 人次, vehicles bought and held, 接待批次 and 人次), the stated reasons, and last
 * year's amounts when a previous document is given. Pure; documents are only read.
 *
 * Blank is kept apart from 0 all the way: a null cell is `null` here and is said as blank
 * ("空白"); when the table is blank but the text states a figure, both are kept, so the
 * widget can say "表7空白；情况说明为0.00".
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { ExecutionItem, ThreePublicDetails } from '../schema/narrative.js';
import type { ThreePublicAmounts } from '../schema/tables.js';
import type { Unit } from '../schema/primitives.js';
import type { Localized } from '../format/messages.js';
import { convert } from '../format/units.js';
import { rate } from '../format/percent.js';
import type { CellRef } from './provenance.js';
import type { ModelResult } from './execution.js';

export type CostKey = 'abroad' | 'vehicles' | 'vehiclePurchase' | 'vehicleOperation' | 'reception' | 'total' | RelatedKey;

/**
 * What many 表7 print beside the 三公 (会议费, 培训费, and a 合计 over all of them): related
 * spending, never one of the 三公 and never in their 合计. Rows only where printed or stated.
 */
export type RelatedKey = 'meetings' | 'training' | 'totalWithRelated';
export const RELATED_KEYS: readonly RelatedKey[] = ['meetings', 'training', 'totalWithRelated'];

/** Rows in reading order: the three kinds (vehicles with its two parts indented), then 合计. */
export const COST_KEYS: readonly CostKey[] = ['abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception', 'total'];

export const COST_NAMES: Record<CostKey, string> = {
  abroad: '因公出国（境）费',
  vehicles: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
  total: '合计',
  meetings: '会议费',
  training: '培训费',
  totalWithRelated: '合计（含会议费、培训费）',
};

/** One amount: the table cell (undefined: the column is absent; null: blank) and the text's figure. */
export interface CostAmount {
  value: number | null | undefined;
  cell?: CellRef;
  /** What the 情况说明 states for it, when it states something. */
  narrative?: number | null;
  narrativeLine?: number;
  /**
   * Not printed: the sum of the parts. A 公开07表 that prints 购置费 and 运行维护费 but no
   * 公务用车 小计 gets its vehicles line as their sum (blank parts add nothing), said as derived.
   */
  derived?: 'vehicleParts';
}

export type CountKey = 'groups' | 'people' | 'purchased' | 'held' | 'domesticBatches' | 'domesticPeople' | 'foreignBatches' | 'foreignPeople';

export interface CostCount {
  key: CountKey;
  value: number | null;
}

export interface CostRow {
  key: CostKey;
  name: string;
  level: 0 | 1;
  budget: CostAmount;
  final: CostAmount;
  /** Last year's 决算 (previous document), or last year's 预算 in a budget document. */
  previous?: CostAmount;
  /** 决算 / 预算 × 100; null without a positive budget or a final. */
  rate: number | null;
  status: 'above' | 'below' | 'equal' | 'unbudgeted' | 'none';
  reason?: string;
  counts: CostCount[];
  /** A related row (会议费, 培训费, their grand 合计): shown apart, never in the 三公 合计. */
  related?: true;
}

export interface ThreePublicModel {
  unit: Unit;
  kind: 'final' | 'budget';
  /** Absent when the document prints no recognisable year. */
  year?: number;
  previousYear?: number;
  /** What `previous` holds: last year's 决算 (a previous document, or the text's figure), or the budget document's 上年预算数. */
  previousKind?: 'final' | 'budget' | 'narrative';
  rows: CostRow[];
  /** Every amount printed is 0 (none blank, at least one printed). */
  allZero: boolean;
  /** Nothing printed at all. */
  allBlank: boolean;
  /** Some amount is not printed but derived (the vehicles line as its parts' sum): the note says how. */
  derived: boolean;
  tableCode: string;
}

export const THREE_PUBLIC_EMPTY: Localized = {
  'zh-CN': '本文档没有“三公”经费表（公开07表），情况说明也没有“三公”经费数。',
  en: 'This document has no "三公" table (公开07表) and its 情况说明 gives no "三公" figures.',
};

function amount(
  part: 'budget' | 'final' | 'previousBudget',
  amounts: ThreePublicAmounts | undefined,
  key: CostKey,
  unit: Unit,
  from: Unit,
): CostAmount {
  if (!amounts) return { value: undefined };
  const value = amounts[key];
  return {
    value: value === undefined ? undefined : convert(value, from, unit),
    cell: { table: 't7', row: part, column: key, label: `${COST_NAMES[key]} ${part === 'final' ? '决算数' : part === 'budget' ? '预算数' : '上年预算数'}`, line: amounts.source?.line },
  };
}

function execution(details: ThreePublicDetails | undefined, key: CostKey): ExecutionItem | undefined {
  if (!details) return undefined;
  if (key === 'total') return details.total;
  if (key === 'abroad') return details.abroad?.execution;
  if (key === 'vehicles') return details.vehicles?.execution;
  if (key === 'reception') return details.reception?.execution;
  if (key === 'meetings' || key === 'training') return details[key]?.execution;
  return undefined;
}

function counts(details: ThreePublicDetails | undefined, key: CostKey): CostCount[] {
  const list: [CountKey, number | null | undefined][] =
    key === 'abroad'
      ? [['groups', details?.abroad?.groups], ['people', details?.abroad?.people]]
      : key === 'vehicles'
        ? [['purchased', details?.vehicles?.purchased], ['held', details?.vehicles?.held]]
        : key === 'reception'
          ? [
              ['domesticBatches', details?.reception?.domestic?.batches],
              ['domesticPeople', details?.reception?.domestic?.people],
              ['foreignBatches', details?.reception?.foreignAffairs?.batches],
              ['foreignPeople', details?.reception?.foreignAffairs?.people],
            ]
          : [];
  return list.filter(([, value]) => value !== undefined).map(([k, value]) => ({ key: k, value: value ?? null }));
}

/** The narrative's figure for a part (purchase and operation amounts live outside `execution`). */
function narrativeFigure(details: ThreePublicDetails | undefined, key: CostKey, part: 'budget' | 'final', budgetDoc: boolean): number | null | undefined {
  // The text's 购置费 / 运行维护费 are the document's own figures: the 决算 in a 决算, the 预算 in a 预算.
  const own = part === (budgetDoc ? 'budget' : 'final');
  if (key === 'vehiclePurchase') return own ? details?.vehicles?.purchaseAmount : undefined;
  if (key === 'vehicleOperation') return own ? details?.vehicles?.operationAmount : undefined;
  // A stated 会议费 / 培训费 with no budget-against-final is the document's own kind's figure.
  if ((key === 'meetings' || key === 'training') && !details?.[key]?.execution) return own ? details?.[key]?.amount : undefined;
  return execution(details, key)?.[part];
}

export function buildThreePublicModel(doc: Disclosure, previous?: Disclosure): ModelResult<ThreePublicModel> {
  const t7 = doc.tables.t7;
  const details = doc.narrative?.threePublic;
  if (!t7 && !details) return { ok: false, empty: THREE_PUBLIC_EMPTY };
  const unit = t7?.unit ?? doc.narrative?.unit ?? doc.meta.unit;
  const narrativeUnit = doc.narrative?.unit ?? doc.meta.unit;
  const budgetDoc = doc.meta.kind === 'budget';
  const prevT7 = previous?.tables.t7;
  const previousKind = budgetDoc ? (t7?.previousBudget ? 'budget' : undefined) : prevT7?.final ? 'final' : undefined;

  // A related row where the table prints its column, or the text states it.
  const related = RELATED_KEYS.filter(
    (key) => [t7?.budget, t7?.final].some((a) => a?.[key] !== undefined) || (key !== 'totalWithRelated' && details?.[key] !== undefined),
  );
  const rows: CostRow[] = [...COST_KEYS, ...related].map((key) => {
    const budget = amount('budget', t7?.budget, key, unit, t7?.unit ?? unit);
    const final = budgetDoc ? { value: undefined } : amount('final', t7?.final, key, unit, t7?.unit ?? unit);
    const stated = execution(details, key);
    for (const [part, target] of [['budget', budget], ['final', final]] as const) {
      if (budgetDoc && part === 'final') continue;
      const figure = narrativeFigure(details, key, part, budgetDoc);
      if (figure === undefined) continue;
      target.narrative = convert(figure, narrativeUnit, unit);
      target.narrativeLine = stated?.source?.line ?? details?.source?.line;
      // Without a 公开07表, the text's figure is the amount (its cell is the sentence).
      if (!t7) target.value = target.narrative;
    }
    let prev: CostAmount | undefined;
    if (previousKind === 'budget') prev = amount('previousBudget', t7?.previousBudget, key, unit, t7!.unit);
    else if (previousKind === 'final') prev = amount('final', prevT7!.final, key, unit, prevT7!.unit);
    // No previous document: the text's own year-over-year figure for the total, if it gives one.
    if (!prev && key === 'total' && !budgetDoc) {
      const stated = doc.narrative?.comparisons?.find((c) => c.subject === 'threePublic' && (c.comparedWith ?? 'previousYear') === 'previousYear');
      const last = stated?.previous ?? (stated?.current != null && stated.change != null ? stated.current - stated.change : undefined);
      if (last != null) prev = { value: convert(last, narrativeUnit, unit), narrative: convert(last, narrativeUnit, unit), narrativeLine: stated?.source?.line };
    }
    return {
      key,
      name: COST_NAMES[key],
      level: key === 'vehiclePurchase' || key === 'vehicleOperation' ? 1 : 0,
      budget,
      final,
      previous: prev,
      ...judge(budget, final, budgetDoc),
      reason: stated?.reason ?? (key === 'meetings' || key === 'training' ? details?.[key]?.reason : undefined),
      counts: counts(details, key),
      ...(related.includes(key as RelatedKey) ? { related: true as const } : {}),
    };
  });
  deriveVehicles(rows, budgetDoc);

  // Without 公开07表, a text that states no amount at all leaves nothing to draw.
  if (!t7 && !rows.some((r) => typeof r.budget.value === 'number' || typeof r.final.value === 'number')) return { ok: false, empty: THREE_PUBLIC_EMPTY };
  const fromText = !previousKind && rows.some((r) => r.previous);
  // All zero or all blank speaks of the 三公 alone.
  const printed = rows.filter((r) => !r.related).flatMap((r) => [r.budget.value, r.final.value]).filter((v) => v !== undefined);
  const allBlank = printed.every((v) => v === null);
  const allZero = !allBlank && printed.every((v) => v === 0 || v === null) && printed.some((v) => v === 0) && !printed.includes(null);
  return {
    ok: true,
    model: {
      unit,
      kind: budgetDoc ? 'budget' : 'final',
      year: doc.meta.year,
      previousYear: previousKind === 'final' ? previous!.meta.year : (previousKind === 'budget' || fromText) && doc.meta.year !== undefined ? doc.meta.year - 1 : undefined,
      previousKind: fromText ? 'narrative' : previousKind,
      rows,
      allZero,
      allBlank,
      derived: rows.some((r) => r.budget.derived || r.final.derived || r.previous?.derived),
      tableCode: t7?.code ?? '公开07表',
    },
  };
}

/** 决算 ÷ 预算 and what it means. */
function judge(budget: CostAmount, final: CostAmount, budgetDoc: boolean): Pick<CostRow, 'rate' | 'status'> {
  const b = budget.value ?? null;
  const f = final.value ?? null;
  const status: CostRow['status'] =
    budgetDoc || f === null || budget.value === undefined ? 'none' : b === null || b === 0 ? (f > 0 ? 'unbudgeted' : 'none') : f > b ? 'above' : f < b ? 'below' : 'equal';
  return { rate: budgetDoc ? null : rate(f, b), status };
}

/**
 * A table without the 公务用车 小计 column (购置费 and 运行维护费 printed on their own): the
 * vehicles line is their sum, marked derived, rather than "—" above two printed parts. Only
 * where the column is absent (a blank printed 小计 stays blank) and a part prints a number.
 */
function deriveVehicles(rows: CostRow[], budgetDoc: boolean): void {
  const vehicles = rows.find((r) => r.key === 'vehicles');
  const purchase = rows.find((r) => r.key === 'vehiclePurchase');
  const operation = rows.find((r) => r.key === 'vehicleOperation');
  if (!vehicles || !purchase || !operation) return;
  const sum = (a: CostAmount | undefined, b: CostAmount | undefined): CostAmount | undefined => {
    const parts = [a?.value, b?.value].filter((v): v is number => typeof v === 'number');
    if (!parts.length) return undefined;
    return { value: Math.round(parts.reduce((x, y) => x + y, 0) * 1e6) / 1e6, derived: 'vehicleParts' };
  };
  let changed = false;
  for (const part of ['budget', 'final', 'previous'] as const) {
    const own = vehicles[part];
    if (own && own.value !== undefined) continue;
    const derived = sum(purchase[part], operation[part]);
    if (!derived) continue;
    vehicles[part] = own?.narrative !== undefined ? { ...derived, narrative: own.narrative, narrativeLine: own.narrativeLine } : derived;
    changed = true;
  }
  if (changed) Object.assign(vehicles, judge(vehicles.budget, vehicles.final, budgetDoc));
}

/** Every amount shown, for the automatic unit and a shared scale (the grand 合计 is in the table only). */
export function threePublicAmounts(model: ThreePublicModel): number[] {
  return model.rows.filter((r) => r.key !== 'totalWithRelated').flatMap((r) => [r.budget.value, r.final.value, r.previous?.value].filter((v): v is number => typeof v === 'number'));
}
