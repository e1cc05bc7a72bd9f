/**
 * Setting a KPI's targets: one fiscal year's (or one period's override) at a time, or many KPIs'
 * for one fiscal year at once. A target is a value, or a band (low..high) for a `range` KPI.
 */
import { z } from 'zod';
import { IsoDate } from './common';
import { Measure, RefId, VersionField } from './fields';
import { Page, TargetValue } from './kpi';
import { FiscalYearParam, IdParams } from './queries';

interface TargetFields {
  target?: number;
  low?: number;
  high?: number;
}

/** Either `target`, or both `low` and `high` with low ≤ high: each mistake named by its field. */
function checkTargetShape(value: TargetFields, ctx: z.RefinementCtx): void {
  const hasBand = value.low !== undefined || value.high !== undefined;
  if (value.target === undefined && !hasBand) {
    ctx.addIssue({
      code: 'custom',
      path: ['target'],
      message: 'is required: send target, or low and high for a range KPI',
    });
  } else if (value.target !== undefined && hasBand) {
    ctx.addIssue({
      code: 'custom',
      path: ['target'],
      message: 'send either target or low and high, not both',
    });
  } else if (hasBand && value.low === undefined) {
    ctx.addIssue({ code: 'custom', path: ['low'], message: 'is required with high' });
  } else if (hasBand && value.high === undefined) {
    ctx.addIssue({ code: 'custom', path: ['high'], message: 'is required with low' });
  } else if (hasBand && (value.low as number) > (value.high as number)) {
    ctx.addIssue({ code: 'custom', path: ['low'], message: 'must not be above high' });
  }
}

const targetFields = {
  target: Measure.optional(),
  low: Measure.optional(),
  high: Measure.optional(),
};

/** `{ target }`, or `{ low, high }` for a range KPI. */
export const TargetRequest = z.strictObject(targetFields).superRefine(checkTargetShape);
export type TargetRequest = z.infer<typeof TargetRequest>;

export const BulkTargetRow = z
  .strictObject({
    kpiId: RefId,
    ...targetFields,
    /** Required when the KPI has a target for that year already: the version it replaces. */
    version: VersionField.optional(),
  })
  .superRefine(checkTargetShape);
export type BulkTargetRow = z.infer<typeof BulkTargetRow>;

export const BulkTargetsRequest = z.strictObject({
  targets: z
    .array(BulkTargetRow, { message: 'must be a list of targets' })
    .min(1, 'must hold at least one target')
    .max(2000, 'must hold at most 2000 targets'),
});
export type BulkTargetsRequest = z.infer<typeof BulkTargetsRequest>;

/** One stored target (a fiscal year's, or one period's override when periodStart is set). */
export const KpiTarget = z.object({
  id: z.number().int(),
  kpiId: z.number().int(),
  fiscalYear: z.number().int(),
  periodStart: IsoDate.nullable(),
  target: TargetValue,
  version: z.number().int(),
});
export type KpiTarget = z.infer<typeof KpiTarget>;

export const KpiTargetList = z.object({ data: z.array(KpiTarget) });
export type KpiTargetList = z.infer<typeof KpiTargetList>;

/** Every KPI's targets for one fiscal year, by KPI id, a page at a time. */
export const TargetsOfYearQuery = z.strictObject({
  /** `exclude`: only the year's own targets, not the periods' overrides. */
  overrides: z.enum(['include', 'exclude']).default('include'),
  limit: z.coerce.number().int().min(1).max(1000, 'must be 1000 or less').default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TargetsOfYearQuery = z.infer<typeof TargetsOfYearQuery>;

export const KpiTargetPage = z.object({ data: z.array(KpiTarget), page: Page });
export type KpiTargetPage = z.infer<typeof KpiTargetPage>;

export const BulkTargetsResult = z.object({
  fiscalYear: z.number().int(),
  /** In the order of the request. */
  targets: z.array(KpiTarget),
});
export type BulkTargetsResult = z.infer<typeof BulkTargetsResult>;

export const KpiTargetParams = z.strictObject({
  id: IdParams.shape.id,
  fiscalYear: FiscalYearParam,
});
export type KpiTargetParams = z.infer<typeof KpiTargetParams>;

export const KpiPeriodTargetParams = KpiTargetParams.extend({
  periodStart: IsoDate,
});
export type KpiPeriodTargetParams = z.infer<typeof KpiPeriodTargetParams>;

export const FiscalYearParams = z.strictObject({ fiscalYear: FiscalYearParam });
export type FiscalYearParams = z.infer<typeof FiscalYearParams>;
