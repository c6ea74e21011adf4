/**
 * <disclosure-report>'s layout: a title, the contents, numbered sections with a rule between
 * them, the overview's figures as a grid of panels. In print: no frame padding (the page has
 * margins), the contents without link colour, headings kept with what follows, a widget or a
 * figure never split across pages, and the audit starting on a page of its own.
 * (Comments stay out of the css`` text: it ships as written.)
 */
import { css } from 'lit';

export const reportStyles = css`
  .other-table {
    margin: 0.5em 0;
  }
  .other-table summary {
    cursor: pointer;
  }
  .other-table .label,
  .other-table .meta,
  .other-table .code,
  .note {
    color: var(--dw-text-muted);
  }
  .other-table .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .other-table .scroll:focus-visible {
    outline: 2px solid var(--dw-focus);
  }
  .other-table table {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .other-table th,
  .other-table td {
    padding: 0.2em 0.5em;
    border-bottom: 1px solid var(--dw-border);
    text-align: start;
    vertical-align: top;
  }
  .other-table td {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .other-table tbody th {
    min-width: 8em;
  }
  .other-table thead th {
    font-weight: 600;
    vertical-align: bottom;
  }
  .report {
    display: block;
  }
  h1 {
    margin: 0 0 0.25em;
    font-size: 1.6em;
    line-height: 1.3;
  }
  h2 {
    margin: 0 0 0.6em;
    font-size: 1.3em;
    line-height: 1.3;
  }
  h3 {
    margin: 1.25em 0 0.5em;
    font-size: 1.1em;
  }
  h4 {
    margin: 1em 0 0.4em;
    font-size: 1em;
    font-weight: 600;
  }
  h2:focus {
    outline: 2px solid var(--dw-focus);
    outline-offset: 2px;
  }
  .summary {
    margin: 0 0 1em;
    color: var(--dw-text-muted);
  }
  .number {
    display: inline-block;
    min-width: 1.5em;
    color: var(--dw-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .contents ol {
    margin: 0;
    padding-left: 1.75em;
    columns: 2 14em;
  }
  .contents a {
    color: var(--dw-focus);
  }
  .contents h2 {
    font-size: 1.1em;
  }
  .section {
    margin-top: 1.5em;
    padding-top: 1em;
    border-top: 1px solid var(--dw-border);
  }
  .widget {
    display: block;
    margin: 0.5em 0 1em;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 0.75em;
    margin: 0;
  }
  .figure {
    padding: 0.6em 0.8em;
    border-radius: 4px;
    background: var(--dw-surface);
  }
  .figure dt {
    color: var(--dw-text-muted);
  }
  .figure dd {
    margin: 0;
  }
  .figure .value {
    font-size: 1.35em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .figure .value.blank {
    font-size: 1em;
    font-weight: normal;
    color: var(--dw-text-muted);
  }
  .figure .source {
    font-size: 12px;
    color: var(--dw-text-muted);
  }
  .empty {
    margin: 0;
  }
  @media print {
    .contents a {
      color: inherit;
      text-decoration: none;
    }
    h1,
    h2,
    h3,
    h4 {
      break-after: avoid;
      page-break-after: avoid;
    }
    .figure,
    .scorecard,
    .widget {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .section.audit {
      break-before: page;
      page-break-before: always;
    }
  }
`;
