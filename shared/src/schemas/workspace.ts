/**
 * The staff workspaces' reads: a department's worksheet for a month (what to enter and submit),
 * the budget office's review queue, and the report of missing and overdue values.
 */
import { z } from 'zod';
import { IsoDate } from './common';
import {
  DisplayFormat,
  KpiAggregation,
  KpiDirection,
  KpiFrequency,
  KpiStatus,
  WorkflowState,
  workflowStates,
} from './enums';
import { DepartmentRef, Page, TargetValue } from './kpi';
import { Measurement } from './measurement';
import { FiscalYearParam, PositiveId } from './queries';

/** `?month=2026-10-15`: any date of the month, read as the month's first day. */
export const WorksheetQuery = z.strictObject({
  month: z.iso
    .date({ message: 'must be a calendar date such as 2026-10-01' })
    .transform((date) => `${date.slice(0, 7)}-01`)
    .optional(),
});
export type WorksheetQuery = z.infer<typeof WorksheetQuery>;

/** What a department head needs of a KPI to enter its value. */
export const WorksheetKpi = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  displayFormat: DisplayFormat,
  direction: KpiDirection,
  frequency: KpiFrequency,
  aggregation: KpiAggregation,
  tolerance: z.number(),
  /** Bounds a value must respect; null when there is none. */
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  isPublic: z.boolean(),
  description: z.string(),
});
export type WorksheetKpi = z.infer<typeof WorksheetKpi>;

/** One KPI's period that ends in the worksheet's month: the value due for it. */
export const WorksheetRow = z.object({
  kpi: WorksheetKpi,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  fiscalYear: z.number().int(),
  /** The target this period is held to (a `sum` KPI's year target shared out), period overrides included. */
  target: TargetValue.nullable(),
  /** The value stored for the period before, in whatever workflow state. */
  previous: z.object({ periodStart: IsoDate, value: z.number(), state: WorkflowState }).nullable(),
  /** The value stored for this period, in whatever state; its version goes in If-Match. */
  measurement: Measurement.nullable(),
  /** A period lock covers the period: its value can no longer change. */
  locked: z.boolean(),
  /** When the value should be in: the period's end plus the grace a KPI has before it is stale. */
  due: IsoDate,
  /** Today is after `due` and the period has no approved value. */
  overdue: z.boolean(),
});
export type WorksheetRow = z.infer<typeof WorksheetRow>;

export const Worksheet = z.object({
  department: DepartmentRef,
  /** The first day of the month whose periods the worksheet lists. */
  month: IsoDate,
  /** The city's "today" the `overdue` flags were decided on. */
  asOf: IsoDate,
  /** One per live KPI of the department whose period ends in the month, by KPI code. */
  rows: z.array(WorksheetRow),
});
export type Worksheet = z.infer<typeof Worksheet>;

/** `?state=submitted&state=returned` or `?state=submitted,returned`. */
const StateFilter = z
  .union([z.string(), z.array(z.string())])
  .describe(`${workflowStates.join(', ')}: repeated or comma-separated`)
  .transform((value, context) => {
    const states = (Array.isArray(value) ? value : [value])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim());
    const unknown = states.filter((s) => !(workflowStates as readonly string[]).includes(s));
    if (unknown.length > 0 || states.length === 0) {
      context.addIssue({
        code: 'custom',
        message: `must be one or more of ${workflowStates.join(', ')}`,
      });
      return z.NEVER;
    }
    return [...new Set(states)] as WorkflowState[];
  });

export const reviewQueueSorts = ['period', 'recent'] as const;

export const ReviewQueueQuery = z.strictObject({
  /** Workflow states to list; every state when left out. */
  state: StateFilter.optional(),
  department: PositiveId.optional(),
  kpi: PositiveId.optional(),
  /** `period`: by department name, KPI code, period; `recent`: latest entered/submitted/reviewed first. */
  sort: z.enum(reviewQueueSorts).default('period'),
  limit: z.coerce.number().int().min(1).max(500, 'must be 500 or less').default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

/** What a reviewer needs of a KPI to judge a value. */
export const QueueKpi = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  displayFormat: DisplayFormat,
  direction: KpiDirection,
  tolerance: z.number(),
  frequency: KpiFrequency,
  aggregation: KpiAggregation,
  department: DepartmentRef,
});
export type QueueKpi = z.infer<typeof QueueKpi>;

export const QueueItem = z.object({
  measurement: Measurement,
  kpi: QueueKpi,
  /** The target the value's period is held to. */
  target: TargetValue.nullable(),
  /** The value against that target. */
  status: KpiStatus,
  /** The value stored for the KPI's period before, in whatever state. */
  previous: z.object({ periodStart: IsoDate, value: z.number() }).nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const ReviewQueue = z.object({ data: z.array(QueueItem), page: Page });
export type ReviewQueue = z.infer<typeof ReviewQueue>;

/** `?fy=2027`: the fiscal year to report on; the current one when left out. */
export const OverdueReportQuery = z.strictObject({ fy: FiscalYearParam.optional() });
export type OverdueReportQuery = z.infer<typeof OverdueReportQuery>;

/** Where an ended period without an approved value stands: `missing` when nothing is stored. */
export const outstandingStates = ['missing', 'draft', 'returned', 'submitted'] as const;
export const OutstandingState = z.enum(outstandingStates);
export type OutstandingState = z.infer<typeof OutstandingState>;

export const OverdueItem = z.object({
  kpi: z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    frequency: KpiFrequency,
  }),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  due: IsoDate,
  state: OutstandingState,
  /** Today is after `due`. */
  overdue: z.boolean(),
});
export type OverdueItem = z.infer<typeof OverdueItem>;

export const OverdueReport = z.object({
  asOf: IsoDate,
  fiscalYear: z.number().int(),
  /** Only departments with something outstanding, by name; their items by KPI code and period. */
  departments: z.array(z.object({ department: DepartmentRef, items: z.array(OverdueItem) })),
});
export type OverdueReport = z.infer<typeof OverdueReport>;
