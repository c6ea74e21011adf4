/**
 * Styles every widget shares: the theme's custom properties with their defaults (light,
 * dark by `prefers-color-scheme` or `theme="dark"`), the frame, error panel, toolbar,
 * data table, tooltip, and the print / forced-colors / reduced-motion adjustments.
 *
 * In print, `print-color-adjust: exact` (inherited by everything inside): swatches, panels
 * and hatches are colour, not decoration, and browsers drop backgrounds when printing. The
 * dark defaults are for screens only: paper is white, and with `exact` a dark theme (or a
 * reader's dark system preference) would otherwise print as a black slab with light text.
 * Document names can be one long run without a space (a Latin name, a URL, a code list):
 * `overflow-wrap: break-word` on the frame breaks such a word where it would stick out of
 * its line, and changes no element's size (unlike `anywhere`), so tables keep their numbers
 * whole and scroll in their wrap instead. In a data table (.table-wrap, which scrolls; not a
 * chart drawn as a table, which must shrink with a flex item) a row's name and every cell of
 * words keep 7em, a cell of sentences (a stated reason, a finding) 16em, so a long reason
 * reads as a paragraph instead of making every row a column of a few characters:
 * Chinese breaks between any two characters, so on a narrow screen the numbers (never
 * wrapped) would otherwise squeeze them to one character per line.
 * On paper a table row is never split across two pages (a flag under a project's name was
 * left alone on an otherwise blank page).
 * The drawing (`svg[part~="svg"]`) is laid out for the measured width but may shrink with its
 * box (max-width: 100%): at its fixed width it would hold a flex or grid item open, so the
 * column could never narrow, the observer never see a narrower width, and the chart would
 * stick out of a narrowed page (Chart.js #4156, ECharts' "chart does not shrink in flex").
 * The host fills its container's width (`width: stretch`) also where a block would shrink to
 * its content — a centred flex column, a grid with `justify-items: start`: there its width
 * came from its own text (a short summary sentence drew a 633 px chart in an 800 px column).
 * Inherited typography crosses the shadow root: a page's `text-transform: uppercase`,
 * `letter-spacing`, `text-indent`, `white-space: nowrap`, italics or a vertical writing mode
 * (竖排) would reach every label, which the layout measures without them (Highcharts and
 * ECharts users saw a theme's typography in chart labels and tooltips, and charts in a
 * vertical-rl column drawn sideways). The host resets each to its initial value (the `font`
 * shorthand resets style, weight, variant, stretch and kerning with size and family); a rule on the
 * element itself (`budget-sankey { letter-spacing: … }`) still wins over :host, so a page can
 * set one on purpose.
 * (Comments stay out of the css`` text: it ships as written.)
 */
import { css } from 'lit';

/** Dark defaults, used both for theme="dark" and for a dark system preference. */
const DARK = css`
  --dw-link-opacity: 0.55;
  --dw-text: #ececec;
  --dw-text-muted: #b4b4b4;
  --dw-background: #18181b;
  --dw-surface: #26262b;
  --dw-border: #55555c;
  --dw-focus: #7cc4ff;
  --dw-error: #ff8a80;
  --dw-warning: #ffcc66;
  --dw-palette-8: #bdbdbd;
  --dw-neutral: #9a9a9a;
`;

export const frameStyles = css`
  :host {
    --dw-font-family: system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC',
      'WenQuanYi Micro Hei', sans-serif;
    --dw-font-size: 14px;
    --dw-label-size: 12px;
    --dw-text: #1f1f1f;
    --dw-text-muted: #595959;
    --dw-background: #ffffff;
    --dw-surface: #f4f4f5;
    --dw-border: #c4c4c8;
    --dw-focus: #0b5cad;
    --dw-error: #b3261e;
    --dw-warning: #8a5300;
    /* Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
    --dw-palette-1: #0072b2;
    --dw-palette-2: #e69f00;
    --dw-palette-3: #009e73;
    --dw-palette-4: #cc79a7;
    --dw-palette-5: #56b4e9;
    --dw-palette-6: #d55e00;
    --dw-palette-7: #f0e442;
    --dw-palette-8: #000000;
    --dw-neutral: #8c8c8c;

    display: block;
    width: -webkit-fill-available;
    width: stretch;
    position: relative;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--dw-text);
    background: var(--dw-background);
    font: var(--dw-font-size) / 1.5 var(--dw-font-family);
    font-feature-settings: normal;
    font-variation-settings: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-align-last: auto;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    line-break: auto;
    hyphens: manual;
    writing-mode: horizontal-tb;
    list-style: disc outside none;
    cursor: auto;
  }
  :host([hidden]) {
    display: none;
  }
  @media not print {
    :host([theme='dark']) {
      ${DARK}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${DARK}
      }
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    overflow-wrap: break-word;
  }
  svg[part~='svg'] {
    max-width: 100%;
    height: auto;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .status,
  .empty {
    margin: 0;
    padding: 1em;
    color: var(--dw-text-muted);
    background: var(--dw-surface);
    border-radius: 4px;
  }
  .error {
    padding: 0.75em 1em;
    border: 2px solid var(--dw-error);
    border-radius: 4px;
    background: var(--dw-surface);
    overflow-wrap: anywhere;
  }
  .error h2 {
    margin: 0 0 0.25em;
    font-size: 1em;
    color: var(--dw-error);
  }
  .error ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .error code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  /* Option values that fell back to their default: small, but visible to whoever set them. */
  .option-note {
    margin: 0.25em 0 0;
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid var(--dw-warning);
    color: var(--dw-text-muted);
    font-size: max(12px, 0.8125em);
  }
  .option-note p {
    margin: 0;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: flex-end;
    margin: 0.25em 0;
  }
  .export-failure {
    flex-basis: 100%;
    margin: 0;
    text-align: end;
    color: var(--dw-error, #b00020);
  }
  button {
    font: inherit;
    font-size: 0.875em;
    min-height: 32px;
    padding: 0.2em 0.75em;
    color: var(--dw-text);
    background: var(--dw-surface);
    border: 1px solid var(--dw-border);
    border-radius: 4px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--dw-text-muted);
  }
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--dw-focus);
    outline-offset: 2px;
  }
  button[aria-expanded='true'],
  button[aria-pressed='true'] {
    border-color: var(--dw-focus);
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
    margin-top: 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25em 0;
    caption-side: top;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--dw-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  td.code {
    white-space: nowrap;
  }
  .table-wrap th[scope='row'],
  .table-wrap td:not(.num):not(.code) {
    min-width: 7em;
  }
  .table-wrap td.prose:not(.num):not(.code) {
    min-width: 16em;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
      --dw-text: #000;
      --dw-background: #fff;
      --dw-surface: #fff;
      --dw-border: #777;
    }
    .bar,
    .tooltip {
      display: none !important;
    }
    tr {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    button[aria-expanded='true'],
    button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
