/**
 * A flow model with its amounts converted to another unit, for display (the layout prints
 * the labels in the unit shown). Values are converted, never rounded; the model is not mutated.
 */
import type { Unit } from '../schema/primitives.js';
import { convert } from '../format/units.js';
import type { FlowModel } from './sankey-types.js';

export function modelInUnit(model: FlowModel, unit: Unit): FlowModel {
  if (unit === model.unit) return model;
  const to = (value: number) => convert(value, model.unit, unit) ?? value;
  return {
    ...model,
    unit,
    total: to(model.total),
    nodes: model.nodes.map((node) => ({ ...node, value: to(node.value) })),
    links: model.links.map((link) => ({ ...link, value: to(link.value) })),
    classes: model.classes.map((row) => ({ ...row, value: row.value === null ? null : to(row.value) })),
  };
}
