/** What a page shows while the query it needs is loading, or after it failed (with a retry). */
import { PageState } from './PageState';

interface QueryStateProps {
  query: { isPending: boolean; error: unknown; refetch(): unknown };
  /** Said while loading, e.g. "Loading the plan…". */
  loading: string;
  /** The failure's heading, e.g. "The plan could not be loaded". */
  failed: string;
}

/** Use as `if (!query.isSuccess) return <QueryState query={query} … />`. */
export function QueryState({ query, loading, failed }: QueryStateProps) {
  if (query.isPending) return <PageState kind="loading" label={loading} />;
  return (
    <PageState
      kind="error"
      title={failed}
      error={query.error}
      onRetry={() => void query.refetch()}
    />
  );
}
