/**
 * The SVG of <budget-sankey>: links, nodes, labels and the focus ring, drawn from the
 * layout's numbers. No layout happens here; classes carry state (kind, dimmed, exaggerated)
 * and the stylesheet turns them into colours, so a theme can restyle every mark.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { SankeyLayout } from '../../src/layout/sankey-types.js';
import type { Focus, SankeyGraph } from './sankey-graph.js';

export interface MarksInput {
  layout: SankeyLayout;
  graph: SankeyGraph;
  /** Ids of the marks money through the active mark passes; null when nothing is active. */
  lit: Set<string> | null;
  focus: Focus | null;
  /** Id prefix unique to this element (for the hatch pattern). */
  ids: string;
  labelSize: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function renderMarks({ layout, graph, lit, focus, ids, labelSize }: MarksInput): SVGTemplateResult {
  const dim = (id: string) => (lit && !lit.has(id) ? ' dim' : '');
  const hatch = `${ids}-hatch`;
  const kindOf = (id: string) => graph.nodes.get(id)?.node.kind ?? 'other';
  return svg`
    <defs>
      <pattern id=${hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="6" height="6"></rect>
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    <g class="links">
      ${layout.links.map(
        (link) => svg`<path
          part="link"
          class=${`link from-${kindOf(link.source)}${link.exaggerated ? ' exaggerated' : ''}${dim(link.id)}`}
          data-type="link"
          data-id=${link.id}
          d=${link.path}
          stroke-width=${round(Math.max(1, link.width))}
        ></path>`,
      )}
    </g>
    <g class="panels">
      ${layout.nodes.map((node) =>
        node.panel
          ? svg`<rect part="node-panel" class=${`panel kind-${kindOf(node.id)}${graph.nodes.get(node.id)?.node.unverified ? ' unverified' : ''}${dim(node.id)}`}
              x=${round(node.panel.x0)} y=${round(node.panel.y0)}
              width=${round(Math.max(0, node.panel.x1 - node.panel.x0))}
              height=${round(Math.max(1, node.panel.y1 - node.panel.y0))}></rect>`
          : nothing,
      )}
    </g>
    <g class="nodes">
      ${layout.nodes.map((node) => {
        const kind = kindOf(node.id);
        const fill = kind === 'imbalance' ? `url(#${hatch})` : nothing;
        return svg`<rect
          part="node"
          class=${`node kind-${kind}${graph.nodes.get(node.id)?.node.unverified ? ' unverified' : ''}${node.merged?.length ? ' merged' : ''}${dim(node.id)}`}
          data-type="node"
          data-id=${node.id}
          x=${round(node.x0)}
          y=${round(node.y0)}
          width=${round(Math.max(1, node.x1 - node.x0))}
          height=${round(Math.max(1, node.y1 - node.y0))}
          fill=${fill}
        ></rect>`;
      })}
    </g>
    <g class="label-ties">
      ${layout.nodes.map((node) => renderTie(node, kindOf(node.id), dim(node.id)))}
    </g>
    <g class="labels" font-size=${labelSize}>
      ${layout.nodes.map((node) => {
        const box = node.label;
        if (!box || !box.lines.length) return nothing;
        const x = box.anchor === 'start' ? box.x : box.anchor === 'middle' ? box.x + box.width / 2 : box.x + box.width;
        const lineHeight = box.height / box.lines.length;
        return svg`<text part="label" class=${`label${dim(node.id)}`} x=${round(x)} text-anchor=${box.anchor}>
          ${box.lines.map(
            (line, index) => svg`<tspan x=${round(x)} y=${round(box.y + lineHeight * (index + 0.5))}>${line}</tspan>`,
          )}
        </text>`;
      })}
    </g>
    ${renderFocus(layout, graph, focus)}
  `;
}

/**
 * What ties a label moved for room to its own bar: its own panel, drawn over other nodes'
 * panels (an opaque backdrop, then the node's tint), and a leader line from the bar.
 */
function renderTie(node: SankeyLayout['nodes'][number], kind: string, dim: string): SVGTemplateResult | typeof nothing {
  const box = node.label;
  if (!box || (!box.panel && !box.leader)) return nothing;
  const panel = box.panel;
  return svg`${panel
    ? svg`<rect class="label-backdrop" x=${panel.x0} y=${panel.y0} width=${round(panel.x1 - panel.x0)} height=${round(panel.y1 - panel.y0)}></rect>
        <rect part="label-panel" class=${`panel label-panel kind-${kind}${dim}`} x=${panel.x0} y=${panel.y0}
          width=${round(panel.x1 - panel.x0)} height=${round(panel.y1 - panel.y0)}></rect>`
    : nothing}${box.leader
    ? svg`<polyline part="leader" class=${`leader${dim}`} points=${box.leader.map(([x, y]) => `${x},${y}`).join(' ')}></polyline>`
    : nothing}`;
}

function renderFocus(layout: SankeyLayout, graph: SankeyGraph, focus: Focus | null): SVGTemplateResult | typeof nothing {
  if (!focus) return nothing;
  if (focus.type === 'node') {
    const node = graph.nodes.get(focus.id)?.drawn;
    if (!node) return nothing;
    return svg`<rect class="focus-ring" x=${round(node.x0 - 3)} y=${round(node.y0 - 3)}
      width=${round(node.x1 - node.x0 + 6)} height=${round(node.y1 - node.y0 + 6)} rx="2"></rect>`;
  }
  const link = layout.links.find((item) => item.id === focus.id);
  if (!link) return nothing;
  const kind = graph.nodes.get(link.source)?.node.kind ?? 'other';
  return svg`<path class="focus-ring" d=${link.path} stroke-width=${round(Math.max(1, link.width) + 6)}></path>
    <path class=${`link focused from-${kind}${link.exaggerated ? ' exaggerated' : ''}`} d=${link.path}
      stroke-width=${round(Math.max(1, link.width))}></path>`;
}
