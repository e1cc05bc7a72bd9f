/** Every screen's URL. Screens not built yet share the ComingSoonPage. */
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireRole } from '../components/RequireRole';
import { EntryPage } from '../features/entry/EntryPage';
import { ScorecardPage } from '../features/workspace/ScorecardPage';
import { KpiListPage } from '../features/kpiList/KpiListPage';
import { RequireAdmin } from '../features/admin/RequireAdmin';
import { UsersPage } from '../features/admin/UsersPage';
import { PeriodLocksPage } from '../features/periodLocks/PeriodLocksPage';
import { OverdueReportPage } from '../features/review/OverdueReportPage';
import { ReviewQueuePage } from '../features/review/ReviewQueuePage';
import { DepartmentsPage } from '../features/structure/DepartmentsPage';
import { StructurePage } from '../features/structure/StructurePage';
import { DashboardPage } from '../features/dashboards/DashboardPage';
import { EmbedKpiPage } from '../features/embed/EmbedKpiPage';
import { GoalPage } from '../features/goals/GoalPage';
import { PacketPage } from '../features/goals/PacketPage';
import { GoalsPage } from '../features/goals/GoalsPage';
import { KpiPage } from '../features/kpis/KpiPage';
import { BulkTargetsPage } from '../features/kpiAdmin/BulkTargetsPage';
import { KpiEditPage } from '../features/kpiAdmin/KpiEditPage';
import { NewKpiPage } from '../features/kpiAdmin/NewKpiPage';
import { PresentPage } from '../features/present/PresentPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { ComingSoonPage } from '../features/placeholders/ComingSoonPage';
import { SetPasswordPage } from '../features/session/SetPasswordPage';
import { SetupPage } from '../features/session/SetupPage';
import { SignInPage } from '../features/session/SignInPage';
import { Layout } from './Layout';
import { RouteErrorPage } from './RouteErrorPage';

export const router = createBrowserRouter([
  // Full screen for the council chamber: no site header, navigation or footer.
  { path: '/present', element: <PresentPage />, errorElement: <RouteErrorPage /> },
  // One KPI's chart for an iframe on the city's website: no site chrome either.
  { path: '/embed/kpi/:id', element: <EmbedKpiPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <Layout />,
    children: [
      {
        // A page that throws while rendering shows the error inside the layout, not instead of it.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <GoalsPage /> },
          { path: 'goals/:number', element: <GoalPage /> },
          { path: 'kpis/:id', element: <KpiPage /> },
          { path: 'packet', element: <PacketPage /> },
          { path: 'dashboards/:slug', element: <DashboardPage /> },
          {
            path: 'open-data',
            element: (
              <ComingSoonPage
                title="Open data"
                description="This page will list every public KPI with its figures to download as CSV or JSON, the city's inventory of datasets, and a data.json catalog that open-data portals can harvest."
              />
            ),
          },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'setup', element: <SetupPage /> },
          { path: 'set-password', element: <SetPasswordPage /> },
          {
            element: (
              <RequireRole
                roles={['admin', 'budget_office', 'department_head', 'council']}
                audience="city staff"
                purpose="The list of every KPI"
              />
            ),
            children: [{ path: 'kpis', element: <KpiListPage /> }],
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
              { index: true, element: <ScorecardPage /> },
              { path: 'entry', element: <EntryPage /> },
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
            children: [{ path: 'review/locks', element: <PeriodLocksPage /> }],
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
              { index: true, element: <ReviewQueuePage /> },
              { path: 'overdue', element: <OverdueReportPage /> },
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
              { path: 'kpis/new', element: <NewKpiPage /> },
              { path: 'kpis/:id/edit', element: <KpiEditPage /> },
              { path: 'targets/:fiscalYear', element: <BulkTargetsPage /> },
            ],
          },
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { index: true, element: <Navigate to="/admin/users" replace /> },
              { path: 'users', element: <UsersPage /> },
              { path: 'departments', element: <DepartmentsPage /> },
              { path: 'structure', element: <StructurePage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
