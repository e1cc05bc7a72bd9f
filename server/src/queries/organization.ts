/** Departments and dashboards (their own rows; their KPIs come from queries/kpis.ts). */
import type { Db } from '../db/database';

export interface DepartmentRow {
  id: number;
  code: string;
  name: string;
}

export interface DashboardRow {
  id: number;
  slug: string;
  title: string;
  description: string;
}

export async function listDepartments(db: Db): Promise<DepartmentRow[]> {
  return db<DepartmentRow>('departments')
    .select('id', 'code', 'name')
    .whereNull('archived_at')
    .orderBy('name');
}

export async function findDepartment(db: Db, id: number): Promise<DepartmentRow | undefined> {
  return db<DepartmentRow>('departments')
    .select('id', 'code', 'name')
    .where({ id })
    .whereNull('archived_at')
    .first();
}

export async function listDashboards(db: Db, publicOnly: boolean): Promise<DashboardRow[]> {
  return db<DashboardRow>('dashboards')
    .select('id', 'slug', 'title', 'description')
    .whereNull('archived_at')
    .modify((q) => (publicOnly ? q.where('is_public', true) : q))
    .orderBy('title');
}

export async function findDashboard(
  db: Db,
  slugOrId: string,
  publicOnly: boolean,
): Promise<DashboardRow | undefined> {
  const query = db<DashboardRow>('dashboards')
    .select('id', 'slug', 'title', 'description')
    .whereNull('archived_at')
    .modify((q) => (publicOnly ? q.where('is_public', true) : q));
  return /^\d+$/.test(slugOrId)
    ? query.where({ id: Number(slugOrId) }).first()
    : query.where({ slug: slugOrId }).first();
}

/** Which dashboards each KPI is on, for grouping one reading of all KPIs by dashboard. */
export async function listDashboardMemberships(
  db: Db,
): Promise<Array<{ dashboard_id: number; kpi_id: number }>> {
  return db('dashboard_kpis')
    .select('dashboard_id', 'kpi_id')
    .orderBy(['dashboard_id', 'position']);
}
