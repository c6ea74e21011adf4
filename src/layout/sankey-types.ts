/**
 * Geometry of a laid-out sankey: pure numbers, no DOM. `layoutSankey(model, options)`
 * (src/layout/sankey.ts) returns it; the element only draws it.
 */
export type Orientation = 'horizontal' | 'vertical';

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Text lines after wrapping or truncation (each ≤ the box width, estimated). */
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  /** True when the name was cut: the full name is in the tooltip and the table. */
  truncated: boolean;
}

export interface LaidOutNode {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Null when there is no room for a label (the tooltip and table still have it). */
  label: LabelBox | null;
  /** For a merged "其他 (N项)" node: the ids it stands for (activation expands it). */
  merged?: string[];
}

export interface LaidOutLink {
  id: string;
  source: string;
  target: string;
  /** SVG path `d` (d3-shape linkHorizontal / linkVertical). */
  path: string;
  /** Stroke width in px as drawn. */
  width: number;
  /** True when drawn thicker than its value for visibility (its value is unchanged). */
  exaggerated: boolean;
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
}
