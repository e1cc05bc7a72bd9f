/**
 * Where a KPI's fiscal year is heading (DESIGN.md §3): a `sum` pro-rated from the periods so
 * far, anything else extended along its linear fit, with the status that value would have.
 */
import type { KpiAggregation, KpiDirection } from '../schemas/enums';
import type { Projection } from '../schemas/performance';
import { statusOf, type Target } from './status';
import { fitLine } from './trend';

export interface ProjectionPoint {
  /** 0-based position of the period in the fiscal year (periodIndexInFiscalYear). */
  index: number;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
}

export interface ProjectionInput {
  aggregation: KpiAggregation;
  direction: KpiDirection;
  tolerance?: number;
  /** This fiscal year's measurements, in period order. */
  points: readonly ProjectionPoint[];
  periodsInYear: number;
  fiscalYearTarget: Target | null;
  /** The KPI's possible values (0..1 for a percentage): fitted periods are kept inside them. */
  bounds?: { min?: number | null; max?: number | null };
}

function assertPoints(points: readonly ProjectionPoint[], periodsInYear: number): void {
  if (!(Number.isInteger(periodsInYear) && periodsInYear > 0)) {
    throw new RangeError(`periodsInYear must be a positive integer, got ${periodsInYear}`);
  }
  let previous = -1;
  for (const { index } of points) {
    if (!Number.isInteger(index) || index <= previous || index >= periodsInYear) {
      throw new RangeError(`period indexes must rise within 0..${periodsInYear - 1}, got ${index}`);
    }
    previous = index;
  }
}

/**
 * Σ numerator / Σ denominator over the year, as the year-to-date value is computed. The
 * remaining periods are assumed to see the average volume so far at their fitted rate, so a
 * finished year projects to its actual ratio. Null when a point lacks its parts.
 */
function projectedRatio(points: readonly ProjectionPoint[], remaining: number[]): number | null {
  let numerator = 0;
  let denominator = 0;
  for (const p of points) {
    if (p.numerator == null || p.denominator == null) return null;
    numerator += p.numerator;
    denominator += p.denominator;
  }
  const volume = denominator / points.length;
  for (const rate of remaining) {
    numerator += rate * volume;
    denominator += volume;
  }
  return denominator > 0 ? numerator / denominator : null;
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** The fiscal-year value the measurements so far point to, by the KPI's aggregation. */
function projectedValue(
  aggregation: KpiAggregation,
  points: readonly ProjectionPoint[],
  periodsInYear: number,
  bounds: ProjectionInput['bounds'] = {},
): number {
  const actual = points.map((p) => p.value);
  const lastIndex = points[points.length - 1]?.index ?? 0;
  const line = fitLine(points.map((p) => ({ x: p.index, y: p.value })));
  // A single point gives no slope: the year is assumed to carry on at that value.
  const fitted = (index: number) => (line ? line.intercept + line.slope * index : (actual[0] ?? 0));
  // A line runs on forever; a share cannot pass 100%, nor a count fall below zero.
  const at = (index: number) =>
    Math.min(bounds.max ?? Infinity, Math.max(bounds.min ?? -Infinity, fitted(index)));
  const remaining = Array.from({ length: periodsInYear - 1 - lastIndex }, (_, i) =>
    at(lastIndex + 1 + i),
  );
  switch (aggregation) {
    case 'sum':
      // Periods skipped so far count as nothing, like periods with nothing to report.
      return (actual.reduce((s, v) => s + v, 0) * periodsInYear) / (lastIndex + 1);
    case 'mean':
      return mean([...actual, ...remaining]);
    case 'ratio':
      return projectedRatio(points, remaining) ?? mean([...actual, ...remaining]);
    case 'last':
      // A finished year ends on what was measured, not on the fitted line through it.
      return remaining.length === 0 ? (actual[actual.length - 1] ?? 0) : at(periodsInYear - 1);
    case 'max':
      return Math.max(...actual, ...remaining);
    case 'min':
      return Math.min(...actual, ...remaining);
  }
}

/**
 * The projected fiscal-year value and its status against the year's target: null before the
 * first measurement.
 */
export function projectFiscalYearEnd({
  aggregation,
  direction,
  tolerance,
  points,
  periodsInYear,
  fiscalYearTarget,
  bounds,
}: ProjectionInput): Projection | null {
  assertPoints(points, periodsInYear);
  if (points.length === 0) return null;
  const value = projectedValue(aggregation, points, periodsInYear, bounds);
  return {
    value,
    status: statusOf({ direction, actual: value, target: fiscalYearTarget, tolerance }),
    method: aggregation === 'sum' ? 'pro_rated' : 'linear_fit',
  };
}
