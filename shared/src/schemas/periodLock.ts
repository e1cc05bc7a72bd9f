/** Period locks: the budget office closes a fiscal year or quarter to further changes. */
import { z } from 'zod';
import { UserRef } from './audit';
import { IsoDate } from './common';
import { FiscalYearField } from './fields';
import { Page } from './kpi';

export const PeriodLock = z.object({
  id: z.number().int(),
  fiscalYear: z.number().int(),
  /** 1..4 for one quarter of the fiscal year; null when the whole year is locked. */
  quarter: z.number().int().nullable(),
  /** `FY2025 Q4`, `FY2025`. */
  label: z.string(),
  /** The dates it covers: a value whose whole period falls inside them is locked. */
  startsOn: IsoDate,
  endsOn: IsoDate,
  reason: z.string(),
  lockedBy: UserRef.nullable(),
  lockedAt: z.iso.datetime(),
});
export type PeriodLock = z.infer<typeof PeriodLock>;

export const PeriodLockList = z.object({ data: z.array(PeriodLock), page: Page });
export type PeriodLockList = z.infer<typeof PeriodLockList>;

export const PeriodLockRequest = z.strictObject({
  fiscalYear: FiscalYearField,
  quarter: z
    .number({ error: 'must be a quarter, 1 to 4' })
    .int('must be a quarter, 1 to 4')
    .min(1, 'must be a quarter, 1 to 4')
    .max(4, 'must be a quarter, 1 to 4')
    .nullable()
    .optional(),
  reason: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
});
export type PeriodLockRequest = z.infer<typeof PeriodLockRequest>;

export const PeriodLockListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200, 'must be 200 or less').default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PeriodLockListQuery = z.infer<typeof PeriodLockListQuery>;
