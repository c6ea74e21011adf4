/**
 * <three-public-costs>' own styles on top of the shared bar styles: the all-zero headline,
 * the 合计 row in bold, rows with an audit finding marked in the warning colour, and blank
 * cells muted (the words "空白" carry the meaning; the colour only supports them), and the
 * related rows (会议费, 培训费: not 三公) in the muted text colour, softened toward the background
 * (still 3:1 against it, light and dark), their heading saying why.
 * (Comments stay out of the css`` text: it ships as written.)
 */
import { css } from 'lit';

export const costStyles = css`
  .headline {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .total .label {
    font-weight: 600;
  }
  .audit .value {
    fill: var(--dw-warning);
  }
  .related .front {
    fill: color-mix(in srgb, var(--dw-text-muted) 70%, var(--dw-background));
  }
  .related .back {
    fill: color-mix(in srgb, var(--dw-text-muted) 24%, var(--dw-background));
    stroke: var(--dw-text-muted);
  }
  tr.group th {
    text-align: start;
    font-weight: 600;
  }
`;
