/** How KPIs are doing beyond one period's status: trend, year over year, projection, roll-ups. */
import { z } from 'zod';
import { KpiStatus } from './enums';

/** Improving or worsening relative to the KPI's direction, not merely up or down. */
export const trendLabels = ['improving', 'worsening', 'flat'] as const;
export const TrendLabel = z.enum(trendLabels);
export type TrendLabel = z.infer<typeof TrendLabel>;

export const Trend = z.object({
  label: TrendLabel,
  /** Least-squares change per period, in the KPI's unit (for `range`, of the distance to the band). */
  slope: z.number(),
});
export type Trend = z.infer<typeof Trend>;

export const YearOverYear = z.object({
  /** This period's value minus the same period's a year earlier. */
  change: z.number(),
  /** The change as a share of last year's value; null when last year's value was 0. */
  changeShare: z.number().nullable(),
});
export type YearOverYear = z.infer<typeof YearOverYear>;

export const projectionMethods = ['pro_rated', 'linear_fit'] as const;
export const ProjectionMethod = z.enum(projectionMethods);
export type ProjectionMethod = z.infer<typeof ProjectionMethod>;

/** Where the fiscal year is heading, and the status that value would have against the FY target. */
export const Projection = z.object({
  value: z.number(),
  status: KpiStatus,
  method: ProjectionMethod,
});
export type Projection = z.infer<typeof Projection>;

/** How many KPIs have each status: every status is present, with 0 when none has it. */
export const StatusCounts = z.record(KpiStatus, z.number().int().nonnegative());
export type StatusCounts = z.infer<typeof StatusCounts>;

/** An objective's, goal's, department's or dashboard's KPIs taken together, with no weights. */
export const RollUp = z.object({
  total: z.number().int().nonnegative(),
  counts: StatusCounts,
  /** on track / (on track + at risk + off track); null when no KPI has one of those statuses. */
  shareOnTrack: z.number().min(0).max(1).nullable(),
  /** The ids of the off-track KPIs, in the order they were given. */
  offTrack: z.array(z.number().int()),
});
export type RollUp = z.infer<typeof RollUp>;
