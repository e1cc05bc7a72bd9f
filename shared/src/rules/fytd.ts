/**
 * Fiscal year to date (DESIGN.md §3): one KPI's measurements of the year so far, combined by its
 * aggregation. The server sums in SQL and combines here, so both work from the same statistics.
 */
import type { KpiAggregation } from '../schemas/enums';
import { scaleTarget, type Target } from './status';

/**
 * What SQL returns per KPI for the year to date: `count(*)`, `coalesce(sum(value), 0)`,
 * `sum(numerator)`, `sum(denominator)`, `min(value)`, `max(value)` and the latest period's value.
 * Nulls follow SQL: a sum over no non-null numerators is null, and so are min, max and last of
 * no rows.
 */
export interface MeasurementStats {
  count: number;
  sum: number;
  sumNumerator: number | null;
  sumDenominator: number | null;
  min: number | null;
  max: number | null;
  last: number | null;
}

export interface MeasurementPoint {
  periodStart: string;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
}

/** Adds a part to a running sum the way SQL's `sum` does: nulls are skipped, not zeros. */
function plus(total: number | null, part: number | null | undefined): number | null {
  if (part === null || part === undefined) return total;
  return (total ?? 0) + part;
}

/** The statistics of a list of measurements, in any order, as SQL would compute them. */
export function statsOf(points: readonly MeasurementPoint[]): MeasurementStats {
  const stats: MeasurementStats = {
    count: 0,
    sum: 0,
    sumNumerator: null,
    sumDenominator: null,
    min: null,
    max: null,
    last: null,
  };
  const seen = new Set<string>();
  let latest = '';
  for (const point of points) {
    // The database holds one measurement per KPI and period; two would make `last` ambiguous.
    if (seen.has(point.periodStart)) {
      throw new RangeError(`two measurements for the period starting ${point.periodStart}`);
    }
    seen.add(point.periodStart);
    stats.count += 1;
    stats.sum += point.value;
    stats.sumNumerator = plus(stats.sumNumerator, point.numerator);
    stats.sumDenominator = plus(stats.sumDenominator, point.denominator);
    stats.min = stats.min === null ? point.value : Math.min(stats.min, point.value);
    stats.max = stats.max === null ? point.value : Math.max(stats.max, point.value);
    if (point.periodStart > latest) {
      latest = point.periodStart;
      stats.last = point.value;
    }
  }
  return stats;
}

/**
 * The year-to-date value of a KPI: null with no measurement. A ratio is Σ numerator / Σ
 * denominator, never the mean of the periods' ratios, so a busy month weighs more than a quiet
 * one; with no denominator to divide by it is null.
 */
export function fiscalYearToDateValue(
  stats: MeasurementStats,
  aggregation: KpiAggregation,
): number | null {
  if (stats.count === 0) return null;
  switch (aggregation) {
    case 'sum':
      return stats.sum;
    case 'mean':
      return stats.sum / stats.count;
    case 'ratio':
      if (stats.sumNumerator === null || !stats.sumDenominator) return null;
      return stats.sumNumerator / stats.sumDenominator;
    case 'last':
      return stats.last;
    case 'max':
      return stats.max;
    case 'min':
      return stats.min;
  }
}

/**
 * The target the year-to-date value is held to. A `sum` KPI's target is the year's total, so
 * after `elapsedPeriods` of `periodsInYear` it is held to that share of it (both bounds of a
 * band); the other aggregations are already on a per-period scale and keep the year's target.
 */
export function fiscalYearToDateTarget(
  fyTarget: Target | null,
  aggregation: KpiAggregation,
  elapsedPeriods: number,
  periodsInYear: number,
): Target | null {
  if (!(Number.isInteger(periodsInYear) && periodsInYear > 0)) {
    throw new RangeError(`periodsInYear must be a positive integer, got ${periodsInYear}`);
  }
  if (!(elapsedPeriods >= 0 && elapsedPeriods <= periodsInYear)) {
    throw new RangeError(`elapsedPeriods must be in 0..${periodsInYear}, got ${elapsedPeriods}`);
  }
  if (fyTarget === null) return null;
  return aggregation === 'sum' ? scaleTarget(fyTarget, elapsedPeriods, periodsInYear) : fyTarget;
}
