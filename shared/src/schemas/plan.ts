/** The strategic plan as the API serves it: vision, goals and their objectives. */
import { z } from 'zod';
import { IsoDate } from './common';
import { PlanStatus } from './enums';
import { KpiSummary } from './kpi';
import { RollUp } from './performance';

export const ObjectiveSummary = z.object({
  id: z.number().int(),
  number: z.number().int(),
  title: z.string(),
});
export type ObjectiveSummary = z.infer<typeof ObjectiveSummary>;

export const GoalSummary = z.object({
  id: z.number().int(),
  number: z.number().int(),
  title: z.string(),
  description: z.string(),
  colour: z.string(),
  kpiCount: z.number().int(),
  objectives: z.array(ObjectiveSummary),
  rollUp: RollUp,
});
export type GoalSummary = z.infer<typeof GoalSummary>;

export const PlanOverview = z.object({
  id: z.number().int(),
  title: z.string(),
  vision: z.string(),
  firstFiscalYear: z.number().int(),
  lastFiscalYear: z.number().int(),
  status: PlanStatus,
  /** What an admin's change sends back in If-Match. */
  version: z.number().int(),
  /** The date the statuses are as of: today, or the end of the fiscal year asked for. */
  asOf: IsoDate,
  fiscalYear: z.number().int(),
  rollUp: RollUp,
  goals: z.array(GoalSummary),
});
export type PlanOverview = z.infer<typeof PlanOverview>;

export const ObjectiveWithKpis = ObjectiveSummary.extend({
  rollUp: RollUp,
  kpis: z.array(KpiSummary),
});

export const GoalDetail = GoalSummary.omit({ objectives: true }).extend({
  planId: z.number().int(),
  asOf: IsoDate,
  fiscalYear: z.number().int(),
  objectives: z.array(ObjectiveWithKpis),
  /** What an admin's change sends back in If-Match. */
  version: z.number().int(),
  /** Staff can still open an archived goal by id (to restore it). */
  archived: z.boolean(),
});
export type GoalDetail = z.infer<typeof GoalDetail>;

const GoalRef = z.object({ id: z.number().int(), number: z.number().int(), title: z.string() });

export const ObjectiveListItem = ObjectiveSummary.extend({ goal: GoalRef, rollUp: RollUp });
export const ObjectiveList = z.object({ data: z.array(ObjectiveListItem), asOf: IsoDate });
export type ObjectiveList = z.infer<typeof ObjectiveList>;

export const ObjectiveDetail = ObjectiveListItem.extend({
  asOf: IsoDate,
  kpis: z.array(KpiSummary),
  /** What an admin's change sends back in If-Match. */
  version: z.number().int(),
  /** Staff can still open an archived objective by id (to restore it). */
  archived: z.boolean(),
});
export type ObjectiveDetail = z.infer<typeof ObjectiveDetail>;
