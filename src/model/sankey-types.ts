/**
 * The flow model of <budget-sankey>: what flows from where to where, with every value
 * traced to its table cells. Built by `buildFlowModel(doc, options)` (src/model/flows.ts),
 * laid out by `layoutSankey(model, options)` (src/layout/sankey.ts). Pure data, no DOM.
 */
import type { Unit, TableId } from '../schema/primitives.js';
import type { Localized } from '../format/messages.js';
import type { Provenance } from './provenance.js';

export type FlowNodeKind =
  | 'income' // 表1 income kinds (or 表4 fiscal sources)
  | 'total' // the hub where income meets spending: 本年收入合计 / 总计
  | 'carryOverStart' // 年初结转和结余
  | 'nonFiscalBalance' // 使用非财政拨款结余
  | 'functionClass' // 功能分类 类/款/项
  | 'expenditureKind' // 基本支出, 项目支出, 上缴上级, 经营, 对附属单位补助
  | 'costKind' // 人员经费, 公用经费 (表6)
  | 'carryOverEnd' // 年末结转和结余 (a sink)
  | 'balanceDistribution' // 结余分配 (a sink)
  | 'imbalance' // a named mismatch where a node does not conserve its flow
  | 'other'; // a merged "其他 (N项)" node

export interface FlowNode {
  /** Stable across renders and years: `income:generalBudget`, `fn:2150517`, `exp:basic`, `cost:personnel`. */
  id: string;
  kind: FlowNodeKind;
  /** Stage from left (or top) to right (or bottom), 0-based. */
  column: number;
  /** Official order within its column (table order or code order). */
  order: number;
  /** The name as printed in the document (never translated). */
  name: string;
  /** A translated name for nodes the library names itself (imbalance, 其他, 基本支出 …). */
  label?: Localized;
  code?: string;
  /** An imbalance node whose gap comes from a table the parser read with doubt (drawn muted). */
  unverified?: boolean;
  /**
   * Names of the rows above it in the classification, nearest first (款, then 类): what tells
   * two 行政运行 under different 款 apart (src/format/names.ts).
   */
  parents?: readonly string[];
  /** In the model's unit. */
  value: number;
  provenance: Provenance;
}

export interface FlowLink {
  id: string;
  source: string;
  target: string;
  /** In the model's unit; never changed for drawing. */
  value: number;
  provenance: Provenance;
}

/** A node whose inflow and outflow differ by more than rounding. */
export interface Imbalance {
  nodeId: string;
  inflow: number;
  outflow: number;
  /** inflow − outflow. */
  difference: number;
  message: Localized;
  /**
   * The tables the parser read with doubt that this gap's cells come from (`meta.readDoubts`):
   * the gap may be a parse artefact, so it is drawn and said as unverified, not as the
   * document's imbalance. Absent for a gap between confidently read cells.
   */
  unverified?: TableId[];
}

/** A row that exists in the tables but is not drawn (zero or blank), kept for the data table. */
export interface OmittedRow {
  id: string;
  name: string;
  code?: string;
  value: number | null;
  provenance: Provenance;
}

export interface FlowModel {
  /** 'all': all money (表1–3, 表6); 'fiscal': fiscal money only (表4, 表5, 表6). */
  money: 'all' | 'fiscal';
  kind: 'final' | 'budget';
  unit: Unit;
  /** Column titles, left to right. */
  columns: Localized[];
  nodes: FlowNode[];
  links: FlowLink[];
  imbalances: Imbalance[];
  omitted: OmittedRow[];
  /**
   * The 类 (3-digit) rows of the function tables with their 合计, in the model's unit, whatever
   * `depth` draws: what the summary names as the largest function class.
   */
  classes: OmittedRow[];
  /** The tables the flows come from, for the data table's caption. */
  tables: TableId[];
  /** The hub's printed total (本年收入合计 / 总计, or the spending total without 表1); without a hub, what flows through the first column. */
  total: number;
  /** What the picture leaves out and why (e.g. no 公开01表: sources not drawn). */
  notes?: Localized[];
}

export interface FlowModelOptions {
  money?: 'all' | 'fiscal';
  /** Depth of function classification: 类 (3), 款 (5) or 项 (7). Default 类. */
  depth?: 'class' | 'item' | 'subitem';
  /** `official` (codes, table order; default) or `value` (largest first). */
  order?: 'official' | 'value';
}

/** Result of building a model: never throws; problems come back as errors to show. */
export type FlowModelResult =
  | { ok: true; model: FlowModel }
  | { ok: false; empty?: Localized; errors: Localized[] };
