/**
 * The year-over-year comparisons of the 情况说明 (收支总计, 财政拨款收入, 基本支出, 项目支出 …,
 * the documents' 图1/图4/图5), each with last year's amount, the change and its percent.
 * What the text prints is used as printed; what it leaves out is derived and flagged:
 * last year = this year − the change; the change = this year − last year; the percent =
 * change / last year, and none when last year was 0 ("新增", never a rate).
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { Comparison } from '../schema/narrative.js';
import type { Unit } from '../schema/primitives.js';
import { withoutNoise } from '../format/number.js';
import type { ModelResult } from './execution.js';
import type { Localized } from '../format/messages.js';

/** increase, decrease, same, or new (nothing last year). */
export type Trend = 'increase' | 'decrease' | 'same' | 'new';

export interface YoyRow {
  id: string;
  subject: Comparison['subject'];
  label: string;
  current: number | null;
  previous: number | null;
  change: number | null;
  percent: number | null;
  /** Which of previous, change, percent were derived rather than printed. */
  derived: { previous: boolean; change: boolean; percent: boolean };
  trend: Trend | null;
  reason?: string;
  line?: number;
}

export interface YoyModel {
  unit: Unit;
  /** Absent when the document prints no recognisable year. */
  year?: number;
  rows: YoyRow[];
}

export const YOY_EMPTY: Localized = {
  'zh-CN': '本文档的情况说明没有与上年的对比数。',
  en: 'The 情况说明 of this document gives no comparison with the previous year.',
};

function trendOf(current: number | null, previous: number | null, change: number | null, stated?: Comparison['direction']): Trend | null {
  if (previous === 0 && current !== null && current > 0) return 'new';
  if (change !== null) return change > 0 ? 'increase' : change < 0 ? 'decrease' : 'same';
  return stated ?? null;
}

export function yoyRow(c: Comparison, index: number): YoyRow {
  const current = c.current;
  const printedPrevious = c.previous ?? null;
  const previous = printedPrevious ?? (current !== null && c.change != null ? withoutNoise(current - c.change) : null);
  const change = c.change ?? (current !== null && previous !== null ? withoutNoise(current - previous) : null);
  const printedPercent = c.changePercent ?? null;
  const percent = printedPercent ?? (change !== null && previous !== null && previous > 0 ? (change / previous) * 100 : null);
  return {
    id: `yoy:${index}`,
    subject: c.subject,
    label: c.label,
    current,
    previous,
    change,
    percent,
    derived: { previous: printedPrevious === null && previous !== null, change: c.change == null && change !== null, percent: printedPercent === null && percent !== null },
    trend: trendOf(current, previous, change, c.direction),
    reason: c.reason,
    line: c.source?.line,
  };
}

export function buildYoyModel(doc: Disclosure): ModelResult<YoyModel> {
  const comparisons = (doc.narrative?.comparisons ?? []).filter((c) => (c.comparedWith ?? 'previousYear') === 'previousYear');
  if (!comparisons.length) return { ok: false, empty: YOY_EMPTY };
  return {
    ok: true,
    model: { unit: doc.narrative?.unit ?? doc.meta.unit, year: doc.meta.year, rows: comparisons.map(yoyRow) },
  };
}
