/** One goal: its objectives, each with its KPIs' status, latest value, target, FYTD and trend. */
import {
  formatCount,
  formatDate,
  formatShare,
  statusLabels,
  type KpiStatus,
} from '@civicstat/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { isNotFound } from '../../api/ApiError';
import { kpiListDownloadUrl } from '../../api/downloads';
import { useGoal } from '../../api/useGoal';
import { fyParam, usePlan } from '../../api/usePlan';
import { useSite } from '../../api/useSite';
import { DownloadMenu } from '../../components/DownloadMenu';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageState } from '../../components/PageState';
import { StatusDistribution } from '../../components/StatusDistribution';
import { useFiscalYearParam } from '../../components/useFiscalYearParam';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { countLabel } from './countLabel';
import { goalAccent } from './goalAccent';
import '../../components/tables.css';
import './goals.css';
import './print.css';
import { KpiTable } from './KpiTable';
import { kpiViewOf, matchesView, sortKpis, type KpiSortKey } from './kpiFilters';
import { NoActivePlan } from './NoActivePlan';

export function GoalPage() {
  const { number: param = '' } = useParams();
  const [fiscalYear, setFiscalYear] = useFiscalYearParam();
  const [params, setParams] = useSearchParams();
  const today = usePlan();
  const plan = usePlan(fiscalYear);
  const site = useSite();
  const summary = plan.data?.goals.find((candidate) => String(candidate.number) === param);
  const goal = useGoal(summary?.id, fiscalYear);
  usePageTitle(
    summary
      ? `Goal ${summary.number}: ${summary.title}`
      : plan.isSuccess
        ? 'Page not found'
        : isNotFound(plan.error)
          ? 'No strategic plan'
          : 'Goal',
  );

  if (plan.isPending || (summary && goal.isPending)) {
    return <PageState kind="loading" label="Loading the goal…" />;
  }
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
  if (!summary) {
    return <NotFoundPage message={`The current strategic plan has no goal “${param}”.`} />;
  }
  if (goal.isError || !goal.data) {
    return (
      <PageState
        kind="error"
        title="This goal could not be loaded"
        error={goal.error}
        onRetry={() => void goal.refetch()}
      />
    );
  }

  const detail = goal.data;
  const view = kpiViewOf(params);
  const fiscalYearStartMonth = site.data?.fiscalYearStartMonth ?? 7;
  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const onSort = (key: KpiSortKey) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const order = view.sort === key && view.order === 'asc' ? 'desc' : 'asc';
        next.set('sort', key);
        next.set('order', order);
        return next;
      },
      { replace: true },
    );
  const allKpis = detail.objectives.flatMap((objective) => objective.kpis);
  const departments = [
    ...new Map(allKpis.map((kpi) => [kpi.department.id, kpi.department])).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const objectives = detail.objectives.map((objective) => ({
    ...objective,
    shown: sortKpis(
      objective.kpis.filter((kpi) => matchesView(kpi, view)),
      view,
    ),
  }));
  const shownCount = objectives.reduce((sum, objective) => sum + objective.shown.length, 0);
  const filtered = view.status !== null || view.department !== null || view.q !== '';
  // The download holds the rows shown: this goal's KPIs, filtered and sorted the same way.
  const downloadFilters: Record<string, string> = {
    goal: String(detail.id),
    sort: view.sort,
    order: view.order,
    ...(view.status ? { status: view.status } : {}),
    ...(view.department ? { department: String(view.department) } : {}),
    ...(view.q.trim() ? { q: view.q.trim() } : {}),
    ...(fiscalYear !== undefined ? { fy: String(fiscalYear) } : {}),
  };

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to={`/${fyParam(fiscalYear)}`}>Overview</Link>
          </li>
          <li aria-current="page">Goal {detail.number}</li>
        </ol>
      </nav>
      <header className="page-header" style={goalAccent(detail.colour)}>
        <div className="goal-header">
          <h1>
            <span className="eyebrow">
              Goal {detail.number}
              <span className="visually-hidden">:</span>
            </span>{' '}
            {detail.title}
          </h1>
          <FiscalYearSelect
            value={fiscalYear}
            currentFiscalYear={today.data?.fiscalYear ?? detail.fiscalYear}
            firstFiscalYear={plan.data.firstFiscalYear}
            onChange={setFiscalYear}
          />
        </div>
        <p className="lede">{detail.description}</p>
        <div className="goal-summary">
          <p>
            <strong>{formatShare(detail.rollUp.shareOnTrack)}</strong> on track in FY
            {detail.fiscalYear}, as of {formatDate(detail.asOf)}
          </p>
          <StatusDistribution rollUp={detail.rollUp} />
        </div>
      </header>

      <form
        className="kpi-filters"
        role="search"
        aria-label="Filter this goal's KPIs"
        onSubmit={(event) => event.preventDefault()}
      >
        <div>
          <label htmlFor="kpi-q">Search KPIs</label>
          <input
            id="kpi-q"
            type="search"
            value={view.q}
            placeholder="Name or code"
            onChange={(event) => setParam('q', event.target.value || null)}
          />
        </div>
        <div>
          <label htmlFor="kpi-status">Status</label>
          <select
            id="kpi-status"
            value={view.status ?? ''}
            onChange={(event) => setParam('status', event.target.value || null)}
          >
            <option value="">All statuses</option>
            {(Object.keys(statusLabels) as KpiStatus[]).map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kpi-department">Department</label>
          <select
            id="kpi-department"
            value={view.department ?? ''}
            onChange={(event) => setParam('department', event.target.value || null)}
          >
            <option value="">All departments</option>
            {departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </div>
        <p role="status" className="kpi-filters__count">
          {filtered
            ? `Showing ${formatCount(shownCount)} of ${formatCount(allKpis.length)} KPIs`
            : `${formatCount(allKpis.length)} KPIs`}
        </p>
      </form>

      <div className="download-bar">
        <DownloadMenu
          what={`the KPIs of goal ${detail.number}${filtered ? ' that match the filters' : ''}`}
          urlOf={(format) => kpiListDownloadUrl(downloadFilters, format)}
        />
      </div>

      {objectives.length === 0 && <p>No objectives have been set for this goal yet.</p>}
      {objectives.map((objective) => (
        <section
          key={objective.id}
          className="objective-section"
          aria-labelledby={`objective-${objective.id}`}
        >
          <h2 id={`objective-${objective.id}`}>
            <span className="objective__number">
              Objective {detail.number}.{objective.number}
              <span className="visually-hidden">:</span>
            </span>{' '}
            {objective.title}
          </h2>
          <p className="objective-section__summary">
            {countLabel(objective.kpis.length, 'KPI')}
            {objective.rollUp.shareOnTrack !== null &&
              `, ${formatShare(objective.rollUp.shareOnTrack)} on track`}
          </p>
          {objective.shown.length === 0 ? (
            <p>
              {objective.kpis.length === 0
                ? 'No KPIs measure this objective yet.'
                : 'No KPIs of this objective match the filters.'}
            </p>
          ) : (
            <KpiTable
              kpis={objective.shown}
              caption={`KPIs of objective ${detail.number}.${objective.number}`}
              fiscalYearStartMonth={fiscalYearStartMonth}
              sort={{ view, onSort }}
              linkSearch={fyParam(fiscalYear)}
            />
          )}
        </section>
      ))}
    </>
  );
}
