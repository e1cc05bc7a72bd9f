/** KPIs as the read API serves them: definition, where they sit in the plan, how they are doing. */
import { z } from 'zod';
import { IsoDate } from './common';
import { DisplayFormat, KpiAggregation, KpiDirection, KpiFrequency, KpiStatus } from './enums';
import { Projection, Trend, YearOverYear } from './performance';

/** One target value, or the band a `range` KPI should stay inside. */
export const TargetValue = z.union([
  z.object({ value: z.number() }),
  z.object({ low: z.number(), high: z.number() }),
]);
export type TargetValue = z.infer<typeof TargetValue>;

export const DepartmentRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export const ObjectiveRef = z.object({
  id: z.number().int(),
  number: z.number().int(),
  title: z.string(),
});
export const GoalRef = z.object({
  id: z.number().int(),
  number: z.number().int(),
  title: z.string(),
});

export const SparklinePoint = z.object({ periodStart: IsoDate, value: z.number() });

/** How a KPI is doing as of a date: the latest period, the fiscal year to date, the direction of travel. */
export const KpiPerformance = z.object({
  /** Status of the latest period against its target. */
  status: KpiStatus,
  /** The latest period is older than the KPI's frequency plus a grace period. */
  stale: z.boolean(),
  latest: z
    .object({ periodStart: IsoDate, value: z.number(), target: TargetValue.nullable() })
    .nullable(),
  fiscalYearToDate: z.object({
    fiscalYear: z.number().int(),
    value: z.number().nullable(),
    target: TargetValue.nullable(),
    status: KpiStatus,
    periods: z.number().int(),
  }),
  trend: Trend.nullable(),
  yearOverYear: YearOverYear.nullable(),
  sparkline: z.array(SparklinePoint),
});
export type KpiPerformance = z.infer<typeof KpiPerformance>;

export const KpiSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  displayFormat: DisplayFormat,
  direction: KpiDirection,
  frequency: KpiFrequency,
  aggregation: KpiAggregation,
  tolerance: z.number(),
  isPublic: z.boolean(),
  department: DepartmentRef,
  objective: ObjectiveRef.nullable(),
  goal: GoalRef.nullable(),
  performance: KpiPerformance,
});
export type KpiSummary = z.infer<typeof KpiSummary>;

export const FiscalYearTarget = z.object({
  fiscalYear: z.number().int(),
  target: TargetValue,
  /** Targets set for single periods of that year, overriding the year's. */
  periodOverrides: z.array(z.object({ periodStart: IsoDate, target: TargetValue })),
});

export const Annotation = z.object({
  id: z.number().int(),
  /** Null for a city-wide event. */
  kpiId: z.number().int().nullable(),
  date: IsoDate,
  label: z.string(),
  description: z.string(),
});
export type Annotation = z.infer<typeof Annotation>;

export const KpiDetail = KpiSummary.extend({
  description: z.string(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  dataSource: z.string(),
  methodology: z.string(),
  owner: z.string(),
  version: z.number().int(),
  archived: z.boolean(),
  asOf: IsoDate,
  targets: z.array(FiscalYearTarget),
  projection: Projection.nullable(),
  annotations: z.array(Annotation),
});
export type KpiDetail = z.infer<typeof KpiDetail>;

export const seriesGranularities = ['day', 'month', 'quarter', 'fy'] as const;
export const SeriesGranularity = z.enum(seriesGranularities);
export type SeriesGranularity = z.infer<typeof SeriesGranularity>;

export const SeriesPoint = z.object({
  periodStart: IsoDate,
  periodEnd: IsoDate,
  fiscalYear: z.number().int(),
  value: z.number(),
  /** Ratio KPIs: the sums behind the value. */
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** How many of the KPI's own periods this point combines. */
  periods: z.number().int(),
  target: TargetValue.nullable(),
  status: KpiStatus,
  /** The commentary of the period (single periods only). */
  note: z.string(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const KpiSeries = z.object({
  kpiId: z.number().int(),
  granularity: SeriesGranularity,
  from: IsoDate,
  to: IsoDate,
  points: z.array(SeriesPoint),
});
export type KpiSeries = z.infer<typeof KpiSeries>;

export const Page = z.object({
  limit: z.number().int(),
  offset: z.number().int(),
  total: z.number().int(),
});

export const KpiList = z.object({ data: z.array(KpiSummary), page: Page, asOf: IsoDate });
export type KpiList = z.infer<typeof KpiList>;
