/**
 * Fiscal-year targets, set the way a budget office would: each year a little better than last
 * year's result, rounded to a number people can remember. The current year's target is placed
 * so that the latest value lands where the catalog's outlook says, which gives the demo its mix
 * of on-track, at-risk and off-track KPIs. A `sum` KPI's target is the fiscal-year total.
 */
import {
  fiscalYearOf,
  monthsPerPeriod,
  periodTarget,
  scoreOf,
  statusOf,
  type KpiStatus,
  type Target,
} from '@civicstat/shared';
import type { KpiDefinition, Outlook } from './catalog/types';
import { boundsOf, type Point } from './series';

export interface FiscalYearTarget {
  fiscalYear: number;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
}

/** How much better than last year's result next year's target asks for. */
const STRETCH = 0.02;
/** Near a ceiling such as 100%, a target asks to close this share of the remaining gap instead. */
const GAP_CLOSED = 0.3;

function periodsPerYear(kpi: KpiDefinition): number {
  return 12 / monthsPerPeriod[kpi.frequency];
}

/** The target one period is held to: a `sum` KPI's fiscal-year total is spread evenly. */
export function periodTargetOf(kpi: KpiDefinition, target: FiscalYearTarget): Target | null {
  const fiscalYearTarget =
    target.targetLow !== null && target.targetHigh !== null
      ? { low: target.targetLow, high: target.targetHigh }
      : target.target === null
        ? null
        : { value: target.target };
  return periodTarget({
    fiscalYearTarget,
    aggregation: kpi.aggregation,
    periodsInYear: periodsPerYear(kpi),
  });
}

/** One period's value on the scale of a target, by the KPI's aggregation. */
function perPeriodResult(kpi: KpiDefinition, points: readonly Point[]): number {
  const last = points[points.length - 1];
  if (!last) throw new Error(`${kpi.code}: no values to set a target from`);
  if (kpi.aggregation === 'last') return last.value;
  if (kpi.aggregation === 'ratio') {
    const numerator = points.reduce((sum, p) => sum + (p.numerator ?? 0), 0);
    const denominator = points.reduce((sum, p) => sum + (p.denominator ?? 0), 0);
    return numerator / denominator;
  }
  return points.reduce((sum, p) => sum + p.value, 0) / points.length;
}

/**
 * The roundest number that `accept` takes: tries steps of 5, 2 and 1 at each power of ten, from
 * coarse to fine (but never coarser than 5% of the ideal), and falls back to the ideal itself.
 */
export function roundTarget(ideal: number, accept: (candidate: number) => boolean): number {
  if (ideal === 0) return 0;
  const coarsest = 0.05 * Math.abs(ideal);
  const top = Math.floor(Math.log10(coarsest));
  for (let power = top; power >= top - 6; power -= 1) {
    for (const multiple of [5, 2, 1]) {
      const step = multiple * 10 ** power;
      if (step > coarsest) continue;
      const nearest = Math.round(ideal / step);
      for (const k of [nearest, nearest - 1, nearest + 1]) {
        const candidate = Number((k * step).toPrecision(12));
        if (candidate !== 0 && accept(candidate)) return candidate;
      }
    }
  }
  return Number(ideal.toPrecision(12));
}

/** The scores each outlook accepts for the latest value, relative to the KPI's tolerance. */
function scoreWindow(outlook: Outlook, tolerance: number): { low: number; high: number } {
  if (outlook === 'on_track') return { low: 1, high: 1 + 2 * tolerance };
  if (outlook === 'at_risk') return { low: 1 - 0.9 * tolerance, high: 1 - 0.1 * tolerance };
  return { low: (1 - tolerance) * 0.75, high: (1 - tolerance) * 0.97 };
}

function withinBounds(kpi: KpiDefinition, perPeriod: number): boolean {
  const { min, max } = boundsOf(kpi);
  return perPeriod > 0 && (min === null || perPeriod >= min) && (max === null || perPeriod <= max);
}

/** What a budget office asks of next year, per period: a little better than `result`. */
function stretched(kpi: KpiDefinition, result: number): number {
  const { min, max } = boundsOf(kpi);
  if (kpi.direction === 'decrease') return Math.max(min ?? 0, result * (1 - STRETCH));
  const wanted = result * (1 + STRETCH);
  if (max === null) return wanted;
  const target = Math.min(wanted, result + (max - result) * GAP_CLOSED);
  // Within a tenth of a point of the ceiling, the target is the ceiling: 100% of samples pass.
  return max - target <= 0.001 * max ? max : target;
}

/** Whether a rounded per-period target stays close to the one aimed at. */
function closeEnough(kpi: KpiDefinition, candidate: number, aim: number, slack: number): boolean {
  const { max } = boundsOf(kpi);
  const off = Math.abs(candidate - aim);
  if (off > slack * Math.abs(aim)) return false;
  // Near a ceiling, round within the remaining gap: 99.5% must become neither 100% nor 98%.
  return max === null || aim >= max || off <= (max - aim) / 2;
}

/** A fiscal-year target near `perPeriod`, rounded to within `slack` of it. */
function roundedTarget(kpi: KpiDefinition, perPeriod: number, slack: number): number {
  const scale = scaleOf(kpi);
  return roundTarget(
    perPeriod * scale,
    (c) => withinBounds(kpi, c / scale) && closeEnough(kpi, c / scale, perPeriod, slack),
  );
}

/** Per-period targets are fiscal-year targets divided by this: the periods in a year for `sum`. */
function scaleOf(kpi: KpiDefinition): number {
  return kpi.aggregation === 'sum' ? periodsPerYear(kpi) : 1;
}

/**
 * The current year's target: as close to the usual target (`natural`, per period) as it can be
 * while the latest value still scores inside the outlook's window.
 */
function outlookTarget(
  kpi: KpiDefinition,
  points: readonly Point[],
  natural: number | null,
): number {
  const latest = points[points.length - 1];
  if (!latest) throw new Error(`${kpi.code}: no values to set a target from`);
  const window = scoreWindow(kpi.outlook, kpi.tolerance ?? 0.05);
  // A latest value of 0 says nothing about scale: aim from the recent average instead.
  const recent = points.slice(-12);
  const basis = latest.value || recent.reduce((sum, p) => sum + p.value, 0) / recent.length;
  // Per-period targets that give the latest value a score inside the window.
  const [low, high] =
    kpi.direction === 'decrease'
      ? [basis * window.low, basis * window.high]
      : [basis / window.high, basis / window.low];
  const aim = Math.min(high, Math.max(low, natural ?? (low + high) / 2));
  const scale = scaleOf(kpi);
  return roundTarget(aim * scale, (candidate) => {
    if (!withinBounds(kpi, candidate / scale) || !closeEnough(kpi, candidate / scale, aim, 0.05)) {
      return false;
    }
    const target = { value: candidate / scale };
    const score = scoreOf({ direction: kpi.direction, actual: latest.value, target });
    return score >= window.low && score <= window.high;
  });
}

export function targetsFor(
  kpi: KpiDefinition,
  points: readonly Point[],
  currentFiscalYear: number,
  fiscalYearStartMonth: number,
): FiscalYearTarget[] {
  const first = points[0];
  if (!first) return [];
  const firstYear = fiscalYearOf(first.periodStart, fiscalYearStartMonth);
  const years = Array.from({ length: currentFiscalYear + 2 - firstYear }, (_, i) => firstYear + i);
  const { band } = kpi.series;
  if (kpi.direction === 'range') {
    if (!band) throw new Error(`${kpi.code}: a range KPI needs a band`);
    return years.map((fiscalYear) => ({
      fiscalYear,
      target: null,
      targetLow: band.low,
      targetHigh: band.high,
    }));
  }
  const pointsOf = (year: number) =>
    points.filter((p) => fiscalYearOf(p.periodStart, fiscalYearStartMonth) === year);
  const enough = kpi.frequency === 'monthly' ? 3 : 1;
  const resultOf = (year: number): number | null => {
    const inYear = pointsOf(year);
    return inYear.length >= enough ? perPeriodResult(kpi, inYear) : null;
  };
  const targets = years.slice(0, -2).map((fiscalYear) => {
    // A first year without a full year behind it is a baseline year, held to its own result.
    const result = resultOf(fiscalYear - 1) ?? perPeriodResult(kpi, pointsOf(fiscalYear));
    return single(fiscalYear, roundedTarget(kpi, stretched(kpi, result), 0.02));
  });
  // A KPI that has slipped keeps the target of its best recent year rather than last year's.
  const recentResults = [1, 2, 3]
    .map((back) => resultOf(currentFiscalYear - back))
    .filter((r): r is number => r !== null);
  const best = kpi.direction === 'decrease' ? Math.min : Math.max;
  const natural =
    recentResults.length === 0
      ? null
      : stretched(
          kpi,
          kpi.outlook === 'off_track' ? best(...recentResults) : (recentResults[0] as number),
        );
  const current = outlookTarget(kpi, points, natural);
  const next = roundedTarget(kpi, stretched(kpi, current / scaleOf(kpi)), 0.015);
  targets.push(single(currentFiscalYear, current), single(currentFiscalYear + 1, next));
  return targets;
}

function single(fiscalYear: number, target: number): FiscalYearTarget {
  return { fiscalYear, target, targetLow: null, targetHigh: null };
}

/** The status of each point against its fiscal year's target, for commentary. */
export function statusesOf(
  kpi: KpiDefinition,
  points: readonly Point[],
  targets: readonly FiscalYearTarget[],
  fiscalYearStartMonth: number,
): KpiStatus[] {
  const byYear = new Map(targets.map((t) => [t.fiscalYear, t]));
  return points.map((p) => {
    const target = byYear.get(fiscalYearOf(p.periodStart, fiscalYearStartMonth));
    return statusOf({
      direction: kpi.direction,
      actual: p.value,
      target: target ? periodTargetOf(kpi, target) : null,
      tolerance: kpi.tolerance ?? 0.05,
    });
  });
}
