/** 403: a signed-in user opened a screen their role does not include. */
import type { CurrentUser } from '@civicstat/shared';
import { Link } from 'react-router';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { roleNames } from '../session/roleLabel';

export function ForbiddenPage({ user }: { user: CurrentUser }) {
  usePageTitle('Not allowed');
  return (
    <PageState kind="empty" title="Only administrators can open this page">
      <p>
        You are signed in as {user.name}, whose role is {roleNames[user.role].toLowerCase()}.
        Managing users is for the city’s civicstat administrators (error 403). If you need it, ask
        one of them.
      </p>
      <p>
        <Link to="/">Go to the overview of the city’s goals</Link>
      </p>
    </PageState>
  );
}
