/** Department and dashboard reads: each one's KPIs with their performance and roll-up. */
import { NotFoundError } from '../errors';
import {
  findDashboard,
  findDepartment,
  listDashboardMemberships,
  listDashboards,
  listDepartments,
  type DashboardRow,
  type DepartmentRow,
} from '../queries/organization';
import { resolveAsOf, type AsOf } from './asOf';
import type { ReadContext } from './context';
import { assessKpis, assessStatuses, type AssessedKpis } from './kpiSummaries';

export interface DepartmentsReading {
  departments: DepartmentRow[];
  assessed: AssessedKpis;
  asOf: AsOf;
}

export async function readDepartments(
  context: ReadContext,
  fy?: number,
): Promise<DepartmentsReading> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  const departments = await listDepartments(context.db);
  const assessed = await assessStatuses(context, asOf, {});
  return { departments, assessed, asOf };
}

export async function readDepartment(
  context: ReadContext,
  id: number,
  fy?: number,
): Promise<DepartmentsReading> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  const department = await findDepartment(context.db, id, !context.publicOnly);
  if (!department) throw new NotFoundError(`There is no department ${id}.`);
  const assessed = await assessKpis(context, asOf, { departmentId: id }, { sort: 'code' });
  return { departments: [department], assessed, asOf };
}

export interface DashboardsReading {
  dashboards: DashboardRow[];
  /** Each dashboard's KPI ids, in the curator's order. */
  members: Map<number, number[]>;
  assessed: AssessedKpis;
  asOf: AsOf;
}

export async function readDashboards(
  context: ReadContext,
  fy?: number,
): Promise<DashboardsReading> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  const dashboards = await listDashboards(context.db, context.publicOnly);
  const members = new Map<number, number[]>();
  for (const { dashboard_id, kpi_id } of await listDashboardMemberships(context.db)) {
    members.set(dashboard_id, [...(members.get(dashboard_id) ?? []), kpi_id]);
  }
  const ids = [...new Set([...members.values()].flat())];
  const assessed = await assessStatuses(context, asOf, { ids });
  return { dashboards, members, assessed, asOf };
}

export async function readDashboard(
  context: ReadContext,
  slugOrId: string,
  fy?: number,
): Promise<DashboardsReading> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  const dashboard = await findDashboard(context.db, slugOrId, context.publicOnly);
  if (!dashboard) throw new NotFoundError(`There is no dashboard "${slugOrId}".`);
  const assessed = await assessKpis(context, asOf, { dashboardId: dashboard.id });
  return {
    dashboards: [dashboard],
    members: new Map([[dashboard.id, assessed.rows.map((r) => r.id)]]),
    assessed,
    asOf,
  };
}
