/**
 * <budget-execution>'s own styles on top of the shared bar styles: an item whose budget the
 * text does not state is drawn muted (it has a 决算 and nothing to compare it with); in the
 * year-over-year view the light bar is last year. The 调整预算 tick (表5's 调整预算数) is muted
 * grey, dashed: the shared orange would sit on the orange of a bar over its budget.
 * (Comments stay out of the css`` text: it ships as written.)
 */
import { css } from 'lit';

export const executionStyles = css`
  :host {
    --dw-bar-previous: var(--dw-text-muted);
  }
  .status-notStated .front {
    fill: var(--dw-neutral);
  }
  .status-notStated .value,
  .status-finalBlank .value,
  .status-unbudgeted .value {
    fill: var(--dw-text-muted);
  }
  .status-unbudgeted .marker.zero {
    stroke: var(--dw-bar-over);
  }
`;
