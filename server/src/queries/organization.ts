/** Departments and dashboards (their own rows; their KPIs come from queries/kpis.ts). */
import type { Db } from '../db/database';

export interface DepartmentRow {
  id: number;
  code: string;
  name: string;
  version: number;
  archived_at: Date | null;
}

export interface DashboardRow {
  id: number;
  slug: string;
  title: string;
  description: string;
  is_public: boolean;
  version: number;
  archived_at: Date | null;
}

const departmentColumns = ['id', 'code', 'name', 'version', 'archived_at'] as const;
const dashboardColumns = [
  'id',
  'slug',
  'title',
  'description',
  'is_public',
  'version',
  'archived_at',
] as const;

export async function listDepartments(db: Db): Promise<DepartmentRow[]> {
  return db<DepartmentRow>('departments')
    .select(...departmentColumns)
    .whereNull('archived_at')
    .orderBy('name');
}

/** By id; an archived one only with `includeArchived` (staff opening it to restore it). */
export async function findDepartment(
  db: Db,
  id: number,
  includeArchived = false,
): Promise<DepartmentRow | undefined> {
  return db<DepartmentRow>('departments')
    .select(...departmentColumns)
    .where({ id })
    .modify((q) => (includeArchived ? q : q.whereNull('archived_at')))
    .first();
}

export async function listDashboards(db: Db, publicOnly: boolean): Promise<DashboardRow[]> {
  return db<DashboardRow>('dashboards')
    .select(...dashboardColumns)
    .whereNull('archived_at')
    .modify((q) => (publicOnly ? q.where('is_public', true) : q))
    .orderBy('title');
}

/** The public sees live public dashboards; staff every one, archived ones included (to restore them). */
export async function findDashboard(
  db: Db,
  slugOrId: string,
  publicOnly: boolean,
): Promise<DashboardRow | undefined> {
  const query = db<DashboardRow>('dashboards')
    .select(...dashboardColumns)
    .modify((q) => (publicOnly ? q.where('is_public', true).whereNull('archived_at') : q));
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
