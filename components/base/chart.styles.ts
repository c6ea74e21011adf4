/**
 * The drawn chart's <svg>, as every SVG widget (sankey, pie, bars) lays it out: a block that
 * fills at most its container, scales its height with it, lets halos and leader lines reach
 * past its box, takes the widget's font, and keeps taps from double-tap zooming.
 */
import { css } from 'lit';

export const chartStyles = css`
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-family: var(--dw-font-family);
    touch-action: manipulation;
  }
`;
