/** Every screen's URL. Screens not built yet share the ComingSoonPage. */
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAdmin } from '../features/admin/RequireAdmin';
import { UsersPage } from '../features/admin/UsersPage';
import { DashboardPage } from '../features/dashboards/DashboardPage';
import { EmbedKpiPage } from '../features/embed/EmbedKpiPage';
import { GoalPage } from '../features/goals/GoalPage';
import { PacketPage } from '../features/goals/PacketPage';
import { GoalsPage } from '../features/goals/GoalsPage';
import { KpiPage } from '../features/kpis/KpiPage';
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
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { index: true, element: <Navigate to="/admin/users" replace /> },
              { path: 'users', element: <UsersPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
