/**
 * Styles of what the marks controller renders (components/base/marks-controller.ts): the
 * focusable chart surface, the tooltip, and bidi isolation of drawn text lines. The tooltip is a `popover="manual"` element shown
 * in the top layer; the popover's default look (centred, bordered, Canvas colours) is undone
 * here so it sits where `positionTooltip` puts it, in viewport coordinates. It lets the
 * pointer through (`pointer-events: none`), so it never steals its mark's hover. Each drawn
 * line of SVG text (a name, an amount) is its own bidi run (`unicode-bidi: isolate`): a name
 * with right-to-left letters or a stray U+202E cannot reorder the amount beside it.
 * (Comments stay out of the css`` text: it ships as written.)
 */
import { css } from 'lit';

export const markStyles = css`
  .chart {
    position: relative;
    -webkit-tap-highlight-color: transparent;
    width: 100%;
    outline: none;
    border-radius: 4px;
  }
  .chart:focus-visible {
    outline: 3px solid var(--dw-focus);
    outline-offset: 2px;
  }
  svg text tspan {
    unicode-bidi: isolate;
  }
  .tooltip {
    position: fixed;
    z-index: 10;
    inset: auto;
    left: 0;
    top: 0;
    margin: 0;
    overflow: visible;
    max-width: min(22em, calc(100vw - 16px));
    padding: 0.5em 0.75em;
    color: var(--dw-text);
    background: var(--dw-background);
    border: 1px solid var(--dw-border);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-size: 0.875em;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .title {
    font-weight: 600;
  }
  .tooltip .muted {
    color: var(--dw-text-muted);
  }
`;
