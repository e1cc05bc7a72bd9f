/** Every screen's URL. Screens not built yet share the ComingSoonPage. */
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAdmin } from '../features/admin/RequireAdmin';
import { UsersPage } from '../features/admin/UsersPage';
import { GoalPage } from '../features/goals/GoalPage';
import { GoalsPage } from '../features/goals/GoalsPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { ComingSoonPage } from '../features/placeholders/ComingSoonPage';
import { SetPasswordPage } from '../features/session/SetPasswordPage';
import { SetupPage } from '../features/session/SetupPage';
import { SignInPage } from '../features/session/SignInPage';
import { Layout } from './Layout';
import { RouteErrorPage } from './RouteErrorPage';

export const router = createBrowserRouter([
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
          {
            path: 'dashboards/development-services-center',
            element: (
              <ComingSoonPage
                title="Development Services Center"
                description="This dashboard will follow the Development Services Center month by month: plan-review turnaround, inspections done within one business day of the request, permits issued, waiting time at the counter and first-cycle approval rate, each against its target."
              />
            ),
          },
          {
            path: 'open-data',
            element: (
              <ComingSoonPage
                title="Open data"
                description="This page will list every public KPI with its figures to download as CSV or JSON, the city's inventory of datasets, and a data.json catalog that open-data portals can harvest."
              />
            ),
          },
          {
            path: 'present',
            element: (
              <ComingSoonPage
                title="Present"
                description="Presentation mode will show the goals and their KPIs full screen in large type for council meetings, moving from one slide to the next with the keyboard or a presentation clicker."
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
