/** A curated board, such as the Development Services Center's: its KPIs as a grid of small multiples. */
import { formatShare } from '@civicstat/shared';
import { useParams } from 'react-router';
import { isNotFound } from '../../api/ApiError';
import { kpiListDownloadUrl } from '../../api/downloads';
import { useDashboard } from '../../api/useDashboard';
import { fyParam, usePlan } from '../../api/usePlan';
import { useSite } from '../../api/useSite';
import { DownloadMenu } from '../../components/DownloadMenu';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageState } from '../../components/PageState';
import { StatusDistribution } from '../../components/StatusDistribution';
import { useFiscalYearParam } from '../../components/useFiscalYearParam';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import './dashboards.css';
import { KpiTile } from './KpiTile';

export function DashboardPage() {
  const { slug = '' } = useParams();
  const [fiscalYear, setFiscalYear] = useFiscalYearParam();
  const dashboard = useDashboard(slug, fiscalYear);
  const today = usePlan();
  const site = useSite();
  usePageTitle(
    dashboard.data?.title ?? (isNotFound(dashboard.error) ? 'Page not found' : 'Dashboard'),
  );

  if (dashboard.isPending) return <PageState kind="loading" label="Loading the dashboard…" />;
  if (dashboard.isError) {
    if (isNotFound(dashboard.error)) {
      return <NotFoundPage message={`There is no dashboard “${slug}”.`} />;
    }
    return (
      <PageState
        kind="error"
        title="This dashboard could not be loaded"
        error={dashboard.error}
        onRetry={() => void dashboard.refetch()}
      />
    );
  }
  const board = dashboard.data;
  return (
    <>
      <header className="page-header">
        <div className="goal-header">
          <h1>{board.title}</h1>
          {today.data && (
            <FiscalYearSelect
              value={fiscalYear}
              currentFiscalYear={today.data.fiscalYear}
              firstFiscalYear={today.data.firstFiscalYear}
              onChange={setFiscalYear}
            />
          )}
        </div>
        {board.description && <p className="lede">{board.description}</p>}
        <div className="goal-summary">
          <p>
            <strong>{formatShare(board.rollUp.shareOnTrack)}</strong> of its KPIs on track
          </p>
          <StatusDistribution rollUp={board.rollUp} />
        </div>
      </header>
      {board.kpis.length > 0 && (
        <div className="download-bar">
          <DownloadMenu
            what={`the ${board.title} KPIs`}
            urlOf={(format) =>
              kpiListDownloadUrl(
                {
                  dashboard: String(board.id),
                  ...(fiscalYear !== undefined ? { fy: String(fiscalYear) } : {}),
                },
                format,
              )
            }
          />
        </div>
      )}
      {board.kpis.length === 0 ? (
        <p>No KPIs have been put on this dashboard yet.</p>
      ) : (
        <ul className="tile-grid" aria-label={`${board.title} KPIs`}>
          {board.kpis.map((kpi) => (
            <li key={kpi.id}>
              <KpiTile
                kpi={kpi}
                fiscalYearStartMonth={site.data?.fiscalYearStartMonth ?? 7}
                linkSearch={fyParam(fiscalYear)}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
