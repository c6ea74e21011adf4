/** Styles of `<performance-scorecard>`. */
import { css } from 'lit';

export const scorecardStyles = css`
  .scorecard {
    display: block;
  }
  .summary {
    margin: 0 0 8px;
    color: var(--dw-text-muted);
  }
  .project {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 4px;
  }
  .parties {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0 0 8px;
    font-size: 13px;
  }
  .parties div,
  .goal div {
    display: flex;
    gap: 6px;
    min-width: 0;
  }
  dt {
    color: var(--dw-text-muted);
  }
  .parties dt {
    flex: none;
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
    margin: 0 0 8px;
  }
  .headline strong {
    font-size: 1.4em;
  }
  svg.figure {
    display: block;
    margin: 4px 0 12px;
    overflow: visible;
  }
  svg.figure text {
    font-size: 12px;
    fill: var(--dw-text);
    unicode-bidi: isolate;
  }
  svg.figure .value {
    /* Ends at the figure's right edge: estimated widths run short in some fonts, and a value
       anchored at its start would then be cut ("95.00 / 100.0"); the gap before it absorbs it. */
    text-anchor: end;
    dominant-baseline: central;
    font-variant-numeric: tabular-nums;
  }
  svg.figure .tick-label {
    text-anchor: middle;
    fill: var(--dw-text-muted);
  }
  .row-evaluation .fill {
    fill: var(--dw-color-evaluation);
  }
  table {
    margin: 8px 0;
  }
  thead th {
    color: var(--dw-text-muted);
    font-weight: 600;
  }
  .funds td {
    font-variant-numeric: tabular-nums;
  }
  .goal {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
    gap: 8px 16px;
    margin: 8px 0;
  }
  .goal div {
    flex-direction: column;
    gap: 2px;
  }
  .pairs {
    margin: 0;
  }
  .pairs div {
    display: flex;
    justify-content: space-between;
    gap: 8px;
  }
  .indicators-head {
    display: flex;
    justify-content: flex-end;
  }
  button.disclosure {
    font-weight: 600;
  }
  button.disclosure::before {
    content: '▾ ';
    display: inline-block;
  }
  button.disclosure[aria-expanded='false']::before {
    content: '▸ ';
  }
  /* The indicator's name takes what it needs, not half the row: targets and statuses stay on one line. */
  table.indicators:not(.narrow) thead th:first-child {
    width: 30%;
  }
  .target-status {
    white-space: nowrap;
  }
  /* Bars start at the same x in every row; the numbers follow them. */
  table.indicators td.num {
    text-align: start;
  }
  tr.level1 > * {
    background: var(--dw-surface);
  }
  tr.level2 th {
    padding-left: 16px;
  }
  tr.level3 th {
    padding-left: 28px;
    font-weight: normal;
  }
  tr.flagged {
    background: color-mix(in srgb, var(--dw-warning) 8%, transparent);
  }
  .narrow .pair,
  .narrow .deviation,
  .narrow .name {
    display: block;
  }
  .narrow .pair,
  .deviation {
    color: var(--dw-text-muted);
    font-size: 12px;
  }
  .note {
    font-size: 13px;
    color: var(--dw-text-muted);
  }
  @media print {
    .indicators-head {
      display: none;
    }
  }
`;
