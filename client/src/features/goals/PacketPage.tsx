/** The council packet: every goal with its KPI tables, one goal per printed page. */
import { formatDate, formatShare } from '@civicstat/shared';
import { Link } from 'react-router';
import { useGoals } from '../../api/useGoal';
import { fyParam, usePlan } from '../../api/usePlan';
import { useSite } from '../../api/useSite';
import { PageState } from '../../components/PageState';
import { StatusDistribution } from '../../components/StatusDistribution';
import { useFiscalYearParam } from '../../components/useFiscalYearParam';
import { usePageTitle } from '../../components/usePageTitle';
import { planGoalsProblem } from './planGoalsProblem';
import '../../components/tables.css';
import './goals.css';
import { KpiTable } from './KpiTable';
import { kpiViewOf, sortKpis } from './kpiFilters';
import './print.css';

const worstFirst = kpiViewOf(new URLSearchParams());

export function PacketPage() {
  usePageTitle('Council packet');
  const [fiscalYear] = useFiscalYearParam();
  const plan = usePlan(fiscalYear);
  const site = useSite();
  const goals = useGoals(plan.data?.goals.map((goal) => goal.id) ?? [], fiscalYear);

  const problem = planGoalsProblem(plan, goals, 'council packet');
  if (problem) return problem;
  if (!plan.data || goals.some((goal) => !goal.data)) {
    return <PageState kind="loading" label="Preparing the council packet…" />;
  }

  const fiscalYearStartMonth = site.data?.fiscalYearStartMonth ?? 7;
  return (
    <article className="packet">
      <header className="page-header packet__cover">
        <p className="eyebrow">
          Council packet · FY{plan.data.fiscalYear} · as of {formatDate(plan.data.asOf)}
        </p>
        <h1>{plan.data.title}</h1>
        <p className="lede">{plan.data.vision}</p>
        <p>
          <strong>{formatShare(plan.data.rollUp.shareOnTrack)}</strong> of the city&rsquo;s KPIs
          with a target and data are on track.
        </p>
        <StatusDistribution rollUp={plan.data.rollUp} />
        <div className="button-row no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <Link className="button button--secondary" to={`/${fyParam(fiscalYear)}`}>
            Back to the overview
          </Link>
        </div>
      </header>
      {goals.map(({ data: goal }) =>
        goal ? (
          <section
            key={goal.id}
            className="packet__goal"
            aria-labelledby={`packet-goal-${goal.id}`}
          >
            <h2 id={`packet-goal-${goal.id}`}>
              Goal {goal.number}: {goal.title}
            </h2>
            <p>{goal.description}</p>
            <p>
              <strong>{formatShare(goal.rollUp.shareOnTrack)}</strong> on track
            </p>
            <StatusDistribution rollUp={goal.rollUp} />
            {goal.objectives.map((objective) => (
              <section key={objective.id} className="packet__objective">
                <h3>
                  Objective {goal.number}.{objective.number}: {objective.title}
                </h3>
                {objective.kpis.length === 0 ? (
                  <p>No KPIs measure this objective yet.</p>
                ) : (
                  <KpiTable
                    kpis={sortKpis(objective.kpis, worstFirst)}
                    caption={`KPIs of objective ${goal.number}.${objective.number}`}
                    fiscalYearStartMonth={fiscalYearStartMonth}
                  />
                )}
              </section>
            ))}
          </section>
        ) : null,
      )}
    </article>
  );
}
