/** A KPI's value for one period: what a department enters, and its review workflow. */
import { z } from 'zod';
import { UserRef } from './audit';
import { IsoDate } from './common';
import { WorkflowState } from './enums';
import { Measure, Text } from './fields';

export const MeasurementParams = z.strictObject({
  id: z.coerce.number({ message: 'must be a positive integer' }).int().positive(),
  periodStart: z.iso.date({ message: 'must be a calendar date such as 2025-07-01' }),
});
export type MeasurementParams = z.infer<typeof MeasurementParams>;

/**
 * The whole value of a period (PUT replaces it): a field left out is cleared. A ratio KPI sends
 * the numerator and denominator its value came from; null is accepted as "none".
 */
export const MeasurementInput = z
  .strictObject({
    value: Measure,
    numerator: Measure.nullable().optional(),
    denominator: Measure.positive('must be greater than 0').nullable().optional(),
    note: Text(4000).optional(),
  })
  .superRefine((input, context) => {
    const hasNumerator = input.numerator !== undefined && input.numerator !== null;
    const hasDenominator = input.denominator !== undefined && input.denominator !== null;
    if (hasNumerator !== hasDenominator) {
      context.addIssue({
        code: 'custom',
        path: [hasNumerator ? 'denominator' : 'numerator'],
        message: `is required with ${hasNumerator ? 'numerator' : 'denominator'}: send both or neither`,
      });
    }
  });
export type MeasurementInput = z.infer<typeof MeasurementInput>;

export const Measurement = z.object({
  id: z.number().int(),
  kpiId: z.number().int(),
  periodStart: IsoDate,
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string(),
  state: WorkflowState,
  /** Why the budget office returned or reopened it; empty once approved. */
  reviewComment: z.string(),
  /** Also the ETag: send it back in If-Match to change the value or move it on. */
  version: z.number().int(),
  enteredBy: UserRef.nullable(),
  enteredAt: z.iso.datetime(),
  submittedBy: UserRef.nullable(),
  submittedAt: z.iso.datetime().nullable(),
  reviewedBy: UserRef.nullable(),
  reviewedAt: z.iso.datetime().nullable(),
});
export type Measurement = z.infer<typeof Measurement>;

export const ReturnRequest = z.strictObject({
  comment: z.string().trim().min(1, 'is required: say what needs fixing').max(4000),
});
export type ReturnRequest = z.infer<typeof ReturnRequest>;

export const ReopenRequest = z.strictObject({
  reason: z.string().trim().min(1, 'is required: say why it is reopened').max(4000),
});
export type ReopenRequest = z.infer<typeof ReopenRequest>;

/** One state of a value in its history: what it was after each change. */
export const MeasurementRevision = z.object({
  version: z.number().int(),
  /**
   * create, update, submit, approve, return, reopen; `recorded` for the state a value had
   * before the audit trail began (loaded by the demo seed or an import).
   */
  action: z.string(),
  actor: UserRef.nullable(),
  at: z.iso.datetime(),
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string(),
  state: WorkflowState,
  reviewComment: z.string(),
});
export type MeasurementRevision = z.infer<typeof MeasurementRevision>;

export const MeasurementHistory = z.object({ data: z.array(MeasurementRevision) });
export type MeasurementHistory = z.infer<typeof MeasurementHistory>;
