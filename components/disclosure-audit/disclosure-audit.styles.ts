/**
 * Styles of <disclosure-audit>: one colour and one shape per status (colour is never the only
 * cue), the rule grid, the filter, findings and the list of rules. In print every rule's
 * result is shown, whatever the toggle says.
 * (Comments stay out of the css`` text: it ships as written.)
 */
import { css } from 'lit';

export const auditStyles = css`
  :host {
    --dw-color-error: var(--dw-palette-6);
    --dw-color-warning: var(--dw-palette-2);
    --dw-color-rounding: var(--dw-palette-5);
    --dw-color-unchecked: var(--dw-palette-4);
    --dw-color-passed: var(--dw-palette-3);
    --dw-color-not-run: var(--dw-neutral);
  }
  .status-error { --status: var(--dw-color-error); }
  .status-warning { --status: var(--dw-color-warning); }
  .status-rounding { --status: var(--dw-color-rounding); }
  .status-unchecked { --status: var(--dw-color-unchecked); }
  .status-passed { --status: var(--dw-color-passed); }
  .status-not-run { --status: var(--dw-color-not-run); }
  .summary {
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  .grid {
    display: block;
    max-width: 100%;
    overflow: visible;
  }
  .rule rect {
    fill: var(--status);
    fill-opacity: 0.22;
    stroke: var(--status);
    stroke-width: 1.5;
  }
  .rule.status-not-run rect {
    fill-opacity: 0;
    stroke-dasharray: 3 3;
  }
  .rule text {
    fill: var(--dw-text);
    font-family: var(--dw-font-family);
  }
  .rule .glyph {
    font-weight: 700;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
    font-size: max(12px, 0.875em);
    color: var(--dw-text-muted);
  }
  .badge,
  .swatch {
    display: inline-block;
    min-width: 1.4em;
    margin-inline-end: 0.3em;
    padding: 0 0.2em;
    text-align: center;
    font-weight: 700;
    line-height: 1.4;
    color: var(--dw-text);
    background: color-mix(in srgb, var(--status) 22%, transparent);
    border: 1.5px solid var(--status);
    border-radius: 3px;
  }
  .swatch.status-not-run,
  li.status-not-run .badge {
    border-style: dashed;
    background: transparent;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0 0.5em;
  }
  .filter button[aria-pressed='false'] {
    color: var(--dw-text-muted);
    background: transparent;
    border-style: dashed;
  }
  .filter button[aria-pressed='false'] .badge {
    background: transparent;
  }
  .filter .count {
    margin-inline-start: 0.4em;
    font-variant-numeric: tabular-nums;
  }
  .findings {
    padding: 2px 4px;
  }
  .findings h3,
  .checks h3 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
  .findings h4 {
    margin: 0.5em 0 0.25em;
    font-size: 0.9375em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .findings h4 .unit {
    margin-inline-start: 0.75em;
    font-weight: 400;
    font-size: max(12px, 0.875em);
    color: var(--dw-text-muted);
  }
  .findings ul,
  .checks ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .finding {
    margin: 0 0 0.5em;
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid var(--status);
    background: var(--dw-surface);
    border-radius: 0 4px 4px 0;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .finding.focused {
    outline: 3px solid var(--dw-focus);
    outline-offset: 1px;
  }
  .finding p {
    margin: 0.1em 0;
  }
  .finding .id,
  .checks .id {
    margin: 0 0.4em;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .finding .message {
    font-weight: 500;
  }
  .values {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    margin: 0.1em 0;
  }
  .values div {
    display: flex;
    gap: 0.4em;
  }
  .values dt {
    color: var(--dw-text-muted);
  }
  .values dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .cells {
    font-size: max(12px, 0.875em);
    color: var(--dw-text-muted);
  }
  .passed {
    margin: 0.75em 0;
    padding: 0.6em 0.8em;
    font-size: 1.125em;
    font-weight: 600;
    border-inline-start: 4px solid var(--dw-color-passed);
    background: var(--dw-surface);
  }
  .passed .badge {
    --status: var(--dw-color-passed);
  }
  .passed.none-ran {
    border-inline-start-color: var(--dw-color-not-run);
  }
  .passed.none-ran .badge {
    --status: var(--dw-color-not-run);
    border-style: dashed;
  }
  .nothing {
    margin: 0.5em 0;
    color: var(--dw-text-muted);
  }
  .checks {
    margin-top: 0.75em;
  }
  .checks li {
    margin: 0.2em 0;
    overflow-wrap: anywhere;
  }
  .checks em {
    font-style: normal;
    color: var(--dw-text-muted);
    margin-inline-start: 0.3em;
  }
  @media print {
    .checks-body[hidden] {
      display: block !important;
    }
    .checks-toggle {
      display: none;
    }
    .finding {
      break-inside: avoid;
    }
    h3,
    h4 {
      break-after: avoid;
    }
    .chart:focus-visible,
    .finding.focused {
      outline: none;
    }
  }
  @media (forced-colors: active) {
    .finding,
    .badge,
    .swatch {
      border-color: CanvasText;
    }
    .rule rect {
      stroke: CanvasText;
    }
    .finding.focused {
      outline-color: Highlight;
    }
  }
`;
