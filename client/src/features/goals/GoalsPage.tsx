/** The city overview: the active plan's vision and its goals, as of today or a past fiscal year's end. */
import './goals.css';
import { formatShare } from '@civicstat/shared';
import { Link } from 'react-router';
import { isNotFound } from '../../api/ApiError';
import { performanceReportUrl } from '../../api/downloads';
import { useSession } from '../../api/useSession';
import { fyParam, usePlan, usePlanHistory } from '../../api/usePlan';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageState } from '../../components/PageState';
import { StatusDistribution } from '../../components/StatusDistribution';
import { useFiscalYearParam } from '../../components/useFiscalYearParam';
import { usePageTitle } from '../../components/usePageTitle';
import { GoalCard } from './GoalCard';
import { NoActivePlan } from './NoActivePlan';
import { fiscalYears } from './fiscalYears';
import type { SharePoint } from './ShareHistory';

/** How many earlier fiscal years the goal cards' history charts show. */
const HISTORY_YEARS = 4;

export function GoalsPage() {
  usePageTitle('Goals');
  const [fiscalYear, setFiscalYear] = useFiscalYearParam();
  const today = usePlan();
  const plan = usePlan(fiscalYear);
  const shown = plan.data;
  const historyYears: number[] = [];
  if (shown) {
    for (let year = shown.fiscalYear - HISTORY_YEARS; year < shown.fiscalYear; year += 1) {
      if (year >= shown.firstFiscalYear) historyYears.push(year);
    }
  }
  const history = usePlanHistory(historyYears);
  const role = useSession().data?.user.role;

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

  const { title, vision, goals, firstFiscalYear, lastFiscalYear, rollUp } = plan.data;
  const currentFiscalYear = today.data?.fiscalYear ?? plan.data.fiscalYear;
  const isPast = plan.data.fiscalYear !== currentFiscalYear;
  const historyOf = (goalId: number): SharePoint[] =>
    history.flatMap((query) => {
      const goal = query.data?.goals.find((candidate) => candidate.id === goalId);
      return query.data && goal
        ? [{ fiscalYear: query.data.fiscalYear, share: goal.rollUp.shareOnTrack }]
        : [];
    });
  return (
    <>
      <header className="page-header overview-header">
        <div>
          <p className="eyebrow">Strategic plan, {fiscalYears(firstFiscalYear, lastFiscalYear)}</p>
          <h1>{title}</h1>
        </div>
        <div className="page-header__tools">
          <FiscalYearSelect
            value={fiscalYear}
            currentFiscalYear={currentFiscalYear}
            firstFiscalYear={firstFiscalYear}
            onChange={setFiscalYear}
          />
          <Link className="button button--secondary" to={`/present${fyParam(fiscalYear)}`}>
            Present to council
          </Link>
          <Link className="button button--secondary" to={`/packet${fyParam(fiscalYear)}`}>
            Council packet
          </Link>
          {(role === 'budget_office' || role === 'admin') && (
            <a
              className="button button--secondary"
              href={performanceReportUrl(fiscalYear)}
              download
            >
              Download the performance report (Excel)
            </a>
          )}
        </div>
      </header>
      <section className="vision" aria-labelledby="vision-heading">
        <h2 id="vision-heading" className="vision__heading">
          Vision
        </h2>
        <p className="vision__text">{vision}</p>
      </section>
      <section className="plan-summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">
          {isPast ? `At the end of FY${plan.data.fiscalYear}` : `FY${plan.data.fiscalYear} so far`}
        </h2>
        <p className="plan-summary__share">
          <strong>{formatShare(rollUp.shareOnTrack)}</strong> of the city&rsquo;s KPIs with a target
          and data are on track
        </p>
        <StatusDistribution rollUp={rollUp} />
      </section>
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">Goals</h2>
        {goals.length === 0 ? (
          <p>This plan has no goals yet.</p>
        ) : (
          <ul className="card-grid">
            {goals.map((goal) => (
              <li key={goal.id}>
                <GoalCard
                  goal={goal}
                  fiscalYear={plan.data.fiscalYear}
                  linkSearch={fyParam(fiscalYear)}
                  history={historyOf(goal.id)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
