/**
 * `layoutSankey(model, options)`: the geometry of <budget-sankey>, pure numbers.
 *
 * Phases: copy the model (d3-sankey mutates its input) → label text per node → merge the
 * smallest nodes of crowded columns into "其他 (N项)" → d3-sankey for the breadths (where
 * along a column each node and band sits), with tiny links inflated to `minBand` for
 * drawing only → labels packed per column, each tied to its own bar (or its node merged
 * into "其他", then again from d3-sankey) → our own positions along the flow axis, leaving a
 * label strip beside each column of bars so labels never sit on a band → link paths from
 * linkPath (d3-shape's linkHorizontal / linkVertical curve, written out). Labels are measured only when they may be drawn.
 *
 * Horizontal: columns left to right, labels to the right of their bar. Vertical (narrow
 * containers): stages top to bottom, labels under their bar, so a phone never scrolls
 * sideways. Deterministic: no DOM, no randomness, numbers rounded to 0.01 px.
 */
import { sankey, type SankeyGraph } from 'd3-sankey';
import { linkPath } from './link-path.js';
import type { FlowModel } from '../model/sankey-types.js';
import { COMMON, t } from '../format/messages.js';
import { formatAmountNumber } from '../format/number.js';
import type { LabelBox, LaidOutLink, LaidOutNode, Orientation, SankeyLayout, SankeyLayoutOptions } from './sankey-types.js';
import { labelText, type LabelText } from './sankey-labels.js';
import { placeColumnLabels, type ColumnEntry } from './sankey-label-place.js';
import { canMerge, fromModel, mergeNodes, otherId, type LayoutLink, type LayoutNode } from './sankey-merge.js';

/** Bar thickness, px. */
const NODE_WIDTH = 12;
/** Between a bar and its label strip, and between the strip and the bands. */
const STRIP_GAP = 4;
/** Least room for the bands between two columns, px. */
const MIN_LINK_GAP = 24;
/** Between two labels in a column. */
const LABEL_GAP = 2;
/** Side by side (vertical layout), labels need more air than stacked lines do. */
const LABEL_SIDE_PAD = 8;
const NODE_PADDING = 8;
/** Sideways padding of a label's own panel, px. */
const PANEL_PAD = 3;
/** Rounds of merging nodes whose label could not stay near its bar into "其他" (each merge moves "其他" to the foot, which may crowd the next). */
const MERGE_PASSES = 4;
/** How far a label may be from its bar, in lines (then with a leader line). */
const MAX_LABEL_GAP_LINES = 2;

interface D3Node {
  id: string;
  column: number;
  order: number;
  x0?: number;
  x1?: number;
  y0?: number;
  y1?: number;
}
interface D3Link {
  id: string;
  source: string | D3Node;
  target: string | D3Node;
  value: number;
  width?: number;
  y0?: number;
  y1?: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function layoutSankey(model: FlowModel, options: SankeyLayoutOptions): SankeyLayout {
  const width = Math.max(1, Math.floor(options.width || 0));
  const orientation: Orientation =
    options.orientation && options.orientation !== 'auto'
      ? options.orientation
      : width < (options.narrowBelow ?? 560)
        ? 'vertical'
        : 'horizontal';
  try {
    return layout(model, options, width, orientation);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      width,
      height: options.height ?? 0,
      orientation,
      nodes: [],
      links: [],
      error: {
        'zh-CN': `无法排布桑基图：${reason === 'circular link' ? '资金流向成环' : reason}`,
        en: `The sankey could not be laid out: ${reason}`,
      },
    };
  }
}

function layout(model: FlowModel, options: SankeyLayoutOptions, width: number, orientation: Orientation): SankeyLayout {
  const fontSize = Math.max(12, options.fontSize ?? 12);
  const lineHeight = Math.round(fontSize * 1.3);
  const lang = options.lang ?? 'zh-CN';
  const minBand = Math.max(0, options.minBand ?? 2);
  const expanded = options.expanded ?? new Set<string>();
  const horizontal = orientation === 'horizontal';
  const empty: SankeyLayout = { width, height: options.height ?? 0, orientation, nodes: [], links: [], fontSize, lineHeight };
  if (!model.nodes.length) return empty;

  let { nodes, links } = fromModel(model, lang);
  const columnCount = Math.max(...nodes.map((n) => n.column)) + 1;
  // Amounts without their unit: the element states the unit once (单位：万元), as printed
  // tables do, which keeps labels short enough not to be cut in English.
  const amount = (value: number) => formatAmountNumber(value, lang);

  // Label widths: horizontal shares the width among columns; vertical gives each label a slot.
  const labelCap = horizontal
    ? Math.max(48, Math.min(200, (width - columnCount * (NODE_WIDTH + 2 * STRIP_GAP) - (columnCount - 1) * MIN_LINK_GAP) / columnCount))
    : Math.max(56, Math.min(160, width / 3 - 8));
  // Labels are measured (sized and wrapped) only when needed, largest node first: a column of
  // thousands of 项 measures the few it draws, not all of them (cost follows what is drawn).
  const cache = new Map<string, LabelText>();
  let measured = 0;
  const metrics = (n: LayoutNode): LabelText => {
    const key = `${n.display}\u0000${n.value}`;
    let text = cache.get(key);
    if (!text) {
      measured++;
      cache.set(key, (text = labelText(n.display, amount(n.value), labelCap, fontSize, lineHeight)));
    }
    return text;
  };
  // No label is smaller than this along the packing axis: a name line and an amount line
  // stacked (horizontal), or one narrow character plus padding side by side (vertical).
  const minLabel = horizontal ? 2 * lineHeight : LABEL_SIDE_PAD + fontSize / 2;
  const sizeOf = (n: LayoutNode) => labelSize(metrics(n), horizontal);

  // The extent labels are packed in: a column's height, or a stage's width.
  const breadth = horizontal ? options.height ?? autoHeight(nodes, columnCount, sizeOf) : width;

  // Merge the smallest nodes of each crowded column.
  for (let column = 0; column < columnCount; column++) {
    const id = otherId(column);
    if (expanded.has(id)) continue;
    const inColumn = nodes.filter((n) => n.column === column);
    const byValue = [...inColumn].sort((a, b) => b.value - a.value || a.order - b.order);
    const keep = byValue.filter((n) => !canMerge(n));
    const candidates = byValue.filter((n) => canMerge(n));
    if (fitsAll([...keep, ...candidates], sizeOf, breadth, minLabel)) continue;
    // Keep the k largest candidates, k as large as the column's labels allow with "其他" added.
    // Only those k (and the "其他" labels tried) are measured.
    const size = (n: LayoutNode) => sizeOf(n) + LABEL_GAP;
    const rest: number[] = new Array<number>(candidates.length + 1).fill(0);
    for (let i = candidates.length - 1; i >= 0; i--) rest[i] = rest[i + 1]! + candidates[i]!.value;
    const otherOf = (from: number) => otherNode(column, candidates.length - from, rest[from]!, lang);
    let used = keep.reduce((s, n) => s + size(n), 0);
    let k = 0;
    while (k < candidates.length - 2) {
      const next = used + size(candidates[k]!);
      if (next + size(otherOf(k + 1)) - LABEL_GAP > breadth) break;
      used = next;
      k++;
    }
    const merged = candidates.slice(k);
    if (merged.length < 2) continue;
    const other = otherOf(k);
    ({ nodes, links } = mergeNodes(nodes, links, column, new Set(merged.map((n) => n.id)), other.display, other.name));
  }

  // Breadths from d3-sankey, then labels along each column, each near its own bar
  // (sankey-label-place.ts): on its span, or at most two lines away with a leader line. Nodes
  // whose label could not stay that near go into the column's "其他", and the column is laid
  // out again (a few rounds at most; an expanded column keeps them, unlabelled: the tooltip
  // and the table still name them).
  let byId = new Map<string, D3Node>();
  let graph!: SankeyGraph<D3Node, D3Link>;
  let columns: LayoutNode[][] = [];
  let placedAt = new Map<string, number>();
  for (let pass = 0; pass < MERGE_PASSES; pass++) {
    const drawn = drawnValues(nodes, links, breadth, minBand);
    graph = runD3(nodes, links, drawn, breadth);
    byId = new Map(graph.nodes.map((n) => [n.id, n]));
    columns = [];
    placedAt = new Map();
    const unlabelled: LayoutNode[][] = [];
    for (let c = 0; c < columnCount; c++) {
      const column = nodes.filter((n) => n.column === c).sort((a, b) => a.order - b.order);
      columns.push(column);
      const entries = column.map((n): ColumnEntry => {
        const d = byId.get(n.id)!;
        return { b0: d.y0 ?? 0, b1: d.y1 ?? 0, value: n.value, keep: !canMerge(n), size: () => sizeOf(n) };
      });
      const placed = placeColumnLabels(entries, breadth, LABEL_GAP, MAX_LABEL_GAP_LINES * lineHeight, minLabel, horizontal ? 0 : LABEL_SIDE_PAD / 2);
      column.forEach((n, i) => {
        const at = placed[i];
        if (at !== null && at !== undefined) placedAt.set(n.id, at);
      });
      const left = expanded.has(otherId(c)) ? [] : column.filter((n) => !placedAt.has(n.id) && canMerge(n));
      // One node alone is not merged, unless a "其他" is there to take it (it joins too: its
      // members are carried over).
      const existing = column.find((n) => n.id === otherId(c));
      unlabelled.push(existing && left.length && !left.includes(existing) ? [...left, existing] : left.length >= 2 ? left : []);
    }
    if (pass === MERGE_PASSES - 1 || !unlabelled.some((list) => list.length)) break;
    unlabelled.forEach((members, column) => {
      if (!members.length) return;
      const count = members.reduce((sum, n) => sum + (n.merged?.length ?? 1), 0);
      const other = otherNode(column, count, 0, lang);
      ({ nodes, links } = mergeNodes(nodes, links, column, new Set(members.map((n) => n.id)), other.display, other.name));
    });
  }
  // Each column's label strip is as wide (or, vertical, as tall) as its widest drawn label.
  const stripSize = columns.map((column) =>
    Math.ceil(Math.max(0, ...column.filter((n) => placedAt.has(n.id)).map((n) => (horizontal ? metrics(n).width : metrics(n).height)))),
  );

  // Positions along the flow axis: [bar][gap][label strip][gap] … bands … next bar.
  const fixed = stripSize.reduce((s, strip) => s + NODE_WIDTH + (strip > 0 ? strip + 2 * STRIP_GAP : 0), 0);
  const flowExtent = horizontal ? width : options.height ?? fixed + (columnCount - 1) * 56;
  const linkGap = columnCount > 1 ? Math.max(MIN_LINK_GAP, (flowExtent - fixed) / (columnCount - 1)) : 0;
  const barStart: number[] = [];
  const bandStart: number[] = [];
  let at = 0;
  for (let c = 0; c < columnCount; c++) {
    barStart.push(at);
    const strip = stripSize[c] ?? 0;
    at += NODE_WIDTH + (strip > 0 ? strip + 2 * STRIP_GAP : 0);
    bandStart.push(at);
    at += linkGap;
  }
  const flowLength = Math.max(flowExtent, at - linkGap);

  const laidNodes: LaidOutNode[] = [];
  for (let c = 0; c < columnCount; c++) {
    for (const n of columns[c]!) {
      const d = byId.get(n.id)!;
      const along0 = barStart[c] ?? 0;
      const b0 = d.y0 ?? 0;
      const b1 = d.y1 ?? 0;
      const pos = placedAt.get(n.id);
      const label = pos === undefined ? null : labelBox(metrics(n), pos, along0 + NODE_WIDTH, { b0, b1 }, horizontal, lineHeight);
      // The label panel joins the bar to where its bands leave, across the label strip, so
      // a band visibly belongs to its bar; labels sit on panels, never on bands.
      const stripEnd = bandStart[c] ?? along0 + NODE_WIDTH;
      const panel =
        stripEnd > along0 + NODE_WIDTH
          ? horizontal
            ? { x0: round(along0 + NODE_WIDTH), x1: round(stripEnd), y0: round(b0), y1: round(b1) }
            : { x0: round(b0), x1: round(b1), y0: round(along0 + NODE_WIDTH), y1: round(stripEnd) }
          : undefined;
      const node: LaidOutNode = horizontal
        ? { id: n.id, x0: round(along0), x1: round(along0 + NODE_WIDTH), y0: round(b0), y1: round(b1), label }
        : { id: n.id, x0: round(b0), x1: round(b1), y0: round(along0), y1: round(along0 + NODE_WIDTH), label };
      if (n.merged) node.merged = n.merged;
      if (panel) node.panel = panel;
      node.kind = n.kind;
      node.name = n.display;
      node.value = n.value;
      laidNodes.push(node);
    }
  }

  const modelValue = new Map(links.map((l) => [l.id, l.value]));
  const laidLinks: LaidOutLink[] = graph.links.map((l) => {
    const source = l.source as D3Node;
    const target = l.target as D3Node;
    const from = bandStart[source.column] ?? 0;
    const to = barStart[target.column] ?? 0;
    const y0 = round(l.y0 ?? 0);
    const y1 = round(l.y1 ?? 0);
    const ends = horizontal
      ? { s: [round(from), y0] as [number, number], t: [round(to), y1] as [number, number] }
      : { s: [y0, round(from)] as [number, number], t: [y1, round(to)] as [number, number] };
    const value = modelValue.get(l.id) ?? l.value;
    return {
      id: l.id,
      source: source.id,
      target: target.id,
      path: linkPath(ends.s, ends.t, horizontal),
      width: round(Math.max(l.width ?? 0, 0)),
      exaggerated: l.value > value + 1e-9,
      value,
    };
  });

  return {
    width: horizontal ? width : round(breadth),
    height: round(horizontal ? breadth : flowLength),
    orientation,
    nodes: laidNodes,
    links: laidLinks,
    fontSize,
    lineHeight,
    labelsMeasured: measured,
  };
}

/**
 * The label box of a node whose label starts at `pos` along the breadth axis; `barEnd` is
 * where its bar ends along the flow axis. A label outside its bar's span gets a leader line
 * from the bar; one reaching beyond the bar's span gets its own panel.
 */
function labelBox(text: LabelText, pos: number, barEnd: number, bar: { b0: number; b1: number }, horizontal: boolean, lineHeight: number): LabelBox {
  const stripAt = barEnd + STRIP_GAP;
  const box: LabelBox = horizontal
    ? { x: round(stripAt), y: round(pos), width: round(text.width), height: text.height, lines: text.lines, anchor: 'start', truncated: text.truncated }
    : { x: round(pos + LABEL_SIDE_PAD / 2), y: round(stripAt), width: round(text.width), height: text.height, lines: text.lines, anchor: 'middle', truncated: text.truncated };
  // Along the breadth axis: the label's span and the bar's.
  const [s0, s1] = horizontal ? [box.y, box.y + box.height] : [box.x, box.x + box.width];
  const { b0, b1 } = bar;
  if (s0 < b0 - 0.5 || s1 > b1 + 0.5) {
    // A little wider than the estimated text, which real fonts may exceed; never up to the
    // next label (stacked labels are 2 px apart, side-by-side ones 10 px) nor to a bar or band.
    box.panel = { x0: round(box.x - PANEL_PAD), y0: box.y, x1: round(box.x + box.width + PANEL_PAD), y1: round(box.y + box.height) };
  }
  if (s0 >= b1 || s1 <= b0) {
    // An elbow in the gap between the bar and its label strip: out of the bar's middle, along
    // the gap, into the label's nearest line.
    const middle = (b0 + b1) / 2;
    const inset = horizontal ? lineHeight / 2 : Math.min(LABEL_SIDE_PAD, box.width / 2);
    const target = Math.min(Math.max(middle, s0 + inset), s1 - inset);
    const elbow = barEnd + STRIP_GAP / 2;
    const points: [number, number][] = [
      [middle, barEnd],
      [middle, elbow],
      [target, elbow],
      [target, stripAt - 1],
    ];
    box.leader = points.map(([along, across]) => (horizontal ? [round(across), round(along)] : [round(along), round(across)]));
  }
  return box;
}

/**
 * Whether all labels fit in `extent` with gaps, measuring largest first and stopping as soon
 * as they cannot (a lower bound per label answers long columns without measuring them).
 */
function fitsAll(nodes: readonly LayoutNode[], sizeOf: (n: LayoutNode) => number, extent: number, minLabel: number): boolean {
  if (nodes.length * (minLabel + LABEL_GAP) - LABEL_GAP > extent) return false;
  let total = -LABEL_GAP;
  for (const n of nodes) {
    total += sizeOf(n) + LABEL_GAP;
    if (total > extent) return false;
  }
  return true;
}

/** The "其他 (N项)" node standing for `count` nodes worth `value` in all. */
function otherNode(column: number, count: number, value: number, lang: 'zh-CN' | 'en'): LayoutNode {
  return {
    id: otherId(column),
    kind: 'other',
    column,
    order: Number.MAX_SAFE_INTEGER,
    name: t(COMMON, 'others', 'zh-CN', { count }),
    display: t(COMMON, 'others', lang, { count }),
    value,
  };
}

/** A label's size along the packing axis: its height in a column, its width in a stage. */
function labelSize(text: LabelText, horizontal: boolean): number {
  return horizontal ? text.height : text.width + LABEL_SIDE_PAD;
}


/**
 * The height a horizontal sankey wants: its most crowded column's labels, within bounds.
 * Measures largest first and stops at the upper bound, so long columns are not all measured.
 */
function autoHeight(nodes: LayoutNode[], columns: number, sizeOf: (n: LayoutNode) => number): number {
  const [least, most, margin] = [280, 720, 16];
  let need = 0;
  for (let c = 0; c < columns; c++) {
    const column = nodes.filter((n) => n.column === c).sort((a, b) => Number(canMerge(a)) - Number(canMerge(b)) || b.value - a.value);
    let sum = 0;
    for (const n of column) {
      sum += sizeOf(n) + LABEL_GAP;
      if (sum + margin >= most) break;
    }
    need = Math.max(need, sum);
  }
  return Math.round(Math.min(most, Math.max(least, need + margin)));
}

/**
 * Values to draw with: a link thinner than `minBand` px is drawn as if it carried enough to
 * reach it. The scale is estimated the way d3-sankey computes it, then refined.
 */
function drawnValues(nodes: LayoutNode[], links: LayoutLink[], extent: number, minBand: number): Map<string, number> {
  const drawn = new Map(links.map((l) => [l.id, l.value]));
  if (minBand <= 0) return drawn;
  const columns = new Map<number, string[]>();
  for (const n of nodes) columns.set(n.column, [...(columns.get(n.column) ?? []), n.id]);
  for (let pass = 0; pass < 4; pass++) {
    const inflow = new Map<string, number>();
    const outflow = new Map<string, number>();
    for (const l of links) {
      const v = drawn.get(l.id) ?? 0;
      outflow.set(l.source, (outflow.get(l.source) ?? 0) + v);
      inflow.set(l.target, (inflow.get(l.target) ?? 0) + v);
    }
    let ky = Infinity;
    for (const ids of columns.values()) {
      const padding = Math.min(NODE_PADDING, ids.length > 1 ? extent / (ids.length - 1) : Infinity);
      const total = ids.reduce((s, id) => s + Math.max(inflow.get(id) ?? 0, outflow.get(id) ?? 0), 0);
      if (total > 0) ky = Math.min(ky, (extent - (ids.length - 1) * padding) / total);
    }
    if (!Number.isFinite(ky) || ky <= 0) return drawn;
    const floor = (minBand * 1.02) / ky;
    let changed = false;
    for (const l of links) {
      const next = Math.max(l.value, floor);
      if (Math.abs(next - (drawn.get(l.id) ?? 0)) > 1e-12) changed = true;
      drawn.set(l.id, next);
    }
    if (!changed) break;
  }
  return drawn;
}

function runD3(nodes: LayoutNode[], links: LayoutLink[], drawn: Map<string, number>, extent: number): SankeyGraph<D3Node, D3Link> {
  const input = {
    nodes: nodes.map((n): D3Node => ({ id: n.id, column: n.column, order: n.order })),
    links: links.map((l): D3Link => ({ id: l.id, source: l.source, target: l.target, value: drawn.get(l.id) ?? l.value })),
  };
  const generator = sankey<D3Node, D3Link>()
    .nodeId((d) => d.id)
    .nodeAlign((d) => (d as D3Node).column)
    .nodeSort((a, b) => a.column - b.column || a.order - b.order)
    // Bands keep the official order of their other end, so they never cross at a node (and
    // d3-sankey skips its re-sorting, which is quadratic on a column of hundreds of nodes).
    .linkSort((a, b) => {
      const [as, at, bs, bt] = [a.source, a.target, b.source, b.target] as D3Node[];
      return at!.column - bt!.column || at!.order - bt!.order || as!.column - bs!.column || as!.order - bs!.order;
    })
    .nodeWidth(NODE_WIDTH)
    .nodePadding(NODE_PADDING)
    .iterations(6)
    .extent([
      [0, 0],
      [1000, Math.max(1, extent)],
    ]);
  return generator(input as unknown as SankeyGraph<D3Node, D3Link>);
}
