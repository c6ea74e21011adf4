/**
 * Amounts in 元, 万元 and 亿元: conversion, the automatic choice, and printing with the unit.
 */
import type { Unit } from '../schema/primitives.js';
import type { Lang } from './messages.js';
import { formatAmountNumber } from './number.js';

export type UnitChoice = Unit | 'auto';

const IN_YUAN: Record<Unit, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

const UNIT_LABEL: Record<Unit, Record<Lang, string>> = {
  元: { 'zh-CN': '元', en: 'yuan' },
  万元: { 'zh-CN': '万元', en: '10k yuan' },
  亿元: { 'zh-CN': '亿元', en: '100m yuan' },
};

export function unitLabel(unit: Unit, lang: Lang): string {
  return UNIT_LABEL[unit][lang];
}

/** Convert an amount between units. Null stays null. */
export function convert(value: number | null, from: Unit, to: Unit): number | null {
  if (value === null) return null;
  return (value * IN_YUAN[from]) / IN_YUAN[to];
}

/** Units from the finest to the coarsest. */
const UNITS: readonly Unit[] = ['元', '万元', '亿元'];

/**
 * The unit a widget's amounts read best in at two decimals. `values` are ALL the amounts the
 * widget shows (every drawn mark, not only the total), in `from` (the document's unit).
 *
 * First the largest unit in which the biggest amount is at least 1 (6,443.60 万元 stays 万元,
 * 0.8 亿元 becomes 万元, 12,000 元 becomes 万元). Then, while the smallest nonzero amount
 * would keep fewer than two significant digits at two decimals (below 0.10 in that unit),
 * a finer unit, as the documents' own 万元 tables do: a 2.21 亿元 department whose smallest
 * flow is 200 万元 (0.02 亿元) is shown in 万元. Never finer than the document's own unit,
 * which already holds every printed digit (finer would invent precision).
 */
export function chooseUnit(values: readonly (number | null | undefined)[], from: Unit): Unit {
  let max = 0;
  let min = Infinity;
  for (const value of values) {
    if (value == null || !Number.isFinite(value) || value === 0) continue;
    const size = Math.abs(value);
    if (size > max) max = size;
    if (size < min) min = size;
  }
  // Nothing but zeros (an all-zero "三公" table): no amount to read better, so the document's own unit.
  if (max === 0) return from;
  const yuan = (size: number) => size * IN_YUAN[from];
  let index = UNITS.length - 1;
  while (index > 0 && yuan(max) < IN_YUAN[UNITS[index]!]) index -= 1;
  const floor = UNITS.indexOf(from);
  // 0.095 is the smallest amount that prints with two significant digits (0.10).
  while (index > floor && min !== Infinity && yuan(min) / IN_YUAN[UNITS[index]!] < 0.095) index -= 1;
  return UNITS[index]!;
}

/** Resolve `auto` against all the amounts to be shown (see `chooseUnit`), in `from`. */
export function resolveUnit(choice: UnitChoice, values: readonly (number | null | undefined)[], from: Unit): Unit {
  return choice === 'auto' ? chooseUnit(values, from) : choice;
}

/** `6,443.60万元` / `6,443.60 (10k yuan)`. Null prints as a dash with no unit. */
export function formatAmount(value: number | null | undefined, from: Unit, to: Unit, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  const number = formatAmountNumber(convert(value, from, to), lang);
  return lang === 'en' ? `${number} ${unitLabel(to, lang)}` : `${number}${unitLabel(to, lang)}`;
}
