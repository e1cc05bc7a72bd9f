/** The enumerations of the data model (DESIGN.md §2), shared by API validation, UI and docs. */
import { z } from 'zod';

export const kpiDirections = ['increase', 'decrease', 'range'] as const;
export const KpiDirection = z.enum(kpiDirections);
export type KpiDirection = z.infer<typeof KpiDirection>;

export const kpiFrequencies = ['daily', 'monthly', 'quarterly', 'annual'] as const;
export const KpiFrequency = z.enum(kpiFrequencies);
export type KpiFrequency = z.infer<typeof KpiFrequency>;

export const kpiAggregations = ['sum', 'mean', 'ratio', 'last', 'max', 'min'] as const;
export const KpiAggregation = z.enum(kpiAggregations);
export type KpiAggregation = z.infer<typeof KpiAggregation>;

export const displayFormats = [
  'percent',
  'count',
  'currency',
  'days',
  'hours',
  'minutes',
  'rate',
] as const;
export const DisplayFormat = z.enum(displayFormats);
export type DisplayFormat = z.infer<typeof DisplayFormat>;

export const workflowStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export const WorkflowState = z.enum(workflowStates);
export type WorkflowState = z.infer<typeof WorkflowState>;

export const planStatuses = ['draft', 'active', 'archived'] as const;
export const PlanStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const userRoles = ['admin', 'budget_office', 'department_head', 'council'] as const;
export const UserRole = z.enum(userRoles);
export type UserRole = z.infer<typeof UserRole>;

/** Where one value stands against its target (DESIGN.md §3); see rules/status.ts. */
export const kpiStatuses = ['on_track', 'at_risk', 'off_track', 'no_target', 'no_data'] as const;
export const KpiStatus = z.enum(kpiStatuses);
export type KpiStatus = z.infer<typeof KpiStatus>;
