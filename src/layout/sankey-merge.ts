/**
 * Merging the smallest nodes of a crowded column into one "其他 (N项)" node, and summing
 * the links that then share both ends. Values are summed, never changed.
 */
import type { FlowModel, FlowNodeKind } from '../model/sankey-types.js';

export interface LayoutNode {
  id: string;
  kind: FlowNodeKind;
  column: number;
  order: number;
  name: string;
  /** The text shown: the library's label in the current language, else the printed name. */
  display: string;
  value: number;
  merged?: string[];
}

export interface LayoutLink {
  id: string;
  source: string;
  target: string;
  value: number;
}

export function otherId(column: number): string {
  return `other:${column}`;
}

/** Nodes that are never hidden in a merge: a mismatch must stay visible. */
const NEVER_MERGED: ReadonlySet<FlowNodeKind> = new Set(['imbalance']);

export function canMerge(node: LayoutNode): boolean {
  return !NEVER_MERGED.has(node.kind);
}

/**
 * Replace `ids` (all in one column) by one node; links are re-pointed and summed per
 * (source, target). Returns the new node and link lists.
 */
export function mergeNodes(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  column: number,
  ids: ReadonlySet<string>,
  display: string,
  name: string,
): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const id = otherId(column);
  const members = nodes.filter((n) => ids.has(n.id));
  const kept = nodes.filter((n) => !ids.has(n.id));
  const maxOrder = Math.max(-1, ...kept.filter((n) => n.column === column).map((n) => n.order));
  const other: LayoutNode = {
    id,
    kind: 'other',
    column,
    order: maxOrder + 1,
    name,
    display,
    value: members.reduce((s, n) => s + n.value, 0),
    merged: members.flatMap((n) => n.merged ?? [n.id]),
  };
  const alias = (x: string) => (ids.has(x) ? id : x);
  const summed = new Map<string, LayoutLink>();
  for (const link of links) {
    const source = alias(link.source);
    const target = alias(link.target);
    const key = `${source}->${target}`;
    const existing = summed.get(key);
    if (existing) existing.value += link.value;
    else summed.set(key, { id: source === link.source && target === link.target ? link.id : key, source, target, value: link.value });
  }
  return { nodes: [...kept, other], links: [...summed.values()] };
}

/** The model's nodes and links in the shape the layout works on (copies: the model stays untouched). */
export function fromModel(model: FlowModel, lang: 'zh-CN' | 'en'): { nodes: LayoutNode[]; links: LayoutLink[] } {
  return {
    nodes: model.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      column: n.column,
      order: n.order,
      name: n.name,
      display: lang === 'en' && n.label ? n.label.en : n.name,
      value: n.value,
    })),
    links: model.links.map((l) => ({ id: l.id, source: l.source, target: l.target, value: l.value })),
  };
}
