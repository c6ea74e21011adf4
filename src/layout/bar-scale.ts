/**
 * The linear scale every bar chart shares: from 0 (always in the domain, so a bar's length
 * is its value) to the largest value, reaching below 0 when a value is negative. A domain
 * of nothing but zeros is not a domain: d3's normalize maps it to the middle of the range,
 * which draws zeros as half-full bars. Here it becomes the nominal [0, 1] with `nominal`
 * set, so zeros sit at the baseline and the axis prints no invented tick values.
 */

export interface LinearScale {
  min: number;
  max: number;
  /** True when every value was 0 (or none was given): the domain [0, 1] means nothing. */
  nominal: boolean;
  /** Pixel position of a value. */
  x(value: number): number;
  /** Tick values, 1/2/5 × 10^k apart, each inside the domain (none when nominal). */
  ticks: number[];
}

/**
 * A scale over `values` (nulls ignored) onto `[x0, x1]`. `headroom` stretches the far end
 * (1.05: a bar reaching the maximum still ends short of the edge, and a marker there stays
 * whole). `tickCount` is how many ticks the caller has room for.
 */
export function linearScale(
  values: readonly (number | null | undefined)[],
  x0: number,
  x1: number,
  options: { headroom?: number; tickCount?: number } = {},
): LinearScale {
  const headroom = options.headroom ?? 1.05;
  let min = 0;
  let max = 0;
  for (const value of values) {
    if (value == null || !Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const nominal = min === 0 && max === 0;
  if (nominal) max = 1;
  else {
    max *= headroom;
    min *= headroom;
  }
  const span = max - min;
  const x = (value: number) => x0 + ((value - min) / span) * (x1 - x0);
  const ticks = nominal ? [] : niceTicks(min, max, Math.max(1, options.tickCount ?? 5));
  return { min, max, nominal, x, ticks };
}

/** Ticks 1, 2 or 5 × 10^k apart covering [min, max], about `count` of them, 0 included. */
export function niceTicks(min: number, max: number, count: number): number[] {
  const raw = (max - min) / count;
  if (!(raw > 0) || !Number.isFinite(raw)) return [0];
  const power = 10 ** Math.floor(Math.log10(raw));
  // The 1/2/5 step nearest the raw one (on a log scale), as d3's ticks choose it.
  const error = raw / power;
  const step = (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1) * power;
  const ticks: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step * 1e-9; value += step) {
    // Float steps (0.1 + 0.2): cut the noise so 0.30000000000000004 prints as 0.3.
    ticks.push(Number(value.toPrecision(12)));
  }
  return ticks;
}
