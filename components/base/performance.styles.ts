/** Styles shared by the performance widgets: grades, statuses, flags, in-cell bars, tables. */
import { css } from 'lit';

export const performanceStyles = css`
  :host {
    --dw-color-score: var(--dw-palette-1, #0072b2);
    --dw-color-evaluation: var(--dw-palette-2, #e69f00);
    --dw-color-met: var(--dw-palette-3, #009e73);
    --dw-color-missed: var(--dw-palette-6, #d55e00);
    /* Text in these colours is mixed toward the text colour: the palette's green and
       vermillion alone miss 4.5:1 on white for 12–13 px text. */
    --dw-text-met: color-mix(in srgb, var(--dw-color-met) 55%, var(--dw-text));
    --dw-text-missed: color-mix(in srgb, var(--dw-color-missed) 60%, var(--dw-text));
  }
  .grade {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 3px;
    padding: 0 4px;
    font-weight: 600;
    white-space: nowrap;
  }
  .grade[data-grade='优'],
  .grade[data-grade='优秀'] {
    color: var(--dw-text-met);
  }
  .grade[data-grade='差'],
  .grade[data-grade='不合格'] {
    color: var(--dw-text-missed);
  }
  .how {
    color: var(--dw-text-muted);
    font-size: 12px;
  }
  svg.mini {
    vertical-align: middle;
    overflow: visible;
  }
  .track {
    fill: var(--dw-surface);
    stroke: var(--dw-border);
    stroke-width: 0.5;
  }
  .fill {
    fill: var(--dw-color-score);
  }
  .fill.over {
    fill: var(--dw-error);
  }
  .tick {
    stroke: var(--dw-text-muted);
    stroke-width: 1;
  }
  .flags {
    list-style: none;
    margin: 4px 0;
    padding: 0;
    font-size: 13px;
    font-weight: normal;
  }
  .flag {
    margin: 2px 0;
    padding: 2px 6px;
    border-left: 3px solid var(--dw-warning);
    color: var(--dw-text);
  }
  .flag.sev-error {
    border-left-color: var(--dw-error);
  }
  .flag strong {
    color: var(--dw-warning);
  }
  .flag.sev-error strong {
    color: var(--dw-error);
  }
  .target-status.met {
    color: var(--dw-text-met);
  }
  .target-status.missed {
    color: var(--dw-text-missed);
    font-weight: 600;
  }
  .target-status.qualitative,
  .target-status.not-comparable,
  .target-status.no-actual {
    color: var(--dw-text-muted);
  }
  button.disclosure,
  button.sort,
  button.project {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    color: inherit;
    text-align: start;
  }
  .num {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .fill {
      fill: CanvasText;
    }
    .fill.over {
      fill: Mark;
    }
  }
  @media print {
    [hidden].level2,
    [hidden].level3 {
      display: table-row !important;
    }
    .fill,
    .grade {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
