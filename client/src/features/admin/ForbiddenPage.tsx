/** 403: a signed-in user opened a screen their role does not include. */
import type { CurrentUser } from '@civicstat/shared';
import { Link } from 'react-router';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { roleNames } from '../session/roleLabel';

export function ForbiddenPage({
  user,
  audience,
  purpose,
}: {
  user: CurrentUser;
  audience: string;
  purpose: string;
}) {
  usePageTitle('Not allowed');
  return (
    <PageState kind="empty" title={`Only ${audience} can open this page`}>
      <p>
        You are signed in as {user.name}, whose role is {roleNames[user.role].toLowerCase()}.{' '}
        {purpose} is for the city’s {audience} (error 403). If you need it, ask one of the city’s
        civicstat administrators.
      </p>
      <p>
        <Link to="/">Go to the overview of the city’s goals</Link>
      </p>
    </PageState>
  );
}
