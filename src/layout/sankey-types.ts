/**
 * Geometry of a laid-out sankey: pure numbers, no DOM. `layoutSankey(model, options)`
 * (src/layout/sankey.ts) returns it; the element only draws it.
 */
import type { Localized } from '../format/messages.js';
import type { FlowNodeKind } from '../model/sankey-types.js';

export type Orientation = 'horizontal' | 'vertical';

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Text lines after wrapping or truncation (each ≤ the box width, estimated). */
  lines: string[];
  /** Where the text is anchored: `start` at `x`, `middle` at `x + width / 2`, `end` at `x + width`. */
  anchor: 'start' | 'middle' | 'end';
  /** True when the name was cut: the full name is in the tooltip and the table. */
  truncated: boolean;
  /**
   * The label's own panel (its box, 3 px wider each side), present when the label reaches beyond its bar's span:
   * drawn over other nodes' panels, so one tinted panel never holds two labels.
   */
  panel?: { x0: number; y0: number; x1: number; y1: number };
  /**
   * A leader line (polyline points, px) from the middle of the node's bar to the label, present
   * when the label was moved off its bar's span for room (at most one line away).
   */
  leader?: [number, number][];
}

export interface LaidOutNode {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Null when there is no room for a label (the tooltip and table still have it). */
  label: LabelBox | null;
  /**
   * The label panel: from the bar across its label strip to where its bands leave, over the
   * node's own breadth. Absent when the column has no label strip.
   */
  panel?: { x0: number; y0: number; x1: number; y1: number };
  /** For a merged "其他 (N项)" node: the ids it stands for (activation expands it). */
  merged?: string[];
  /** The node's kind, name and value (in the model's unit), so merged nodes can be drawn too. */
  kind?: FlowNodeKind;
  name?: string;
  value?: number;
}

export interface LaidOutLink {
  id: string;
  source: string;
  target: string;
  /** SVG path `d` (link-path.ts: the curve of d3-shape's linkHorizontal / linkVertical). */
  path: string;
  /** Stroke width in px as drawn. */
  width: number;
  /** True when drawn thicker than its value for visibility (its value is unchanged). */
  exaggerated: boolean;
  /** The link's value in the model's unit (summed for links of merged nodes). */
  value?: number;
}

export interface SankeyLayoutOptions {
  width: number;
  /** Defaults from the number of nodes and the orientation. */
  height?: number;
  /** `auto`: vertical below `narrowBelow` px. */
  orientation?: Orientation | 'auto';
  narrowBelow?: number;
  /** Minimum drawn band, px (default 2). */
  minBand?: number;
  /** Label font size, px, never below 12. */
  fontSize?: number;
  /** Ids of merged groups the user expanded. */
  expanded?: ReadonlySet<string>;
  lang?: 'zh-CN' | 'en';
}

export interface SankeyLayout {
  width: number;
  height: number;
  orientation: Orientation;
  nodes: LaidOutNode[];
  links: LaidOutLink[];
  /** Label font size and line height actually used, px. */
  fontSize?: number;
  lineHeight?: number;
  /**
   * How many labels were measured (sized and wrapped). Only labels that may be drawn are, so
   * a column of thousands of 项 merged into "其他" costs what its drawn labels cost.
   */
  labelsMeasured?: number;
  /** Set when no layout could be made (e.g. d3-sankey found a circular link); nodes and links are then empty. */
  error?: Localized;
}
