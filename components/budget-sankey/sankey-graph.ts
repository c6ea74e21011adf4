/**
 * The drawn sankey as a graph the element can walk: what a laid-out node or link stands for
 * in the model (including merged "其他 (N项)" nodes the layout made), which marks sit in the
 * same column, what flows through a mark (for highlighting) and where an arrow key leads.
 * Pure functions of the model and the layout, built once per layout.
 */
import type { FlowLink, FlowModel, FlowNode } from '../../src/model/sankey-types.js';
import type { LaidOutLink, LaidOutNode, SankeyLayout } from '../../src/layout/sankey-types.js';
import { COMMON, t } from '../../src/format/messages.js';
import { isolate } from '../../src/format/bidi.js';
import type { DwSelectDetail } from '../base/events.js';
import type { Direction, MarkGraph, MarkText } from '../base/marks-controller.js';

export interface GraphNode {
  drawn: LaidOutNode;
  /** The model node, or one synthesised for a merged group. */
  node: FlowNode;
  column: number;
}

export interface GraphLink {
  drawn: LaidOutLink;
  link: FlowLink;
}

export interface Focus {
  type: 'node' | 'link';
  id: string;
}

export interface SankeyGraph {
  nodes: Map<string, GraphNode>;
  links: Map<string, GraphLink>;
  outgoing: Map<string, string[]>;
  incoming: Map<string, string[]>;
  /** Node ids per column, in reading order (top to bottom, or left to right when vertical). */
  columns: string[][];
}

export function buildGraph(model: FlowModel, layout: SankeyLayout): SankeyGraph {
  const modelNodes = new Map(model.nodes.map((node) => [node.id, node]));
  const modelLinks = new Map(model.links.map((link) => [link.id, link]));
  const nodes = new Map<string, GraphNode>();
  const members = new Map<string, Set<string>>();
  for (const drawn of layout.nodes) {
    const node = modelNodes.get(drawn.id) ?? mergedNode(drawn, modelNodes);
    nodes.set(drawn.id, { drawn, node, column: node.column });
    members.set(drawn.id, new Set(drawn.merged ?? [drawn.id]));
  }
  const links = new Map<string, GraphLink>();
  const outgoing = new Map<string, string[]>();
  const incoming = new Map<string, string[]>();
  for (const drawn of layout.links) {
    const link = modelLinks.get(drawn.id) ?? mergedLink(drawn, model.links, members);
    links.set(drawn.id, { drawn, link });
    push(outgoing, drawn.source, drawn.id);
    push(incoming, drawn.target, drawn.id);
  }
  const vertical = layout.orientation === 'vertical';
  const position = (id: string) => {
    const drawn = nodes.get(id)!.drawn;
    return vertical ? drawn.x0 : drawn.y0;
  };
  const byColumn = new Map<number, string[]>();
  for (const [id, entry] of nodes) push(byColumn, entry.column, id);
  const columns = [...byColumn.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, ids]) => ids.sort((a, b) => position(a) - position(b)));
  const crossPosition = (linkId: string, end: 'source' | 'target') => position(links.get(linkId)!.drawn[end]);
  for (const ids of outgoing.values()) ids.sort((a, b) => crossPosition(a, 'target') - crossPosition(b, 'target'));
  for (const ids of incoming.values()) ids.sort((a, b) => crossPosition(a, 'source') - crossPosition(b, 'source'));
  return { nodes, links, outgoing, incoming, columns };
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mergedNode(drawn: LaidOutNode, modelNodes: Map<string, FlowNode>): FlowNode {
  const parts = (drawn.merged ?? []).map((id) => modelNodes.get(id)).filter((node): node is FlowNode => !!node);
  const first = parts[0];
  const count = drawn.merged?.length ?? parts.length;
  const name = drawn.name ?? t(COMMON, 'others', 'zh-CN', { count });
  return {
    id: drawn.id,
    kind: drawn.kind ?? 'other',
    column: first?.column ?? 0,
    order: first?.order ?? 0,
    name,
    label: { 'zh-CN': name, en: t(COMMON, 'others', 'en', { count }) },
    // Summed from the model, in its unit (the layout may have been given converted values).
    value: parts.reduce((sum, node) => sum + node.value, 0),
    provenance: {
      cells: parts.flatMap((node) => node.provenance.cells),
      derived: {
        'zh-CN': `${parts.map((node) => isolate(node.name)).join('、')} 之和`,
        en: `sum of ${parts.map((node) => isolate(node.name)).join(', ')}`,
      },
    },
  };
}

function mergedLink(drawn: LaidOutLink, all: readonly FlowLink[], members: Map<string, Set<string>>): FlowLink {
  const sources = members.get(drawn.source) ?? new Set([drawn.source]);
  const targets = members.get(drawn.target) ?? new Set([drawn.target]);
  const parts = all.filter((link) => sources.has(link.source) && targets.has(link.target));
  return {
    id: drawn.id,
    source: drawn.source,
    target: drawn.target,
    value: parts.reduce((sum, link) => sum + link.value, 0),
    provenance: {
      cells: parts.flatMap((link) => link.provenance.cells),
      derived: { 'zh-CN': `${parts.length} 条流向之和`, en: `sum of ${parts.length} flows` },
    },
  };
}

/** Every link and node that money through `focus` passes: all paths upstream and downstream. */
export function flowThrough(graph: SankeyGraph, focus: Focus): Set<string> {
  const seen = new Set<string>();
  const walk = (nodeId: string, edges: Map<string, string[]>, next: 'source' | 'target') => {
    const stack = [nodeId];
    while (stack.length) {
      const id = stack.pop()!;
      for (const linkId of edges.get(id) ?? []) {
        if (seen.has(linkId)) continue;
        seen.add(linkId);
        const other = graph.links.get(linkId)!.drawn[next];
        seen.add(other);
        stack.push(other);
      }
    }
  };
  seen.add(focus.id);
  if (focus.type === 'node') {
    walk(focus.id, graph.incoming, 'source');
    walk(focus.id, graph.outgoing, 'target');
  } else {
    const link = graph.links.get(focus.id)?.drawn;
    if (!link) return seen;
    seen.add(link.source);
    seen.add(link.target);
    walk(link.source, graph.incoming, 'source');
    walk(link.target, graph.outgoing, 'target');
  }
  return seen;
}

/** `within`: along the column (±1); `along`: with the flow (+1) or against it (−1). */
export type Move = { axis: 'within' | 'along'; step: 1 | -1 } | { axis: 'edge'; step: 1 | -1 };

/** Where a key press leads from `focus` (the same focus when there is nowhere to go). */
export function move(graph: SankeyGraph, focus: Focus, how: Move): Focus {
  if (focus.type === 'node') {
    const entry = graph.nodes.get(focus.id);
    if (!entry) return focus;
    const column = graph.columns.find((ids) => ids.includes(focus.id)) ?? [];
    const index = column.indexOf(focus.id);
    if (how.axis === 'edge') {
      const id = how.step < 0 ? column[0] : column[column.length - 1];
      return id ? { type: 'node', id } : focus;
    }
    if (how.axis === 'within') {
      const id = column[index + how.step];
      return id ? { type: 'node', id } : focus;
    }
    const links = (how.step > 0 ? graph.outgoing : graph.incoming).get(focus.id) ?? [];
    return links[0] ? { type: 'link', id: links[0] } : focus;
  }
  const link = graph.links.get(focus.id)?.drawn;
  if (!link) return focus;
  if (how.axis === 'along') return { type: 'node', id: how.step > 0 ? link.target : link.source };
  const siblings = graph.outgoing.get(link.source) ?? [];
  const index = siblings.indexOf(focus.id);
  const id = how.axis === 'edge' ? siblings[how.step < 0 ? 0 : siblings.length - 1] : siblings[index + how.step];
  return id ? { type: 'link', id } : focus;
}

/** The first node of the first column: where keyboard focus lands on Tab. */
export function firstFocus(graph: SankeyGraph): Focus | null {
  const id = graph.columns[0]?.[0];
  return id ? { type: 'node', id } : null;
}

/** The mark a drawn element's `data-type` / `data-id` stand for, if it is drawn. */
export function findMark(graph: SankeyGraph, type: string, id: string): Focus | null {
  if (type === 'node' && graph.nodes.has(id)) return { type, id };
  if (type === 'link' && graph.links.has(id)) return { type, id };
  return null;
}

/**
 * What each arrow key (and Home/End) means, by orientation. Horizontal: columns stand side by
 * side, so up/down stay within a column and left/right follow the money. Vertical (narrow):
 * stages run down the page, so left/right stay within a stage and up/down follow the money.
 */
const KEYS: Record<'horizontal' | 'vertical', Record<Direction, Move>> = {
  horizontal: {
    up: { axis: 'within', step: -1 },
    down: { axis: 'within', step: 1 },
    left: { axis: 'along', step: -1 },
    right: { axis: 'along', step: 1 },
    home: { axis: 'edge', step: -1 },
    end: { axis: 'edge', step: 1 },
  },
  vertical: {
    left: { axis: 'within', step: -1 },
    right: { axis: 'within', step: 1 },
    up: { axis: 'along', step: -1 },
    down: { axis: 'along', step: 1 },
    home: { axis: 'edge', step: -1 },
    end: { axis: 'edge', step: 1 },
  },
};

/** The move a key direction makes in this orientation. */
export function keyMove(orientation: 'horizontal' | 'vertical', direction: Direction): Move {
  return KEYS[orientation][direction];
}

/**
 * The drawn sankey as the shared marks controller walks it (components/base/marks-controller.ts).
 * `words` says what a mark is (tooltip, announcement); `expand` opens a merged "其他" node.
 */
export function sankeyMarks(
  graph: SankeyGraph,
  orientation: 'horizontal' | 'vertical',
  words: { name(focus: Focus): string | null; describe(focus: Focus): MarkText | null; announce(focus: Focus): string },
  expand: (id: string) => void,
): MarkGraph<Focus> {
  return {
    first: () => firstFocus(graph),
    find: (type, id) => findMark(graph, type, id),
    move: (focus, direction) => move(graph, focus, keyMove(orientation, direction)),
    describe: words.describe,
    announce: words.announce,
    select: (focus) => {
      const merged = focus.type === 'node' ? graph.nodes.get(focus.id)?.drawn.merged : undefined;
      if (merged?.length) expand(focus.id);
      const detail = selectDetail(graph, focus);
      const label = words.name(focus);
      return {
        detail: detail && label ? { ...detail, label } : detail,
        focus: merged?.length ? { type: 'node', id: merged[0]! } : undefined,
      };
    },
  };
}

/** What a `dw-select` event says about a chosen node or flow. */
export function selectDetail(graph: SankeyGraph, focus: Focus): DwSelectDetail | undefined {
  if (focus.type === 'node') {
    const node = graph.nodes.get(focus.id)?.node;
    return node && { kind: 'node', code: node.code ?? node.id, name: node.name, value: node.value, provenance: node.provenance };
  }
  const entry = graph.links.get(focus.id);
  if (!entry) return undefined;
  const source = graph.nodes.get(entry.drawn.source)?.node.name ?? entry.drawn.source;
  const target = graph.nodes.get(entry.drawn.target)?.node.name ?? entry.drawn.target;
  return { kind: 'link', code: entry.link.id, name: `${source} → ${target}`, value: entry.link.value, provenance: entry.link.provenance };
}
