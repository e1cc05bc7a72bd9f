/** Every screen's URL: public screens load with the app, staff screens on their first visit. */
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { PageState } from '../components/PageState';
import { RequireRole } from '../components/RequireRole';
import { RequireAdmin } from '../features/admin/RequireAdmin';
import { DashboardPage } from '../features/dashboards/DashboardPage';
import { EmbedKpiPage } from '../features/embed/EmbedKpiPage';
import { GoalPage } from '../features/goals/GoalPage';
import { GoalsPage } from '../features/goals/GoalsPage';
import { KpiPage } from '../features/kpis/KpiPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { SignInPage } from '../features/session/SignInPage';
import { Layout } from './Layout';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * A screen fetched on its first visit, in a chunk of its own: staff screens, presentation mode
 * and the first-admin pages stay out of the bundle every resident downloads.
 */
function lazyPage<M>(load: () => Promise<M>, name: keyof M) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

const loading = <PageState kind="loading" label="Loading…" />;

export const router = createBrowserRouter([
  // Full screen for the council chamber: no site header, navigation or footer.
  {
    path: '/present',
    lazy: lazyPage(() => import('../features/present/PresentPage'), 'PresentPage'),
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: loading,
  },
  // One KPI's chart for an iframe on the city's website: no site chrome either.
  { path: '/embed/kpi/:id', element: <EmbedKpiPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <Layout />,
    hydrateFallbackElement: loading,
    children: [
      {
        // A page that throws while rendering shows the error inside the layout, not instead of it.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <GoalsPage /> },
          { path: 'goals/:number', element: <GoalPage /> },
          { path: 'kpis/:id', element: <KpiPage /> },
          {
            path: 'packet',
            lazy: lazyPage(() => import('../features/goals/PacketPage'), 'PacketPage'),
          },
          { path: 'dashboards/:slug', element: <DashboardPage /> },
          {
            path: 'open-data',
            lazy: lazyPage(() => import('../features/openData/OpenDataPage'), 'OpenDataPage'),
          },
          {
            path: 'open-data/inventory',
            lazy: lazyPage(() => import('../features/openData/InventoryPage'), 'InventoryPage'),
          },
          {
            element: (
              <RequireRole
                roles={['admin', 'budget_office', 'department_head', 'council']}
                audience="city staff"
                purpose="Managing the dataset inventory"
              />
            ),
            children: [
              {
                path: 'open-data/manage',
                lazy: lazyPage(
                  () => import('../features/openData/ManageDatasetsPage'),
                  'ManageDatasetsPage',
                ),
              },
            ],
          },
          { path: 'sign-in', element: <SignInPage /> },
          {
            path: 'setup',
            lazy: lazyPage(() => import('../features/session/SetupPage'), 'SetupPage'),
          },
          {
            path: 'set-password',
            lazy: lazyPage(() => import('../features/session/SetPasswordPage'), 'SetPasswordPage'),
          },
          {
            element: (
              <RequireRole
                roles={['admin', 'budget_office', 'department_head', 'council']}
                audience="city staff"
                purpose="The list of every KPI"
              />
            ),
            children: [
              {
                path: 'kpis',
                lazy: lazyPage(() => import('../features/kpiList/KpiListPage'), 'KpiListPage'),
              },
            ],
          },
          {
            path: 'imports',
            element: (
              <RequireRole
                roles={['department_head', 'budget_office']}
                audience="department heads and the budget office"
                purpose="Importing KPI values from a file"
              />
            ),
            children: [
              {
                index: true,
                lazy: lazyPage(() => import('../features/imports/ImportsPage'), 'ImportsPage'),
              },
            ],
          },
          {
            element: (
              <RequireRole
                roles={['budget_office']}
                audience="the budget office"
                purpose="Importing the KPI catalog"
              />
            ),
            children: [
              {
                path: 'imports/catalog',
                lazy: lazyPage(
                  () => import('../features/imports/ImportsPage'),
                  'CatalogImportPage',
                ),
              },
            ],
          },
          {
            path: 'workspace',
            element: (
              <RequireRole
                roles={['department_head', 'budget_office']}
                audience="department heads and the budget office"
                purpose="Entering KPI values"
              />
            ),
            children: [
              {
                index: true,
                lazy: lazyPage(
                  () => import('../features/workspace/ScorecardPage'),
                  'ScorecardPage',
                ),
              },
              {
                path: 'entry',
                lazy: lazyPage(() => import('../features/entry/EntryPage'), 'EntryPage'),
              },
            ],
          },
          {
            element: (
              <RequireRole
                roles={['budget_office']}
                audience="the budget office"
                purpose="Locking periods"
              />
            ),
            children: [
              {
                path: 'review/locks',
                lazy: lazyPage(
                  () => import('../features/periodLocks/PeriodLocksPage'),
                  'PeriodLocksPage',
                ),
              },
            ],
          },
          {
            path: 'review',
            element: (
              <RequireRole
                roles={['budget_office']}
                audience="the budget office"
                purpose="Reviewing submitted values"
              />
            ),
            children: [
              {
                index: true,
                lazy: lazyPage(
                  () => import('../features/review/ReviewQueuePage'),
                  'ReviewQueuePage',
                ),
              },
              {
                path: 'overdue',
                lazy: lazyPage(
                  () => import('../features/review/OverdueReportPage'),
                  'OverdueReportPage',
                ),
              },
            ],
          },
          {
            element: (
              <RequireRole
                roles={['budget_office']}
                audience="the budget office"
                purpose="Changing KPI definitions and targets"
              />
            ),
            children: [
              {
                path: 'kpis/new',
                lazy: lazyPage(() => import('../features/kpiAdmin/NewKpiPage'), 'NewKpiPage'),
              },
              {
                path: 'kpis/:id/edit',
                lazy: lazyPage(() => import('../features/kpiAdmin/KpiEditPage'), 'KpiEditPage'),
              },
              {
                path: 'targets/:fiscalYear',
                lazy: lazyPage(
                  () => import('../features/kpiAdmin/BulkTargetsPage'),
                  'BulkTargetsPage',
                ),
              },
            ],
          },
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { index: true, element: <Navigate to="/admin/users" replace /> },
              {
                path: 'users',
                lazy: lazyPage(() => import('../features/admin/UsersPage'), 'UsersPage'),
              },
              {
                path: 'departments',
                lazy: lazyPage(
                  () => import('../features/structure/DepartmentsPage'),
                  'DepartmentsPage',
                ),
              },
              {
                path: 'structure',
                lazy: lazyPage(
                  () => import('../features/structure/StructurePage'),
                  'StructurePage',
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
