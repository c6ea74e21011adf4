/**
 * <budget-sankey>'s own styles. Colours come from `--dw-*` custom properties (defaults in
 * the shared frame styles); node kinds map onto the Okabe–Ito palette. A label moved for room
 * has its own panel (`.label-backdrop` under a bordered `.label-panel`), which hides the panel
 * it sits on, and a `.leader` line to its bar. `.node:where(:not(.kind-imbalance))` keeps the
 * specificity of `.node`, so the kind rules still colour nodes while an imbalance node keeps
 * its fill attribute, the hatch pattern (a CSS fill would hide it). Comments stay out of the
 * css`` literal, which ships as written.
 */
import { css } from 'lit';

export const sankeyStyles = css`
  :host {
    --dw-color-income: var(--dw-palette-1);
    --dw-color-carry-over: var(--dw-palette-5);
    --dw-color-function: var(--dw-palette-3);
    --dw-color-expenditure: var(--dw-palette-2);
    --dw-color-cost: var(--dw-palette-6);
    --dw-color-sink: var(--dw-palette-4);
    --dw-color-imbalance: var(--dw-error);
    --dw-color-other: var(--dw-neutral);
    --dw-color-total: #5f6b7a;
    --dw-panel-opacity: 0.16;
    --dw-link-opacity: 0.38;
    --dw-link-opacity-active: 0.7;
    --dw-dim-opacity: 0.12;
  }
  .placeholder {
    min-height: 200px;
  }
  .link {
    fill: none;
    stroke: var(--dw-color-other);
    stroke-opacity: var(--dw-link-opacity);
    transition: stroke-opacity 150ms ease;
    cursor: pointer;
  }
  .link.exaggerated {
    stroke-dasharray: 3 2;
  }
  .link.from-income {
    stroke: var(--dw-color-income);
  }
  .link.from-total {
    stroke: var(--dw-color-total);
  }
  .link.from-carryOverStart,
  .link.from-nonFiscalBalance {
    stroke: var(--dw-color-carry-over);
  }
  .link.from-functionClass {
    stroke: var(--dw-color-function);
  }
  .link.from-expenditureKind {
    stroke: var(--dw-color-expenditure);
  }
  .link.from-costKind {
    stroke: var(--dw-color-cost);
  }
  .link.focused,
  .link:hover {
    stroke-opacity: var(--dw-link-opacity-active);
  }
  .node:where(:not(.kind-imbalance)) {
    fill: var(--dw-color-other);
  }
  .node {
    stroke: var(--dw-background);
    stroke-width: 0.5;
    cursor: pointer;
    transition: opacity 150ms ease;
  }
  /* Panels first: the kind rules below give them their colour. */
  .panel {
    fill: var(--dw-color-other);
    fill-opacity: var(--dw-panel-opacity);
    stroke: none;
    pointer-events: none;
  }
  .panel.dim {
    fill-opacity: calc(var(--dw-panel-opacity) / 3);
  }
  .label-backdrop {
    fill: var(--dw-background);
    pointer-events: none;
  }
  .label-panel {
    stroke: var(--dw-border);
    stroke-width: 1;
  }
  .leader {
    fill: none;
    stroke: var(--dw-text-muted);
    stroke-width: 1;
    pointer-events: none;
  }
  .leader.dim {
    opacity: 0.35;
  }
  .kind-income {
    fill: var(--dw-color-income);
  }
  .kind-total {
    fill: var(--dw-color-total);
  }
  .kind-carryOverStart,
  .kind-nonFiscalBalance,
  .kind-carryOverEnd {
    fill: var(--dw-color-carry-over);
  }
  .kind-functionClass {
    fill: var(--dw-color-function);
  }
  .kind-expenditureKind {
    fill: var(--dw-color-expenditure);
  }
  .kind-costKind {
    fill: var(--dw-color-cost);
  }
  .kind-balanceDistribution {
    fill: var(--dw-color-sink);
  }
  .kind-imbalance {
    stroke: var(--dw-color-imbalance);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .node.merged {
    stroke: var(--dw-text);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .hatch-bg {
    fill: var(--dw-background);
  }
  .hatch-line {
    stroke: var(--dw-color-imbalance);
    stroke-width: 2;
  }
  .link.dim {
    stroke-opacity: var(--dw-dim-opacity);
  }
  .node.dim,
  .label.dim {
    opacity: 0.35;
  }
  .label {
    fill: var(--dw-text);
    dominant-baseline: central;
    pointer-events: none;
    paint-order: stroke;
    stroke: var(--dw-background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .focus-ring {
    fill: none;
    stroke: var(--dw-focus);
    stroke-width: 3;
    pointer-events: none;
  }
  path.focus-ring {
    stroke-opacity: 0.9;
  }
  .summary {
    margin: 0.5em 0 0;
    color: var(--dw-text-muted);
    font-size: 0.875em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    background: var(--dw-color-other);
    forced-color-adjust: none;
  }
  .swatch.kind-income {
    background: var(--dw-color-income);
  }
  .swatch.kind-total {
    background: var(--dw-color-total);
  }
  .legend .unit {
    font-weight: 600;
  }
  .swatch.kind-carryOverStart,
  .swatch.kind-nonFiscalBalance,
  .swatch.kind-carryOverEnd {
    background: var(--dw-color-carry-over);
  }
  .swatch.kind-functionClass {
    background: var(--dw-color-function);
  }
  .swatch.kind-expenditureKind {
    background: var(--dw-color-expenditure);
  }
  .swatch.kind-costKind {
    background: var(--dw-color-cost);
  }
  .note {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--dw-warning);
    background: var(--dw-surface);
    font-size: 0.875em;
  }
  .note.imbalances {
    border-color: var(--dw-error);
  }
  /* A gap from a table read with doubt: drawn, but not in the error colour of a real imbalance. */
  .kind-imbalance.unverified {
    stroke: var(--dw-text-muted);
  }
  .note.unverified {
    border-color: var(--dw-warning);
  }
  .note ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .note summary {
    cursor: pointer;
  }
  tr.omitted {
    color: var(--dw-text-muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .link,
    .node {
      transition: none;
    }
  }
  @media print {
    .link {
      stroke-opacity: 0.5;
    }
    .dim {
      stroke-opacity: 0.5 !important;
      opacity: 1 !important;
    }
    .focus-ring {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .node {
      fill: CanvasText;
      stroke: Canvas;
    }
    .link {
      stroke: GrayText;
      stroke-opacity: 0.6;
    }
    .link.dim {
      stroke-opacity: 0.25;
    }
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .kind-imbalance {
      stroke: Mark;
    }
  }
`;
