import {
  AsOfQuery,
  DashboardDetail,
  DashboardList,
  DepartmentDetail,
  DepartmentList,
  IdParams,
  SlugOrIdParams,
} from '@civicstat/shared';
import {
  presentDashboardDetail,
  presentDashboardList,
  presentDepartmentDetail,
  presentDepartmentList,
} from '../../presenters/organization';
import {
  readDashboard,
  readDashboards,
  readDepartment,
  readDepartments,
} from '../../services/organization';
import type { ApiRoutes } from '../define';
import type { ReadContextOf } from '../readContext';

export function organizationRoutes(api: ApiRoutes, contextOf: ReadContextOf): void {
  api.get(
    {
      path: '/departments',
      tag: 'Departments',
      summary: 'Departments with the roll-up of their KPIs',
      query: AsOfQuery,
      response: DepartmentList,
    },
    async ({ query, req }) =>
      presentDepartmentList(await readDepartments(contextOf(req), query.fy)),
  );

  api.get(
    {
      path: '/departments/:id',
      tag: 'Departments',
      summary: "A department's scorecard: its KPIs with status, FYTD and trend",
      params: IdParams,
      query: AsOfQuery,
      response: DepartmentDetail,
    },
    async ({ params, query, req }) =>
      presentDepartmentDetail(await readDepartment(contextOf(req), params.id, query.fy)),
  );

  api.get(
    {
      path: '/dashboards',
      tag: 'Dashboards',
      summary: 'Curated dashboards (such as the Development Services Center) with their roll-ups',
      query: AsOfQuery,
      response: DashboardList,
    },
    async ({ query, req }) => presentDashboardList(await readDashboards(contextOf(req), query.fy)),
  );

  api.get(
    {
      path: '/dashboards/:slugOrId',
      tag: 'Dashboards',
      summary: "A dashboard's KPIs in the curator's order",
      params: SlugOrIdParams,
      query: AsOfQuery,
      response: DashboardDetail,
    },
    async ({ params, query, req }) =>
      presentDashboardDetail(await readDashboard(contextOf(req), params.slugOrId, query.fy)),
  );
}
