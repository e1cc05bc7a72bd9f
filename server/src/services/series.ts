/**
 * A KPI's values over time, at its own frequency or combined into months, quarters or fiscal
 * years by the KPI's aggregation, each point with its target and status.
 */
import {
  fiscalYearRange,
  fiscalYearToDateTarget,
  fiscalYearToDateValue,
  periodStartOf,
  statsOf,
  statusOf,
  type KpiFrequency,
  type KpiSeries,
  type KpiSeriesQuery,
  type SeriesGranularity,
  type SeriesPoint,
} from '@civicstat/shared';
import { NotFoundError, ValidationError } from '../errors';
import { findKpiRules, type KpiRules } from '../queries/kpis';
import { listAllTargets, listMeasurements, type MeasurementRow } from '../queries/measurements';
import type { TargetRow } from '../queries/snapshots';
import { resolveAsOf } from './asOf';
import { visibleStates, type ReadContext } from './context';
import { FiscalCalendar } from './fiscalCalendar';
import { TargetBook } from './performance';

const EARLIEST = '1900-01-01';

const nativeGranularity: Record<KpiFrequency, SeriesGranularity> = {
  daily: 'day',
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'fy',
};
const fineness: Record<SeriesGranularity, number> = { day: 0, month: 1, quarter: 2, fy: 3 };
const bucketFrequency: Record<SeriesGranularity, KpiFrequency> = {
  day: 'daily',
  month: 'monthly',
  quarter: 'quarterly',
  fy: 'annual',
};

export async function readKpiSeries(
  context: ReadContext,
  id: number,
  query: KpiSeriesQuery,
): Promise<KpiSeries> {
  const fyStart = context.fiscalYearStartMonth;
  const asOf = resolveAsOf(query.fy, context.today, fyStart);
  const range = query.fy !== undefined ? fiscalYearRange(query.fy, fyStart) : undefined;
  const to = query.to ?? range?.end ?? asOf.date;
  const requestedFrom = query.from ?? range?.start;
  // One round trip for all three: the values and targets of a KPI the reader may not see are
  // dropped with the 404.
  const [kpi, rows, targets] = await Promise.all([
    findKpiRules(context.db, id, context.publicOnly),
    // With no start asked for, the series starts at the KPI's first value.
    listMeasurements(context.db, id, requestedFrom ?? EARLIEST, to, visibleStates(context)),
    listAllTargets(context.db, id) as Promise<TargetRow[]>,
  ]);
  if (!kpi) throw new NotFoundError(`There is no KPI ${id}.`);
  const native = nativeGranularity[kpi.frequency];
  const granularity = query.granularity ?? native;
  if (fineness[granularity] < fineness[native]) {
    throw new ValidationError(
      [
        {
          path: 'query.granularity',
          message: `must be ${native} or coarser for a ${kpi.frequency} KPI`,
        },
      ],
      `A ${kpi.frequency} KPI has no ${granularity} values.`,
    );
  }
  const from = requestedFrom ?? rows[0]?.period_start ?? asOf.fiscalYearStart;
  const book = new TargetBook(targets);
  const calendar = new FiscalCalendar(fyStart);
  const points =
    granularity === native
      ? rows.map((row) => singlePeriod(kpi, row, book, calendar))
      : combined(kpi, rows, granularity, book, calendar);
  return { kpiId: kpi.id, granularity, from, to, points };
}

function singlePeriod(
  kpi: KpiRules,
  row: MeasurementRow,
  book: TargetBook,
  calendar: FiscalCalendar,
): SeriesPoint {
  const target = book.forPeriod(kpi, row.period_start, calendar);
  return {
    periodStart: row.period_start,
    periodEnd: calendar.periodEndOf(row.period_start, kpi.frequency),
    fiscalYear: calendar.fiscalYearOf(row.period_start),
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    periods: 1,
    target,
    status: statusOf({
      direction: kpi.direction,
      actual: row.value,
      target,
      tolerance: kpi.tolerance,
    }),
    note: row.note,
  };
}

/** Months, quarters or fiscal years, each inside one fiscal year, combined by the KPI's aggregation. */
function combined(
  kpi: KpiRules,
  rows: MeasurementRow[],
  granularity: SeriesGranularity,
  book: TargetBook,
  calendar: FiscalCalendar,
): SeriesPoint[] {
  const fyStart = calendar.fiscalYearStartMonth;
  const frequency = bucketFrequency[granularity];
  const buckets = new Map<string, MeasurementRow[]>();
  for (const row of rows) {
    const start = periodStartOf(row.period_start, frequency, fyStart);
    const members = buckets.get(start);
    if (members) members.push(row);
    else buckets.set(start, [row]);
  }
  return [...buckets.entries()].map(([start, members]) => {
    const stats = statsOf(
      members.map((m) => ({
        periodStart: m.period_start,
        value: m.value,
        numerator: m.numerator,
        denominator: m.denominator,
      })),
    );
    const value = fiscalYearToDateValue(stats, kpi.aggregation) as number;
    const fiscalYear = calendar.fiscalYearOf(start);
    const perYear = calendar.periodsPerFiscalYear(fiscalYear, kpi.frequency);
    const last = members.at(-1) as MeasurementRow;
    // A sum's target covers the KPI's own periods from the year's start through the bucket's
    // last one, less those before the bucket: the bucket's share of the year.
    const upTo = calendar.periodIndexInFiscalYear(last.period_start, kpi.frequency) + 1;
    const before = calendar.periodIndexInFiscalYear(
      members[0]?.period_start ?? start,
      kpi.frequency,
    );
    const target = fiscalYearToDateTarget(
      book.forYear(kpi.id, fiscalYear),
      kpi.aggregation,
      upTo - before,
      perYear,
    );
    return {
      periodStart: start,
      periodEnd: calendar.periodEndOf(start, frequency),
      fiscalYear,
      value,
      numerator: stats.sumNumerator,
      denominator: stats.sumDenominator,
      periods: stats.count,
      target,
      status: statusOf({
        direction: kpi.direction,
        actual: value,
        target,
        tolerance: kpi.tolerance,
      }),
      note: '',
    };
  });
}
