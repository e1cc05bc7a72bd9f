import { useRouteError } from 'react-router';
import { PageState } from '../components/PageState';
import { usePageTitle } from '../components/usePageTitle';

/** Shown when a page fails while rendering: a bug, not a failed request. */
export function RouteErrorPage() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  return (
    <PageState
      kind="error"
      title="Something went wrong on this page"
      error={error}
      onRetry={() => window.location.reload()}
    />
  );
}
