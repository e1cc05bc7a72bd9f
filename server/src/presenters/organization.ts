import type {
  DashboardDetail,
  DashboardList,
  DepartmentDetail,
  DepartmentList,
} from '@civicstat/shared';
import { groupRows, rollUpOf, summaries, type KpiKeys } from '../services/kpiSummaries';
import type { DashboardsReading, DepartmentsReading } from '../services/organization';

function departmentItems({ departments, assessed }: DepartmentsReading) {
  const byDepartment = groupRows(assessed.rows, (row) => row.department_id);
  return departments.map((department) => {
    const rows = byDepartment.get(department.id) ?? [];
    const { id, code, name } = department;
    return { id, code, name, kpiCount: rows.length, rollUp: rollUpOf(assessed, rows), rows };
  });
}

export function presentDepartmentList(reading: DepartmentsReading): DepartmentList {
  return {
    data: departmentItems(reading).map(({ rows: _rows, ...item }) => item),
    asOf: reading.asOf.date,
  };
}

export function presentDepartmentDetail(reading: DepartmentsReading): DepartmentDetail {
  const [item] = departmentItems(reading);
  const [row] = reading.departments;
  if (!item || !row) throw new Error('a department reading holds one department');
  const { rows, ...department } = item;
  return {
    ...department,
    asOf: reading.asOf.date,
    kpis: summaries(reading.assessed, rows),
    version: row.version,
    archived: row.archived_at !== null,
  };
}

function dashboardItems({ dashboards, members, assessed }: DashboardsReading) {
  const byId = new Map(assessed.rows.map((row) => [row.id, row]));
  return dashboards.map((dashboard) => {
    const rows = (members.get(dashboard.id) ?? [])
      .map((id) => byId.get(id))
      .filter((row): row is KpiKeys => row !== undefined);
    const { id, slug, title, description } = dashboard;
    return {
      id,
      slug,
      title,
      description,
      kpiCount: rows.length,
      rollUp: rollUpOf(assessed, rows),
      rows,
    };
  });
}

export function presentDashboardList(reading: DashboardsReading): DashboardList {
  return {
    data: dashboardItems(reading).map(({ rows: _rows, ...item }) => item),
    asOf: reading.asOf.date,
  };
}

export function presentDashboardDetail(reading: DashboardsReading): DashboardDetail {
  const [item] = dashboardItems(reading);
  const [row] = reading.dashboards;
  if (!item || !row) throw new Error('a dashboard reading holds one dashboard');
  const { rows, ...dashboard } = item;
  return {
    ...dashboard,
    asOf: reading.asOf.date,
    kpis: summaries(reading.assessed, rows),
    isPublic: row.is_public,
    version: row.version,
    archived: row.archived_at !== null,
  };
}
