/** The strategic plan as the API serves it: vision, goals and their objectives. */
import { z } from 'zod';
import { PlanStatus } from './enums';

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
});
export type GoalSummary = z.infer<typeof GoalSummary>;

export const PlanOverview = z.object({
  id: z.number().int(),
  title: z.string(),
  vision: z.string(),
  firstFiscalYear: z.number().int(),
  lastFiscalYear: z.number().int(),
  status: PlanStatus,
  goals: z.array(GoalSummary),
});
export type PlanOverview = z.infer<typeof PlanOverview>;
