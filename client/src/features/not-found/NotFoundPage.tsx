import { Link } from 'react-router';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';

export function NotFoundPage({ message }: { message?: string }) {
  usePageTitle('Page not found');
  return (
    <PageState kind="empty" title="Page not found">
      <p>
        {message ??
          'There is no page at this address. The link may be mistyped, or the page may have moved.'}
      </p>
      <p>
        <Link to="/">Go to the overview of the city’s goals</Link>
      </p>
    </PageState>
  );
}
