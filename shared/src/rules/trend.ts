/**
 * Direction of travel (DESIGN.md §3): a least-squares trend over the latest periods, labelled
 * against the KPI's direction, and the change from the same period a year earlier.
 */
import type { KpiDirection } from '../schemas/enums';
import type { Trend, YearOverYear } from '../schemas/performance';
import { bandOf, type Target } from './status';

export const DEFAULT_TREND_PERIODS = 6;
export const DEFAULT_FLAT_THRESHOLD = 0.02;
/** Keeps the relative change finite when the values average 0 (a KPI inside its band). */
const TINY = 1e-9;

export interface FittedLine {
  slope: number;
  intercept: number;
}

/** The least-squares line through points; null unless at least two distinct x values. */
export function fitLine(points: ReadonlyArray<{ x: number; y: number }>): FittedLine | null {
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new RangeError(`a trend needs finite numbers, got (${x}, ${y})`);
    }
  }
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const { x, y } of points) {
    sxx += (x - meanX) ** 2;
    // Σ(x − x̄)·y equals Σ(x − x̄)(y − ȳ), and adding a constant to every y leaves it unchanged.
    sxy += (x - meanX) * y;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** The least-squares line through values taken at x = 0, 1, …, n − 1. */
export function leastSquares(values: readonly number[]): FittedLine | null {
  return fitLine(values.map((y, x) => ({ x, y })));
}

export interface TrendOptions {
  /** How many of the latest periods the trend is fitted on (default 6). */
  periods?: number;
  /** The band a `range` KPI should stay inside; without one a range KPI's trend is flat. */
  target?: Target | null;
  /** A change over the window smaller than this share of the mean counts as flat (default 2%). */
  flatThreshold?: number;
}

/** How far outside the band a value lies: 0 inside it. */
function distanceToBand(value: number, target: Target): number {
  const { low, high } = bandOf(target);
  return value < low ? low - value : value > high ? value - high : 0;
}

/**
 * The trend of a KPI's latest values (oldest first): null with fewer than 3. The fitted change
 * over the window, relative to the window's mean, is flat below the threshold, and otherwise
 * improving or worsening as the direction says. A `range` KPI improves as its distance to the
 * band shrinks, so its trend is fitted on that distance; the slope reported is that distance's.
 */
export function trendOf(
  values: readonly number[],
  direction: KpiDirection,
  options: TrendOptions = {},
): Trend | null {
  const {
    periods = DEFAULT_TREND_PERIODS,
    target = null,
    flatThreshold = DEFAULT_FLAT_THRESHOLD,
  } = options;
  if (!(Number.isInteger(periods) && periods >= 3)) {
    throw new RangeError(`a trend needs a window of at least 3 periods, got ${periods}`);
  }
  if (!(flatThreshold >= 0)) {
    throw new RangeError(`flatThreshold must be >= 0, got ${flatThreshold}`);
  }
  const window = values.slice(-periods);
  if (window.length < 3) return null;
  const series =
    direction === 'range' && target ? window.map((v) => distanceToBand(v, target)) : window;
  const line = leastSquares(series);
  if (!line) return null;
  const { slope } = line;
  // Without a band there is no "better" for a range KPI: report how it moves, call it flat.
  if (direction === 'range' && !target) return { label: 'flat', slope };
  const mean = series.reduce((s, v) => s + v, 0) / series.length;
  const relative = (slope * (series.length - 1)) / Math.max(Math.abs(mean), TINY);
  if (Math.abs(relative) < flatThreshold) return { label: 'flat', slope };
  const rising = relative > 0;
  // Rising is good only for `increase`; for `decrease` and a range's distance, falling is.
  const improving = direction === 'increase' ? rising : !rising;
  return { label: improving ? 'improving' : 'worsening', slope };
}

/**
 * The change from the same period a year earlier: null unless both values exist. The share is
 * taken of last year's size (its absolute value), so a rise reads as a rise even below zero; it
 * is null when last year was 0, or so near it that the share would overflow.
 */
export function yearOverYear(current: number | null, previous: number | null): YearOverYear | null {
  if (current === null || previous === null) return null;
  const change = current - previous;
  const share = previous === 0 ? null : change / Math.abs(previous);
  return { change, changeShare: share !== null && Number.isFinite(share) ? share : null };
}
