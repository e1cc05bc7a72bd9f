/** What a page built from the whole plan and every goal shows when one of them failed to load. */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { isNotFound } from '../../api/ApiError';
import { PageState } from '../../components/PageState';
import { NoActivePlan } from './NoActivePlan';

export function planGoalsProblem(
  plan: UseQueryResult<unknown>,
  goals: readonly UseQueryResult<unknown>[],
  /** What the page is, for the error's title: "council packet", "presentation". */
  what: string,
): ReactElement | null {
  if (plan.isError) {
    if (isNotFound(plan.error)) return <NoActivePlan />;
    return (
      <PageState
        kind="error"
        title={`The ${what} could not be loaded`}
        error={plan.error}
        onRetry={() => void plan.refetch()}
      />
    );
  }
  const failed = goals.find((goal) => goal.isError);
  if (!failed) return null;
  return (
    <PageState
      kind="error"
      title={`A goal of the ${what} could not be loaded`}
      error={failed.error}
      onRetry={() => void failed.refetch()}
    />
  );
}
