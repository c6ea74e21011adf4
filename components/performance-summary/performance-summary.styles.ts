/** Styles of `<performance-summary>`. */
import { css } from 'lit';

export const summaryStyles = css`
  .summary {
    margin: 0 0 8px;
    color: var(--dw-text-muted);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 24px;
  }
  .counts p {
    margin: 0 0 8px;
  }
  .counts strong {
    font-size: 1.3em;
  }
  svg.strip {
    display: block;
    margin: 4px 0 8px;
    overflow: visible;
  }
  svg.strip text {
    font-size: 12px;
    fill: var(--dw-text-muted);
  }
  .axis-label {
    text-anchor: middle;
  }
  /* The ends of the axis: centred, "0" and "100" would reach outside the strip. */
  .axis-label.first {
    text-anchor: start;
  }
  .axis-label.last {
    text-anchor: end;
  }
  .axis {
    stroke: var(--dw-border);
  }
  .dot.self {
    fill: var(--dw-color-score);
    fill-opacity: 0.85;
  }
  .dot.evaluation {
    fill: var(--dw-color-evaluation);
  }
  tbody th {
    font-weight: normal;
  }
  button.sort {
    font-weight: 600;
    color: var(--dw-text-muted);
  }
  button.project {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
  }
  .sort-mark {
    margin-left: 4px;
    font-size: 12px;
  }
  .detail {
    display: block;
    color: var(--dw-text-muted);
    font-size: 12px;
  }
  .sort-control {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0 0 8px;
    font-size: 14px;
  }
  .sort-control select {
    margin-left: 4px;
    font: inherit;
    color: var(--dw-text);
    background: var(--dw-background);
    border: 1px solid var(--dw-border);
    border-radius: 3px;
  }
  td.below {
    color: var(--dw-text-missed);
  }
  tr.flagged {
    background: color-mix(in srgb, var(--dw-warning) 8%, transparent);
  }
  @media print {
    .sort-mark,
    .sort-control {
      display: none;
    }
  }
`;
