/** The city overview: the active plan's vision and its goals. */
import { isNotFound } from '../../api/ApiError';
import { useCurrentPlan } from '../../api/useCurrentPlan';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { GoalCard } from './GoalCard';
import { NoActivePlan } from './NoActivePlan';
import { fiscalYears } from './fiscalYears';

export function GoalsPage() {
  usePageTitle('Goals');
  const plan = useCurrentPlan();

  if (plan.isPending) return <PageState kind="loading" label="Loading the strategic plan…" />;
  if (plan.isError) {
    if (isNotFound(plan.error)) return <NoActivePlan />;
    return (
      <PageState
        kind="error"
        title="The strategic plan could not be loaded"
        error={plan.error}
        onRetry={() => void plan.refetch()}
      />
    );
  }

  const { title, vision, goals, firstFiscalYear, lastFiscalYear } = plan.data;
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Strategic plan, {fiscalYears(firstFiscalYear, lastFiscalYear)}</p>
        <h1>{title}</h1>
      </header>
      <section className="vision" aria-labelledby="vision-heading">
        <h2 id="vision-heading" className="vision__heading">
          Vision
        </h2>
        <p className="vision__text">{vision}</p>
      </section>
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">Goals</h2>
        {goals.length === 0 ? (
          <p>This plan has no goals yet.</p>
        ) : (
          <ul className="card-grid">
            {goals.map((goal) => (
              <li key={goal.id}>
                <GoalCard goal={goal} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
