/** Departments and curated dashboards as the read API serves them, with their roll-ups. */
import { z } from 'zod';
import { IsoDate } from './common';
import { KpiSummary } from './kpi';
import { RollUp } from './performance';

export const DepartmentSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kpiCount: z.number().int(),
  rollUp: RollUp,
});
export const DepartmentList = z.object({ data: z.array(DepartmentSummary), asOf: IsoDate });
export type DepartmentList = z.infer<typeof DepartmentList>;

export const DepartmentDetail = DepartmentSummary.extend({
  asOf: IsoDate,
  kpis: z.array(KpiSummary),
  /** What an admin's change sends back in If-Match. */
  version: z.number().int(),
  /** Staff can still open an archived department by id (to restore it). */
  archived: z.boolean(),
});
export type DepartmentDetail = z.infer<typeof DepartmentDetail>;

export const DashboardSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  kpiCount: z.number().int(),
  rollUp: RollUp,
});
export const DashboardList = z.object({ data: z.array(DashboardSummary), asOf: IsoDate });
export type DashboardList = z.infer<typeof DashboardList>;

export const DashboardDetail = DashboardSummary.extend({
  asOf: IsoDate,
  /** In the order the dashboard's curator chose. */
  kpis: z.array(KpiSummary),
  isPublic: z.boolean(),
  /** What the budget office's change sends back in If-Match. */
  version: z.number().int(),
  /** Staff can still open an archived dashboard (to restore it). */
  archived: z.boolean(),
});
export type DashboardDetail = z.infer<typeof DashboardDetail>;
