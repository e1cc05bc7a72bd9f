/**
 * How KPIs are doing: SQL gathers each KPI's recent values, fiscal-year statistics and targets
 * in one statement (queries/snapshots.ts); the shared rules turn them into status, FYTD and trend.
 */
import {
  fiscalYearToDateTarget,
  fiscalYearToDateValue,
  periodTarget,
  statusOf,
  trendOf,
  yearOverYear,
  type KpiPerformance,
  type KpiStatus,
  type TargetValue,
} from '@civicstat/shared';
import type { Db } from '../db/database';
import type { KpiFilter, KpiListOptions, KpiRow } from '../queries/kpis';
import {
  loadSnapshots,
  loadStatusInputs,
  loadTargets,
  type KpiStatusRow,
  type SnapshotRow,
  type TargetRow,
} from '../queries/snapshots';
import type { AsOf } from './asOf';
import { FiscalCalendar } from './fiscalCalendar';

const SPARKLINE_POINTS = 12;

export function targetOfRow(
  row: Pick<TargetRow, 'target' | 'target_low' | 'target_high'>,
): TargetValue | null {
  if (row.target !== null) return { value: row.target };
  if (row.target_low !== null && row.target_high !== null)
    return { low: row.target_low, high: row.target_high };
  return null;
}

/** Targets by KPI, fiscal year and period override, for quick lookup. */
export class TargetBook {
  private readonly yearly = new Map<string, TargetValue>();
  private readonly overrides = new Map<string, TargetValue>();

  constructor(rows: TargetRow[]) {
    for (const row of rows) {
      const target = targetOfRow(row);
      if (!target) continue;
      if (row.period_start === null) this.yearly.set(`${row.kpi_id}:${row.fiscal_year}`, target);
      else this.overrides.set(`${row.kpi_id}:${row.period_start}`, target);
    }
  }

  forYear(kpiId: number, fiscalYear: number): TargetValue | null {
    return this.yearly.get(`${kpiId}:${fiscalYear}`) ?? null;
  }

  /** The target one period is held to (a sum KPI's year target is shared out among its periods). */
  forPeriod(
    kpi: Pick<KpiRow, 'id' | 'aggregation' | 'frequency'>,
    periodStart: string,
    calendar: FiscalCalendar,
  ): TargetValue | null {
    const fiscalYear = calendar.fiscalYearOf(periodStart);
    return periodTarget({
      fiscalYearTarget: this.forYear(kpi.id, fiscalYear),
      override: this.overrides.get(`${kpi.id}:${periodStart}`) ?? null,
      aggregation: kpi.aggregation,
      periodsInYear: calendar.periodsPerFiscalYear(fiscalYear, kpi.frequency),
    });
  }
}

export function performanceOf(
  kpi: KpiRow,
  snapshot: SnapshotRow | undefined,
  targets: TargetBook,
  asOf: AsOf,
  calendar: FiscalCalendar,
): KpiPerformance {
  const recent = snapshot?.recent ?? [];
  const latestPoint = recent.at(-1);
  const latestTarget = latestPoint
    ? targets.forPeriod(kpi, latestPoint.periodStart, calendar)
    : null;
  const yearTarget = targets.forYear(kpi.id, asOf.fiscalYear);
  const stats = {
    count: snapshot?.fy_count ?? 0,
    sum: snapshot?.fy_sum ?? 0,
    sumNumerator: snapshot?.fy_sum_numerator ?? null,
    sumDenominator: snapshot?.fy_sum_denominator ?? null,
    min: snapshot?.fy_min ?? null,
    max: snapshot?.fy_max ?? null,
    last: snapshot?.fy_last ?? null,
  };
  const fytdValue = fiscalYearToDateValue(stats, kpi.aggregation);
  const elapsedPeriods = snapshot?.fy_last_period
    ? calendar.periodIndexInFiscalYear(snapshot.fy_last_period, kpi.frequency) + 1
    : 0;
  const fytdTarget = fiscalYearToDateTarget(
    yearTarget,
    kpi.aggregation,
    elapsedPeriods,
    calendar.periodsPerFiscalYear(asOf.fiscalYear, kpi.frequency),
  );
  const assess = (actual: number | null | undefined, target: TargetValue | null) =>
    statusOf({ direction: kpi.direction, actual, target, tolerance: kpi.tolerance });

  return {
    status: assess(latestPoint?.value, latestTarget),
    stale: calendar.isStale(latestPoint?.periodStart ?? null, kpi.frequency, asOf.date),
    latest: latestPoint ? { ...latestPoint, target: latestTarget } : null,
    fiscalYearToDate: {
      fiscalYear: asOf.fiscalYear,
      value: fytdValue,
      target: fytdTarget,
      status: assess(fytdValue, fytdTarget),
      periods: stats.count,
    },
    trend: trendOf(
      recent.map((p) => p.value),
      kpi.direction,
      { target: latestTarget ?? yearTarget },
    ),
    yearOverYear: yearOverYear(latestPoint?.value ?? null, snapshot?.year_before_value ?? null),
    sparkline: recent,
  };
}

/** Performance of many KPIs with one statement, whatever their number. */
export async function performanceOfKpis(
  db: Db,
  kpis: KpiRow[],
  asOf: AsOf,
  fiscalYearStartMonth: number,
  states: readonly string[],
): Promise<Map<number, KpiPerformance>> {
  const snapshots = await loadSnapshots(
    db,
    kpis.map((k) => k.id),
    {
      asOf: asOf.date,
      fiscalYearStart: asOf.fiscalYearStart,
      fiscalYear: asOf.fiscalYear,
      recentPoints: SPARKLINE_POINTS,
      states,
    },
  );
  const targets = new TargetBook([...snapshots.values()].flatMap((snapshot) => snapshot.targets));
  const calendar = new FiscalCalendar(fiscalYearStartMonth);
  return new Map(
    kpis.map((kpi) => [kpi.id, performanceOf(kpi, snapshots.get(kpi.id), targets, asOf, calendar)]),
  );
}

/**
 * Only the status of many KPIs (their latest period against its target): what roll-ups of a
 * whole plan, every department or every dashboard need, at a fraction of the full reading. Two
 * statements: the KPIs with their latest values, then the targets of those values' fiscal years.
 */
export async function statusesOfKpis(
  db: Db,
  filter: KpiFilter,
  asOf: AsOf,
  fiscalYearStartMonth: number,
  states: readonly string[],
  order: Pick<KpiListOptions, 'sort' | 'order'> = {},
): Promise<{ rows: KpiStatusRow[]; status: Map<number, KpiStatus> }> {
  const rows = await loadStatusInputs(db, filter, { asOf: asOf.date, states }, order);
  const calendar = new FiscalCalendar(fiscalYearStartMonth);
  const years = new Set<number>();
  for (const row of rows) {
    if (row.latest_period !== null) years.add(calendar.fiscalYearOf(row.latest_period));
  }
  const targets = new TargetBook(
    await loadTargets(
      db,
      rows.map((row) => row.id),
      [...years],
    ),
  );
  const status = new Map(
    rows.map((row) => {
      const target =
        row.latest_period === null ? null : targets.forPeriod(row, row.latest_period, calendar);
      return [
        row.id,
        statusOf({
          direction: row.direction,
          actual: row.latest_value,
          target,
          tolerance: row.tolerance,
        }),
      ];
    }),
  );
  return { rows, status };
}
