/** One KPI: how it is doing, its values against target over time, commentary and methodology. */
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../api/ApiError';
import { useKpi } from '../../api/useKpi';
import { useSession } from '../../api/useSession';
import { useSite } from '../../api/useSite';
import { PageState } from '../../components/PageState';
import { StatusBadge } from '../../components/StatusBadge';
import { useFiscalYearParam } from '../../components/useFiscalYearParam';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { KpiAbout } from './KpiAbout';
import { KpiHeadline } from './KpiHeadline';
import { KpiSeriesSection } from './KpiSeriesSection';
import './kpi.css';

export function KpiPage() {
  const { id: param = '' } = useParams();
  const id = /^\d{1,9}$/.test(param) ? Number(param) : undefined;
  const [fiscalYear] = useFiscalYearParam();
  const kpi = useKpi(id ?? 0, { fiscalYear, enabled: id !== undefined });
  const site = useSite();
  const canEdit = useSession().data?.user.role === 'budget_office';
  usePageTitle(
    kpi.data?.name ?? (id === undefined || isNotFound(kpi.error) ? 'Page not found' : 'KPI'),
  );

  if (id === undefined) return <NotFoundPage message={`There is no KPI “${param}”.`} />;
  if (kpi.isPending || site.isPending) return <PageState kind="loading" label="Loading the KPI…" />;
  if (kpi.isError || site.isError) {
    if (isNotFound(kpi.error)) {
      return (
        <NotFoundPage message="There is no KPI at this address, or it is not public. Staff may need to sign in to see it." />
      );
    }
    return (
      <PageState
        kind="error"
        title="This KPI could not be loaded"
        error={kpi.error ?? site.error}
        onRetry={() => void (kpi.isError ? kpi.refetch() : site.refetch())}
      />
    );
  }

  const detail = kpi.data;
  const { fiscalYearStartMonth } = site.data;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/">Overview</Link>
          </li>
          {detail.goal && (
            <li>
              <Link to={`/goals/${detail.goal.number}`}>Goal {detail.goal.number}</Link>
            </li>
          )}
          <li aria-current="page">{detail.name}</li>
        </ol>
      </nav>
      <header className="page-header kpi-header">
        <h1>
          <span className="eyebrow">
            {detail.code} · {detail.department.name}
            <span className="visually-hidden">:</span>
          </span>{' '}
          {detail.name}
        </h1>
        <p className="kpi-header__status">
          <StatusBadge status={detail.performance.status} size="large" />
          {detail.performance.stale && (
            <span className="kpi-header__stale">
              Data overdue: the latest value is older than the KPI’s reporting schedule.
            </span>
          )}
        </p>
        {detail.description && <p className="lede">{detail.description}</p>}
        {detail.archived && (
          <p className="note" role="note">
            This KPI has been retired. Its history is kept for the record.
          </p>
        )}
        {canEdit && (
          <p className="kpi-header__edit">
            <Link to={`/kpis/${detail.id}/edit`}>Edit definition and targets</Link>
          </p>
        )}
      </header>
      <KpiHeadline kpi={detail} fiscalYearStartMonth={fiscalYearStartMonth} />
      <KpiSeriesSection
        kpi={detail}
        fiscalYearStartMonth={fiscalYearStartMonth}
        pastYear={fiscalYear !== undefined}
      />
      <KpiAbout kpi={detail} />
    </>
  );
}
