/**
 * One public KPI's chart for the city's own website to show in an iframe: no site header,
 * footer or navigation. It always asks as the public (no cookie), so a signed-in member of
 * staff sees what residents see, and a private KPI shows nothing.
 */
import { formatPeriod, formatValue } from '@civicstat/shared';
import { useParams } from 'react-router';
import { isNotFound } from '../../api/ApiError';
import { useKpi, useKpiSeries } from '../../api/useKpi';
import { useSite } from '../../api/useSite';
import { KpiFigure } from '../../components/charts/KpiFigure';
import { PageState } from '../../components/PageState';
import { StatusBadge } from '../../components/StatusBadge';
import { usePageTitle } from '../../components/usePageTitle';
import { seriesRangeOf, useSeriesView } from '../kpis/seriesView';
import './embed.css';

export function EmbedKpiPage() {
  const { id: param = '' } = useParams();
  const id = /^\d{1,9}$/.test(param) ? Number(param) : undefined;
  const kpi = useKpi(id ?? 0, { mode: 'public', enabled: id !== undefined });
  const site = useSite();
  usePageTitle(kpi.data?.name ?? 'KPI');

  let content;
  if (id === undefined || isNotFound(kpi.error)) {
    content = (
      <PageState kind="empty" title="This KPI is not public">
        <p>The city has not published this KPI, or there is no KPI at this address.</p>
      </PageState>
    );
  } else if (kpi.isPending || site.isPending) {
    content = <PageState kind="loading" label="Loading the KPI…" />;
  } else if (kpi.isError || site.isError) {
    content = (
      <PageState
        kind="error"
        title="This KPI could not be loaded"
        error={kpi.error ?? site.error}
        onRetry={() => void (kpi.isError ? kpi.refetch() : site.refetch())}
      />
    );
  } else {
    content = (
      <EmbeddedKpi
        kpi={kpi.data}
        cityName={site.data.cityName}
        fiscalYearStartMonth={site.data.fiscalYearStartMonth}
      />
    );
  }
  return <main className="embed">{content}</main>;
}

function EmbeddedKpi({
  kpi,
  cityName,
  fiscalYearStartMonth,
}: {
  kpi: NonNullable<ReturnType<typeof useKpi>['data']>;
  cityName: string;
  fiscalYearStartMonth: number;
}) {
  // The range and granularity may be set in the iframe's address, as on the KPI page.
  const view = useSeriesView(kpi.frequency);
  const range = seriesRangeOf(view.range, view.granularity, {
    asOf: kpi.asOf,
    fiscalYearStartMonth,
    pastYear: false,
  });
  const series = useKpiSeries(kpi.id, range, { mode: 'public' });
  const { latest, status } = kpi.performance;
  return (
    <>
      <header className="embed__header">
        <h1>{kpi.name}</h1>
        <p className="embed__status">
          <StatusBadge status={status} />
          {latest && (
            <span>
              Latest: <strong>{formatValue(latest.value, kpi, { withUnit: true })}</strong> (
              {formatPeriod(latest.periodStart, kpi.frequency, fiscalYearStartMonth)})
            </span>
          )}
        </p>
      </header>
      {series.isPending ? (
        <div className="chart-skeleton" aria-busy="true">
          <span className="visually-hidden" role="status">
            Loading the values…
          </span>
        </div>
      ) : series.isError ? (
        <PageState
          kind="error"
          title="The values could not be loaded"
          error={series.error}
          onRetry={() => void series.refetch()}
        />
      ) : (
        <KpiFigure
          name={kpi.name}
          points={series.data.points}
          granularity={series.data.granularity}
          frequency={kpi.frequency}
          format={kpi}
          direction={kpi.direction}
          tolerance={kpi.tolerance}
          fiscalYearStartMonth={fiscalYearStartMonth}
          annotations={kpi.annotations}
          height={260}
        />
      )}
      <p className="embed__more">
        <a href={`/kpis/${kpi.id}`} target="_blank" rel="noopener">
          Full details, commentary and methodology on {cityName} performance
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </>
  );
}
