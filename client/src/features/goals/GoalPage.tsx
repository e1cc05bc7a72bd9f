/** One goal of the active plan and its objectives, from the same data as the overview. */
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../api/ApiError';
import { useCurrentPlan } from '../../api/useCurrentPlan';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { GoalCounts } from './GoalCounts';
import { goalAccent } from './goalAccent';
import { NoActivePlan } from './NoActivePlan';

export function GoalPage() {
  const { number: param = '' } = useParams();
  const plan = useCurrentPlan();
  const goal = plan.data?.goals.find((candidate) => String(candidate.number) === param);
  usePageTitle(
    goal
      ? `Goal ${goal.number}: ${goal.title}`
      : plan.isSuccess
        ? 'Page not found'
        : isNotFound(plan.error)
          ? 'No strategic plan'
          : 'Goal',
  );

  if (plan.isPending) return <PageState kind="loading" label="Loading the goal…" />;
  if (plan.isError) {
    if (isNotFound(plan.error)) return <NoActivePlan />;
    return (
      <PageState
        kind="error"
        title="This goal could not be loaded"
        error={plan.error}
        onRetry={() => void plan.refetch()}
      />
    );
  }
  if (!goal) return <NotFoundPage message={`The current strategic plan has no goal “${param}”.`} />;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/">Overview</Link>
          </li>
          <li aria-current="page">Goal {goal.number}</li>
        </ol>
      </nav>
      <header className="page-header goal-header" style={goalAccent(goal.colour)}>
        <h1>
          <span className="eyebrow">
            Goal {goal.number}
            <span className="visually-hidden">:</span>
          </span>{' '}
          {goal.title}
        </h1>
        <p className="lede">{goal.description}</p>
        <GoalCounts goal={goal} />
      </header>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">Objectives</h2>
        {goal.objectives.length === 0 ? (
          <p>No objectives have been set for this goal yet.</p>
        ) : (
          // role="list" keeps list semantics in Safari, which drops them with list-style: none.
          <ol className="objective-list" role="list">
            {goal.objectives.map((objective) => (
              <li key={objective.id} className="objective">
                <span className="objective__number">
                  Objective {goal.number}.{objective.number}
                  <span className="visually-hidden">:</span>
                </span>{' '}
                <span className="objective__title">{objective.title}</span>
              </li>
            ))}
          </ol>
        )}
        <p className="note" role="note">
          Coming next: the KPIs behind each objective, with their latest results and their status
          against target.
        </p>
      </section>
    </>
  );
}
