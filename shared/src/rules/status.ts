/**
 * Score and status of one value against its target (DESIGN.md §3). A score of 1 or more meets
 * the target, as on CityScore-style public dashboards.
 */
import type { KpiAggregation, KpiDirection, KpiFrequency, KpiStatus } from '../schemas/enums';
import type { TargetValue } from '../schemas/kpi';
import { addDays, nextPeriodStart, periodEndOf } from './fiscal';
import { REPORTING_GRACE_DAYS } from './reporting';

export const DEFAULT_TOLERANCE = 0.05;

/** One target value, or the band a `range` KPI should stay inside (the API's TargetValue). */
export type Target = TargetValue;

export interface Assessment {
  direction: KpiDirection;
  actual: number;
  target: Target;
}

function assertFinite(name: string, value: number): void {
  if (!Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number, got ${value}`);
}

/** The band a target describes: a single value is a band of width 0. Refuses a reversed band. */
export function bandOf(target: Target): { low: number; high: number } {
  if ('value' in target) {
    assertFinite('target', target.value);
    return { low: target.value, high: target.value };
  }
  assertFinite('target low', target.low);
  assertFinite('target high', target.high);
  if (target.low > target.high) {
    throw new RangeError(`a target range needs low <= high, got ${target.low}..${target.high}`);
  }
  return target;
}

function valueOf(target: Target, direction: KpiDirection): number {
  if ('value' in target) return target.value;
  throw new RangeError(
    `a target range applies to a range KPI, not to one whose direction is ${direction}`,
  );
}

/**
 * `achieved / expected` where more is better. Below a negative reference the ratio would
 * reward going the wrong way, so the relative gap is measured instead; above zero both agree.
 */
function ratioScore(achieved: number, expected: number): number {
  if (expected > 0) return achieved / expected;
  return 1 + (achieved - expected) / Math.abs(expected);
}

/** How far outside the band a value lies (0 inside) and the width tolerance is measured on. */
function rangeGap(actual: number, target: Target): { distance: number; width: number } {
  const { low, high } = bandOf(target);
  const distance = actual < low ? low - actual : actual > high ? actual - high : 0;
  return { distance, width: high > low ? high - low : Math.abs(low) };
}

/**
 * The score of a value: 1 or more meets the target. A comparison made directly (a target of 0,
 * or an actual of 0 for `decrease`) scores 1 when met and 0 when missed. For `range`, 1 inside
 * the band and 1 − distance / width outside it.
 */
export function scoreOf({ direction, actual, target }: Assessment): number {
  assertFinite('actual', actual);
  if (direction === 'range') {
    const { distance, width } = rangeGap(actual, target);
    if (distance === 0) return 1;
    return width === 0 ? 0 : 1 - distance / width;
  }
  const expected = valueOf(target, direction);
  assertFinite('target', expected);
  if (direction === 'increase') {
    if (expected === 0) return actual >= 0 ? 1 : 0;
    return ratioScore(actual, expected);
  }
  if (expected === 0) return actual <= 0 ? 1 : 0;
  // Nothing happened (no fires, no overflows): that meets any target of zero or more.
  if (actual === 0) return expected >= 0 ? 1 : 0;
  return ratioScore(expected, actual);
}

export interface StatusInput {
  direction: KpiDirection;
  /** Null or undefined when the period has no measurement. */
  actual: number | null | undefined;
  /** Null or undefined when no target applies to the period. */
  target: Target | null | undefined;
  /** The share below target still counted as at risk rather than off track. */
  tolerance?: number;
}

/**
 * On track when the target is met; at risk when short of it by at most the tolerance; off track
 * otherwise. A missing measurement outranks a missing target: there is nothing to compare.
 */
export function statusOf({
  direction,
  actual,
  target,
  tolerance = DEFAULT_TOLERANCE,
}: StatusInput): KpiStatus {
  if (!(tolerance >= 0 && tolerance < 1)) {
    throw new RangeError(`tolerance must be in [0, 1), got ${tolerance}`);
  }
  if (actual === null || actual === undefined) return 'no_data';
  if (target === null || target === undefined) return 'no_target';
  if (direction === 'range') {
    assertFinite('actual', actual);
    const { distance, width } = rangeGap(actual, target);
    if (distance === 0) return 'on_track';
    // Compared on the distance itself, so a value exactly on the tolerance edge stays at risk.
    return distance <= tolerance * width ? 'at_risk' : 'off_track';
  }
  const score = scoreOf({ direction, actual, target });
  if (score >= 1) return 'on_track';
  return score >= 1 - tolerance ? 'at_risk' : 'off_track';
}

export interface StaleInput {
  /** The latest period with a measurement; null or undefined when there is none. */
  latestPeriodStart: string | null | undefined;
  frequency: KpiFrequency;
  /** The city's "today". */
  asOf: string;
  fiscalYearStartMonth?: number;
  /** How long after a period ends its figure may still be in preparation. */
  graceDays?: number;
}

/**
 * Whether a KPI's figures have stopped arriving: the period after the latest reported one ended
 * more than `graceDays` before `asOf`, so its figure is overdue. A KPI with no measurement at
 * all is `no_data`, not stale.
 */
export function isStale({
  latestPeriodStart,
  frequency,
  asOf,
  fiscalYearStartMonth = 7,
  graceDays = REPORTING_GRACE_DAYS,
}: StaleInput): boolean {
  if (!(Number.isInteger(graceDays) && graceDays >= 0)) {
    throw new RangeError(`graceDays must be a whole number of days >= 0, got ${graceDays}`);
  }
  if (latestPeriodStart === null || latestPeriodStart === undefined) return false;
  const next = nextPeriodStart(latestPeriodStart, frequency, fiscalYearStartMonth);
  const due = addDays(periodEndOf(next, frequency, fiscalYearStartMonth), graceDays);
  // Checks asOf's format too: a string comparison alone would accept anything.
  return addDays(asOf, 0) > due;
}

/**
 * A target times `share` / `of`, on its value or both bounds of its band. Multiplying first
 * matches `target / periods` to the last digit, which `target * (1 / periods)` does not (5/12).
 */
export function scaleTarget(target: Target, share: number, of = 1): Target {
  // (x × n) / n can miss x by one unit in the last place: a whole share is the target itself.
  if (share === of) return target;
  if ('value' in target) return { value: (target.value * share) / of };
  return { low: (target.low * share) / of, high: (target.high * share) / of };
}

export interface PeriodTargetInput {
  /** The target set for the fiscal year the period belongs to. */
  fiscalYearTarget: Target | null | undefined;
  /** A target set for this one period, which replaces the year's as it stands. */
  override?: Target | null;
  aggregation: KpiAggregation;
  /** How many periods of the KPI's frequency the fiscal year has (periodsPerFiscalYear). */
  periodsInYear: number;
}

/**
 * The target one period is held to. A `sum` KPI's fiscal-year target is the year's total, so
 * one period is held to an even share of it; any other aggregation's target applies to every
 * period as it is. An override is already per period and is never divided.
 */
export function periodTarget({
  fiscalYearTarget,
  override,
  aggregation,
  periodsInYear,
}: PeriodTargetInput): Target | null {
  if (!(Number.isInteger(periodsInYear) && periodsInYear > 0)) {
    throw new RangeError(`periodsInYear must be a positive integer, got ${periodsInYear}`);
  }
  if (override) return override;
  if (!fiscalYearTarget) return null;
  return aggregation === 'sum' ? scaleTarget(fiscalYearTarget, 1, periodsInYear) : fiscalYearTarget;
}
