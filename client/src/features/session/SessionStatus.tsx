/** The header's account area: "Sign in" for the public; the user, their role and "Sign out". */
import { useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useDepartments } from '../../api/useDepartments';
import { useSession } from '../../api/useSession';
import { useSignOut } from '../../api/useSignOut';
import { describeError } from '../../components/describeError';
import { signInPath } from './nextPath';
import { roleLabel } from './roleLabel';

export function SessionStatus() {
  const { pathname, search } = useLocation();
  const session = useSession();
  const user = session.data?.user;
  const departments = useDepartments({ enabled: user?.role === 'department_head' });
  const signOut = useSignOut();
  const [announcement, setAnnouncement] = useState('');
  // The "Sign out" button disappears when it works: focus goes to the "Sign in" link that
  // takes its place, not to the top of the page.
  const focusSignInLink = useRef(false);

  function handleSignOut() {
    if (signOut.isPending) return;
    focusSignInLink.current = true;
    signOut.mutate(undefined, {
      onSuccess: () => setAnnouncement('You have signed out.'),
      onError: () => {
        focusSignInLink.current = false;
      },
    });
  }

  return (
    <div className="session">
      <p role="status" className="visually-hidden">
        {user ? '' : announcement}
      </p>
      {session.isPending ? null : user ? (
        <>
          <p className="session__who">
            <span className="visually-hidden">Signed in as </span>
            <span className="session__name">{user.name}</span>
            <span className="visually-hidden">, </span>
            <span className="session__role">{roleLabel(user, departments.data?.data)}</span>
          </p>
          <button
            type="button"
            className="session__button"
            aria-disabled={signOut.isPending || undefined}
            onClick={handleSignOut}
          >
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </button>
          {signOut.isError && (
            <p role="alert" className="session__error">
              Signing out failed. {describeError(signOut.error)}
            </p>
          )}
        </>
      ) : (
        <Link
          to={signInPath(pathname, search)}
          className="session__button"
          aria-current={pathname === '/sign-in' ? 'page' : undefined}
          ref={(link) => {
            if (link && focusSignInLink.current) {
              focusSignInLink.current = false;
              link.focus();
            }
          }}
        >
          Sign in
        </Link>
      )}
    </div>
  );
}
