/**
 * Styles of the shared bar drawing (components/base/bar-marks.ts): light back bars, solid
 * front bars (the light one outlined in the front colour: at 3:1 against the background in
 * light and dark, where the fill alone is 1.26:1), dark markers (a diamond with a background outline when at 0), last year's tick
 * dashed, labels and value text at --dw-label-size (never under 12 px), the long-list scroller
 * with its sticky axis, and print (no scroller: every row on paper).
 * (Comments stay out of the css`` text: it ships as written.)
 */
import { css } from 'lit';

export const barStyles = css`
  :host {
    --dw-bar-back: color-mix(in srgb, var(--dw-palette-1) 24%, var(--dw-background));
    --dw-bar-front: var(--dw-palette-1);
    --dw-bar-back-edge: var(--dw-palette-1);
    --dw-bar-marker: var(--dw-text);
    --dw-bar-previous: var(--dw-palette-2);
    --dw-bar-over: var(--dw-palette-6);
    --dw-bar-under: var(--dw-palette-1);
    --dw-scroll-height: 70vh;
  }
  svg text {
    font-size: max(12px, var(--dw-label-size));
    fill: var(--dw-text);
  }
  .placeholder {
    min-height: 120px;
  }
  .grid {
    stroke: var(--dw-border);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .baseline {
    stroke: var(--dw-text-muted);
    stroke-width: 1;
  }
  .tick {
    fill: var(--dw-text-muted);
  }
  .hit {
    fill: transparent;
    cursor: pointer;
  }
  .row.active .hit {
    fill: var(--dw-surface);
  }
  .focus-ring {
    fill: none;
    stroke: var(--dw-focus);
    stroke-width: 2;
  }
  .back {
    fill: var(--dw-bar-back);
    stroke: var(--dw-bar-back-edge);
    stroke-width: 1;
  }
  .front {
    fill: var(--dw-bar-front);
  }
  .over .front {
    fill: var(--dw-bar-over);
  }
  .marker {
    stroke: var(--dw-bar-marker);
    stroke-width: 3;
  }
  .marker.zero {
    fill: var(--dw-background);
    stroke-width: 2;
  }
  .tick-mark {
    stroke: var(--dw-bar-previous);
    stroke-width: 3;
    stroke-dasharray: 3 2;
  }
  .group-label {
    font-weight: 600;
  }
  .value {
    fill: var(--dw-text);
    font-variant-numeric: tabular-nums;
  }
  .value.inside {
    fill: var(--dw-background);
  }
  .blank .value,
  .label .muted {
    fill: var(--dw-text-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.25em 0;
    padding: 0;
    list-style: none;
    font-size: max(12px, 0.8125em);
    color: var(--dw-text-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .key {
    display: inline-block;
    width: 1.4em;
    height: 0.8em;
    background: var(--dw-bar-back);
  }
  .key.front {
    height: 0.45em;
    background: var(--dw-bar-front);
  }
  .key.over {
    height: 0.45em;
    background: var(--dw-bar-over);
  }
  .key.marker {
    width: 3px;
    height: 1em;
    background: var(--dw-bar-marker);
  }
  .key.previous {
    width: 0;
    height: 1em;
    border-left: 3px dashed var(--dw-bar-previous);
    background: none;
  }
  .scroller {
    max-height: var(--dw-scroll-height);
    overflow-y: auto;
    overflow-x: hidden;
  }
  .sticky-axis {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--dw-background);
  }
  .note {
    margin: 0.25em 0 0;
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid var(--dw-border);
    font-size: max(12px, 0.8125em);
    color: var(--dw-text-muted);
  }
  .note.audit {
    border-color: var(--dw-warning);
  }
  .note ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .summary {
    margin: 0 0 0.25em;
  }
  @media print {
    .scroller {
      max-height: none;
      overflow: visible;
    }
    .sticky-axis {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .back {
      fill: Canvas;
      stroke: CanvasText;
    }
    .front {
      fill: Highlight;
    }
    .marker,
    .tick-mark {
      stroke: CanvasText;
    }
  }
`;
