/**
 * The SVG path of a sankey band's centre line: an S-curve from `source` to `target` whose two
 * control points sit halfway along the flow — the cubic Bézier of d3-shape's `linkHorizontal`
 * / `linkVertical` (curveBumpX / curveBumpY), with the same text (numbers rounded to 3
 * decimals, as d3-shape 3.2 prints them). Written out because those two functions pulled
 * ~3.2 KB of d3-shape and d3-path into every sankey bundle for one path command.
 * @example linkPath([0, 0], [100, 10], true) // 'M0,0C50,0,50,10,100,10'
 */
export function linkPath(source: readonly [number, number], target: readonly [number, number], horizontal: boolean): string {
  const [x0, y0] = source.map(digits3) as [number, number];
  const [x1, y1] = target.map(digits3) as [number, number];
  if (horizontal) {
    const middle = digits3((source[0] + target[0]) / 2);
    return `M${x0},${y0}C${middle},${y0},${middle},${y1},${x1},${y1}`;
  }
  const middle = digits3((source[1] + target[1]) / 2);
  return `M${x0},${y0}C${x0},${middle},${x1},${middle},${x1},${y1}`;
}

function digits3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
