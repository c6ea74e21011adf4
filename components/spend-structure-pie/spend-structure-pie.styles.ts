/**
 * <spend-structure-pie>'s own styles. Slices take the Okabe–Ito palette in turn (1–6: the
 * yellow and grey are left out, too pale beside white separators), "其他" the neutral grey,
 * a derived 差额 slice is hatched. Slices are separated by a background-coloured stroke, so
 * neighbours of one colour still read as two.
 */
import { css } from 'lit';

export const pieStyles = css`
  :host {
    --dw-slice-separator: var(--dw-background);
    --dw-leader: var(--dw-text-muted);
  }
  .placeholder {
    min-height: 200px;
  }
  .slice {
    stroke: var(--dw-slice-separator);
    stroke-width: 1.5;
    cursor: pointer;
    transition: opacity 150ms ease;
  }
  .c0 { fill: var(--dw-palette-1); }
  .c1 { fill: var(--dw-palette-2); }
  .c2 { fill: var(--dw-palette-3); }
  .c3 { fill: var(--dw-palette-4); }
  .c4 { fill: var(--dw-palette-5); }
  .c5 { fill: var(--dw-palette-6); }
  .other { fill: var(--dw-neutral); }
  .dim .slice:not(.lit) {
    opacity: 0.45;
  }
  .slice.focused {
    stroke: var(--dw-focus);
    stroke-width: 3;
  }
  .leader {
    fill: none;
    stroke: var(--dw-leader);
    stroke-width: 1;
  }
  .label {
    fill: var(--dw-text);
    cursor: pointer;
  }
  .label .figure {
    fill: var(--dw-text-muted);
  }
  .centre {
    fill: var(--dw-text);
    text-anchor: middle;
  }
  .centre .big {
    font-weight: 600;
  }
  .hatch-line {
    stroke: var(--dw-error);
    stroke-width: 2;
  }
  .hatch-back {
    fill: var(--dw-surface);
  }
  nav.crumbs ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }
  nav.crumbs li + li::before {
    content: '›';
    margin-right: 0.25em;
    color: var(--dw-text-muted);
  }
  nav.crumbs button {
    font: inherit;
    color: var(--dw-focus);
    background: none;
    border: none;
    padding: 0.25em;
    min-height: 24px;
    text-decoration: underline;
    cursor: pointer;
  }
  .legend-list {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    font-size: 0.875em;
    columns: 20em;
    column-gap: 2em;
  }
  .legend-list li {
    break-inside: avoid;
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    padding: 0.25em;
    cursor: pointer;
    border-radius: 3px;
  }
  .legend-list li.focused {
    outline: 2px solid var(--dw-focus);
  }
  .legend-list .swatch {
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    align-self: center;
  }
  .legend-list .swatch.c0 { background: var(--dw-palette-1); }
  .legend-list .swatch.c1 { background: var(--dw-palette-2); }
  .legend-list .swatch.c2 { background: var(--dw-palette-3); }
  .legend-list .swatch.c3 { background: var(--dw-palette-4); }
  .legend-list .swatch.c4 { background: var(--dw-palette-5); }
  .legend-list .swatch.c5 { background: var(--dw-palette-6); }
  .legend-list .swatch.other { background: var(--dw-neutral); }
  .legend-list .swatch.gap { background: var(--dw-surface); border: 2px solid var(--dw-error); }
  .legend-list .name {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .legend-list .figure {
    color: var(--dw-text-muted);
    white-space: nowrap;
  }
  td.num, th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  tr.member th {
    padding-left: 1.5em;
    font-weight: normal;
  }
  @media (forced-colors: active) {
    .slice { stroke: CanvasText; }
    .slice.focused { stroke: Highlight; }
    .leader { stroke: CanvasText; }
  }
  @media print {
    .chart { break-inside: avoid; }
  }
  @media (prefers-reduced-motion: reduce) {
    .slice { transition: none; }
  }
`;
