/**
 * A small mutable graph the flow model is assembled in, plus the finishing passes every
 * model gets: conservation check (imbalances drawn as named nodes), ordering, column titles.
 */
import type { TableId, Unit } from '../schema/primitives.js';
import type { Localized } from '../format/messages.js';
import { formatNumber } from '../format/number.js';
import { isolate } from '../format/bidi.js';
import { qualifyNames } from '../format/names.js';
import type { FlowLink, FlowNode, FlowNodeKind, Imbalance, OmittedRow } from './sankey-types.js';
import type { Cell } from './flows-cells.js';
import { clean, drawable, isNegative, tolerance } from './flows-cells.js';

export interface NodeSpec {
  id: string;
  kind: FlowNodeKind;
  column: number;
  name: string;
  label?: Localized;
  code?: string;
  /** Names of the classification rows above, nearest first. */
  parents?: readonly string[];
  /** An imbalance node whose gap comes from a table read with doubt. */
  unverified?: boolean;
  cell: Cell;
}

export class FlowGraph {
  readonly nodes: FlowNode[] = [];
  readonly links: FlowLink[] = [];
  readonly omitted: OmittedRow[] = [];
  readonly imbalances: Imbalance[] = [];
  /** The 类 rows of the function tables, drawn or not (see FlowModel.classes). */
  readonly classes: OmittedRow[] = [];
  private readonly byId = new Map<string, FlowNode>();
  private readonly columnSize = new Map<number, number>();

  /**
   * @param doubtful Tables the parser read with doubt (`meta.readDoubts`): a gap whose cells
   * come from one of them is drawn as unverified, never as the document's own imbalance.
   */
  constructor(
    readonly unit: Unit,
    private readonly doubtful: ReadonlySet<TableId> = new Set(),
  ) {}

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Whether the node's flows count in the balance: drawn, or omitted for a negative amount. */
  counted(id: string): boolean {
    return this.byId.has(id) || this.negativeNodes.has(id);
  }

  /** The tables among `cells` the parser read with doubt (a gap between them may be its own). */
  doubtfulIn(cells: readonly { table: TableId }[]): TableId[] {
    return [...new Set(cells.map((c) => c.table).filter((table) => this.doubtful.has(table)))];
  }

  node(id: string): FlowNode | undefined {
    return this.byId.get(id);
  }

  /** Adds the node when its amount is drawable; otherwise lists it as omitted. Returns whether drawn. */
  add(spec: NodeSpec): boolean {
    if (!drawable(spec.cell.value)) {
      if (isNegative(spec.cell.value)) this.negativeNodes.add(spec.id);
      const row: OmittedRow = { id: spec.id, name: spec.name, value: spec.cell.value, provenance: spec.cell.provenance };
      if (spec.code !== undefined) row.code = spec.code;
      this.omitted.push(row);
      return false;
    }
    const order = this.columnSize.get(spec.column) ?? 0;
    this.columnSize.set(spec.column, order + 1);
    const node: FlowNode = {
      id: spec.id,
      kind: spec.kind,
      column: spec.column,
      order,
      name: spec.name,
      value: spec.cell.value,
      provenance: spec.cell.provenance,
    };
    if (spec.label) node.label = spec.label;
    if (spec.code !== undefined) node.code = spec.code;
    if (spec.parents?.length) node.parents = spec.parents;
    if (spec.unverified) node.unverified = true;
    this.nodes.push(node);
    this.byId.set(node.id, node);
    return true;
  }

  /**
   * Flows no band can show, kept for the balance: negative amounts (no band is narrower than
   * nothing) and every flow of a node whose own amount is negative. Their money still counts
   * when a node's inflow and outflow are compared: a 类 of −5.00 under a 合计 of 95.00 leaves
   * the drawn classes summing to 100.00, which is no gap of the document.
   */
  private readonly signed: { source: string; target: string; value: number }[] = [];
  private readonly negativeNodes = new Set<string>();

  /** Adds a link between two drawn nodes when its amount is drawable; see `signed` for the rest. */
  link(source: string, target: string, cell: Cell): void {
    const value = cell.value;
    if (value !== null && value !== 0 && (isNegative(value) || this.negativeNodes.has(source) || this.negativeNodes.has(target))) {
      this.signed.push({ source, target, value });
    }
    if (!drawable(value) || !this.byId.has(source) || !this.byId.has(target)) return;
    this.links.push({ id: `${source}->${target}`, source, target, value, provenance: cell.provenance });
  }

  inflow(id: string): number {
    return clean(this.links.reduce((sum, l) => (l.target === id ? sum + l.value : sum), 0));
  }

  outflow(id: string): number {
    return clean(this.links.reduce((sum, l) => (l.source === id ? sum + l.value : sum), 0));
  }

  /**
   * Checks that a pass-through node's inflow equals its outflow within the documents'
   * rounding; a larger difference is listed as an Imbalance and drawn as a named node
   * (a sink after the node when more comes in, a source before it when more goes out), so
   * that every drawn node conserves its flow and nothing is hidden.
   */
  balance(ids: readonly string[]): void {
    const ins = new Map<string, FlowLink[]>();
    const outs = new Map<string, FlowLink[]>();
    for (const l of this.links) {
      const into = ins.get(l.target);
      if (into) into.push(l);
      else ins.set(l.target, [l]);
      const out = outs.get(l.source);
      if (out) out.push(l);
      else outs.set(l.source, [l]);
    }
    // Messages name the node as readers see it: two 行政运行 are told apart by their 款.
    const shown = qualifyNames(this.nodes.filter((node) => node.code));
    // A row the parser missed in a doubtful table leaves a gap at a node whose own cells are all
    // from confident tables (a 收入总计 whose spending link was never drawn): so once any drawn
    // flow comes from a doubtful table, no gap of this graph can be called the document's own.
    const drawnDoubtful = new Set<TableId>();
    for (const l of this.links) for (const c of l.provenance.cells) if (this.doubtful.has(c.table)) drawnDoubtful.add(c.table);
    for (const id of ids) this.balanceNode(id, ins.get(id) ?? [], outs.get(id) ?? [], shown, drawnDoubtful);
  }

  private balanceNode(id: string, ins: FlowLink[], outs: FlowLink[], shown: ReadonlyMap<string, string>, drawnDoubtful: ReadonlySet<TableId>): void {
    const node = this.byId.get(id);
    if (!node) return;
    const name = isolate(shown.get(id) ?? node.name);
    const signed = (side: 'source' | 'target') => this.signed.reduce((s, l) => (l[side] === id ? s + l.value : s), 0);
    // A hub nothing flows into (no 表1 / 表4: the picture starts at the printed 支出合计) is its
    // own source: its printed total is what its classes must add up to.
    const start = node.kind === 'total' && ins.length === 0 && !this.signed.some((l) => l.target === id);
    const inflow = start ? node.value : clean(ins.reduce((s, l) => s + l.value, signed('target')));
    const outflow = clean(outs.reduce((s, l) => s + l.value, signed('source')));
    const difference = clean(inflow - outflow);
    if (Math.abs(difference) <= tolerance(ins.length + outs.length, this.unit)) return;
    const d = (x: number) => formatNumber(x, 'zh-CN');
    const e = (x: number) => formatNumber(x, 'en');
    const cells = [...ins, ...outs].flatMap((l) => l.provenance.cells);
    const own = this.doubtfulIn(cells);
    const doubtful = own.length ? own : [...drawnDoubtful];
    const unverified = doubtful.length > 0;
    const message: Localized = unverified
      ? {
          'zh-CN': `“${name}”流入 ${d(inflow)} 与流出 ${d(outflow)} 相差 ${d(difference)}（${this.unit}）；所涉表格未能完整读取，差额可能来自解析，未能核对。`,
          en: `"${name}": inflow ${e(inflow)} and outflow ${e(outflow)} differ by ${e(difference)} (${this.unit}); a table involved could not be read with confidence, so the gap may come from reading it and was not checked.`,
        }
      : {
          'zh-CN': `“${name}”流入 ${d(inflow)} 与流出 ${d(outflow)} 不相等，差额 ${d(difference)}（${this.unit}）。`,
          en: `"${name}": inflow ${e(inflow)} differs from outflow ${e(outflow)} by ${e(difference)} (${this.unit}).`,
        };
    this.imbalances.push({ nodeId: id, inflow, outflow, difference, message, ...(unverified ? { unverified: doubtful } : {}) });
    const imbalanceId = `imbalance:${id}`;
    const cell: Cell = {
      value: Math.abs(difference),
      provenance: {
        cells,
        derived: {
          'zh-CN': `推算：“${name}”的流入减流出`,
          en: `derived: inflow minus outflow of "${name}"`,
        },
      },
    };
    this.add({
      id: imbalanceId,
      kind: 'imbalance',
      column: difference > 0 ? node.column + 1 : Math.max(0, node.column - 1),
      name: unverified ? '未能核对的差额' : difference > 0 ? '未列明去向' : '未列明来源',
      label: unverified
        ? { 'zh-CN': '未能核对的差额（表格未能完整读取）', en: 'Unverified gap (a table read with doubt)' }
        : difference > 0
          ? { 'zh-CN': '未列明去向（差额）', en: 'Unaccounted outflow (mismatch)' }
          : { 'zh-CN': '未列明来源（差额）', en: 'Unaccounted inflow (mismatch)' },
      cell,
      ...(unverified ? { unverified: true } : {}),
    });
    if (difference > 0) this.link(id, imbalanceId, cell);
    else this.link(imbalanceId, id, cell);
  }

  /** Renumbers `order` within each column: official (insertion) order or by value. */
  sort(order: 'official' | 'value'): void {
    const columns = new Map<number, FlowNode[]>();
    for (const node of this.nodes) {
      const list = columns.get(node.column) ?? [];
      list.push(node);
      columns.set(node.column, list);
    }
    for (const list of columns.values()) {
      const sorted = order === 'value'
        ? [...list].sort((a, b) => b.value - a.value || a.order - b.order)
        : [...list].sort((a, b) => a.order - b.order);
      sorted.forEach((node, index) => (node.order = index));
    }
    this.nodes.sort((a, b) => a.column - b.column || a.order - b.order);
    const rank = new Map(this.nodes.map((n, i) => [n.id, i]));
    this.links.sort(
      (a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) || (rank.get(a.target) ?? 0) - (rank.get(b.target) ?? 0),
    );
  }
}
