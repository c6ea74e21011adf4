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

/**
 * The unit a set of amounts reads best in: the largest unit in which the biggest amount is
 * at least 1. So 6,443.60 万元 stays 万元, 0.8 亿元 of amounts becomes 万元, and 12,000 元
 * becomes 1.20 万元.
 */
export function chooseUnit(values: readonly (number | null | undefined)[], from: Unit): Unit {
  let max = 0;
  for (const value of values) if (value != null && Math.abs(value) > max) max = Math.abs(value);
  const yuan = max * IN_YUAN[from];
  if (yuan >= 1e8) return '亿元';
  if (yuan >= 1e4) return '万元';
  return '元';
}

/** Resolve `auto` against the amounts to be shown. */
export function resolveUnit(choice: UnitChoice, values: readonly (number | null | undefined)[], from: Unit): Unit {
  return choice === 'auto' ? chooseUnit(values, from) : choice;
}

/** `6,443.60万元` / `6,443.60 (10k yuan)`. Null prints as a dash with no unit. */
export function formatAmount(value: number | null | undefined, from: Unit, to: Unit, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  const number = formatAmountNumber(convert(value, from, to), lang);
  return lang === 'en' ? `${number} ${unitLabel(to, lang)}` : `${number}${unitLabel(to, lang)}`;
}
