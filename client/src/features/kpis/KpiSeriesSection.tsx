import {
  fiscalYearOf,
  fiscalYearRange,
  formatPeriod,
  type KpiDetail,
  type SeriesPoint,
} from '@civicstat/shared';
import { seriesDownloadUrl } from '../../api/downloads';
import { useKpiSeries } from '../../api/useKpi';
import { describeError } from '../../components/describeError';
import { DownloadMenu } from '../../components/DownloadMenu';
import type { ChartProjection } from '../../components/charts/chartData';
import { KpiFigure } from '../../components/charts/KpiFigure';
import { CommentaryTimeline } from './CommentaryTimeline';
import { SeriesControls } from './SeriesControls';
import { granularitiesFor, seriesRangeOf, useSeriesView } from './seriesView';

/** The chart with its range and granularity (in the URL), the CSV download and the commentary. */
export function KpiSeriesSection({
  kpi,
  fiscalYearStartMonth,
  pastYear,
}: {
  kpi: KpiDetail;
  fiscalYearStartMonth: number;
  pastYear: boolean;
}) {
  const view = useSeriesView(kpi.frequency);
  const granularities = granularitiesFor(kpi.frequency);
  const native = granularities[0] ?? 'month';
  const range = seriesRangeOf(view.range, view.granularity, {
    asOf: kpi.asOf,
    fiscalYearStartMonth,
    pastYear,
  });
  const series = useKpiSeries(kpi.id, range);
  // Notes belong to single periods: the commentary reads the KPI's own periods (the same
  // request as the chart's when it shows them).
  const periods = useKpiSeries(kpi.id, { ...range, granularity: native });
  const currentFiscalYear = fiscalYearOf(kpi.asOf, fiscalYearStartMonth);

  // A sum's projection is a year's total: it only compares with the year's values.
  const projection: ChartProjection | null =
    kpi.projection && kpi.aggregation !== 'sum' && view.granularity !== 'fy'
      ? {
          ...kpi.projection,
          date: fiscalYearRange(currentFiscalYear, fiscalYearStartMonth).end,
          fiscalYear: currentFiscalYear,
        }
      : null;

  return (
    <>
      <section aria-labelledby="kpi-series-heading" className="kpi-section">
        <h2 id="kpi-series-heading">Over time</h2>
        <SeriesControls
          view={view}
          granularities={granularities}
          currentFiscalYear={currentFiscalYear}
        />
        {series.isPending ? (
          <div className="chart-skeleton" aria-busy="true">
            <span className="visually-hidden" role="status">
              Loading the values…
            </span>
          </div>
        ) : series.isError ? (
          <div className="kpi-series-error">
            <p role="alert">The values could not be loaded. {describeError(series.error)}</p>
            <button type="button" className="button" onClick={() => void series.refetch()}>
              Try again
            </button>
          </div>
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
            projection={projection}
          />
        )}
        <div className="download-bar download-bar--start">
          <DownloadMenu
            what="these values"
            urlOf={(format) => seriesDownloadUrl(kpi.id, range, format)}
          />
          <span className="download-link__hint">
            Period, value, target, status and notes, one row per{' '}
            {view.granularity === 'fy' ? 'fiscal year' : view.granularity}
          </span>
        </div>
      </section>
      <section aria-labelledby="kpi-commentary-heading" className="kpi-section">
        <h2 id="kpi-commentary-heading">Commentary</h2>
        {periods.isPending ? (
          <p role="status">Loading the commentary…</p>
        ) : periods.isError ? (
          <p role="alert">The commentary could not be loaded. {describeError(periods.error)}</p>
        ) : (
          <CommentaryTimeline
            points={periods.data.points}
            labelOf={(point: SeriesPoint) =>
              formatPeriod(point.periodStart, kpi.frequency, fiscalYearStartMonth)
            }
          />
        )}
      </section>
    </>
  );
}
