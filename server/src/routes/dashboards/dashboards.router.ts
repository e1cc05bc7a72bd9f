import { Dashboard, DashboardChanges, NewDashboard } from '@civicstat/shared';
import { dashboardLifecycle } from '../../services/writes/dashboards';
import type { ApiRoutes } from '../define';
import { lifecycleRoutes } from '../lifecycle';
import type { WriteContextOf } from '../writeContext';

/**
 * Dashboard writes (budget office): a dashboard and its ordered KPIs are one resource, so a new
 * order is a PATCH of `kpiIds`. The reads are in routes/organization.
 */
export function dashboardRoutes(api: ApiRoutes, writerOf: WriteContextOf): void {
  lifecycleRoutes(api, writerOf, {
    path: '/dashboards',
    tag: 'Dashboards',
    noun: 'dashboard',
    access: ['budget_office'],
    create: NewDashboard,
    changes: DashboardChanges,
    resource: Dashboard,
    lifecycle: dashboardLifecycle,
  });
}
