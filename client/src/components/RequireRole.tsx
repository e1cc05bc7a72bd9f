/**
 * Guards the staff screens: the public goes to sign in (and comes back), a role the screen is not
 * for gets a 403 page that says who it is for. The server refuses the same requests anyway.
 */
import type { UserRole } from '@civicstat/shared';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/useSession';
import { ForbiddenPage } from '../features/admin/ForbiddenPage';
import { signInPath } from '../features/session/nextPath';
import { QueryState } from './QueryState';

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
  if (!session.isSuccess) {
    return (
      <QueryState
        query={session}
        loading="Checking who is signed in…"
        failed="Who is signed in could not be checked"
      />
    );
  }
  if (!session.data) return <Navigate to={signInPath(pathname, search)} replace />;
  if (!roles.includes(session.data.user.role)) {
    return <ForbiddenPage user={session.data.user} audience={audience} purpose={purpose} />;
  }
  return <Outlet />;
}
