// Shared checks for flow-model and layout tests.
import type { FlowModel } from '../../src/model/sankey-types.js';
import type { Unit } from '../../src/schema/primitives.js';

/** Freeze an object graph so any write throws (tests run as ES modules, in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * How far a node's inflow and outflow may differ, stated here and not imported from src/ (a
 * test that shares the code's threshold cannot catch a change to it). Amounts printed to
 * 0.01 万元 may each be off by 0.005, and the format allows at least 0.05 (disclosure-format.md
 * §5); tables in 元 allow 1 元 per printed number.
 */
function roundingAllowance(terms: number, unit: Unit): number {
  if (unit === '元') return Math.max(1, terms * 1);
  return Math.max(0.05, terms * 0.005);
}

/** Ids of pass-through nodes whose inflow and outflow differ beyond rounding. */
export function unbalancedNodes(model: FlowModel): string[] {
  const result: string[] = [];
  for (const node of model.nodes) {
    const ins = model.links.filter((l) => l.target === node.id);
    const outs = model.links.filter((l) => l.source === node.id);
    if (!ins.length || !outs.length) continue;
    const diff = ins.reduce((s, l) => s + l.value, 0) - outs.reduce((s, l) => s + l.value, 0);
    if (Math.abs(diff) > roundingAllowance(ins.length + outs.length, model.unit)) result.push(node.id);
  }
  return result;
}

export const sum = (values: readonly number[]) => Math.round(values.reduce((s, x) => s + x, 0) * 100) / 100;
