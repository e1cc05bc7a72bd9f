/** Guards the admin screens: the public goes to sign in (and comes back), other roles get a 403. */
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../../api/useSession';
import { PageState } from '../../components/PageState';
import { signInPath } from '../session/nextPath';
import { ForbiddenPage } from './ForbiddenPage';

export function RequireAdmin() {
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
  if (session.data.user.role !== 'admin') return <ForbiddenPage user={session.data.user} />;
  return <Outlet />;
}
