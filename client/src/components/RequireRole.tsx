/**
 * Guards the staff screens: the public goes to sign in (and comes back), a role the screen is not
 * for gets a 403 page that says who it is for. The server refuses the same requests anyway.
 */
import type { UserRole } from '@civicstat/shared';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/useSession';
import { ForbiddenPage } from '../features/admin/ForbiddenPage';
import { signInPath } from '../features/session/nextPath';
import { PageState } from './PageState';

export function RequireRole({
  roles,
  audience,
  purpose,
}: {
  roles: readonly UserRole[];
  /** Who the screens are for, as the 403 page says it: "administrators". */
  audience: string;
  /** What the screens do: "Managing users". */
  purpose: string;
}) {
  const { pathname, search } = useLocation();
  const session = useSession();
  if (session.isPending) return <PageState kind="loading" label="Checking who is signed in…" />;
  if (session.isError) {
    return (
      <PageState
        kind="error"
        title="Who is signed in could not be checked"
        error={session.error}
        onRetry={() => void session.refetch()}
      />
    );
  }
  if (!session.data) return <Navigate to={signInPath(pathname, search)} replace />;
  if (!roles.includes(session.data.user.role)) {
    return <ForbiddenPage user={session.data.user} audience={audience} purpose={purpose} />;
  }
  return <Outlet />;
}
