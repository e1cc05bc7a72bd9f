/**
 * A KPI's chart as a figure: a caption that says what it shows in words, a legend, the chart
 * (Recharts, loaded on first use) and the same numbers as a table behind "View as table".
 */
import type { SeriesPoint } from '@civicstat/shared';
import { lazy, Suspense, useId } from 'react';
import { ChartLegend } from './ChartLegend';
import { describeSeries, granularityWords, riskBandOf } from './chartData';
import type { KpiChartProps } from './KpiChart';
import { SeriesTable } from './SeriesTable';
import './charts.css';

const KpiChart = lazy(() => import('./KpiChart'));

export type KpiFigureProps = Omit<KpiChartProps, 'title' | 'summary'> & {
  /** The KPI's name: the figure is "<name> by month". */
  name: string;
};

export function KpiFigure({ name, ...chart }: KpiFigureProps) {
  const captionId = useId();
  const { points, granularity, fiscalYearStartMonth, format, projection, frequency } = chart;
  const description = { granularity, fiscalYearStartMonth, format, frequency };
  const title = `${name} by ${granularityWords[granularity]}`;
  const summary = describeSeries(points, description);
  const last = points.at(-1);
  const projectionShown = Boolean(projection && last && projection.date > last.periodStart);

  return (
    <figure className="kpi-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <span className="kpi-figure__title">{title}</span>{' '}
        <span className="kpi-figure__summary">{summary}</span>
      </figcaption>
      {points.length === 0 ? (
        <p className="kpi-figure__empty">
          There are no published values in this range. Choose a longer range, or check back after
          the next reporting period.
        </p>
      ) : (
        <>
          <ChartLegend
            band={points.some((p) => p.target && 'low' in p.target)}
            riskBand={points.some(
              (p) => p.target && riskBandOf(p.target, chart.direction, chart.tolerance),
            )}
            projection={projectionShown}
            annotations={hasAnnotationsIn(
              points,
              chart.annotations,
              projectionShown ? projection?.date : undefined,
            )}
          />
          <div className="kpi-figure__chart">
            <Suspense fallback={<ChartSkeleton height={chart.height ?? 320} />}>
              <KpiChart {...chart} title={title} summary={summary} />
            </Suspense>
          </div>
          <details className="kpi-figure__table">
            <summary>View as table</summary>
            <SeriesTable points={points} description={description} caption={title} />
          </details>
        </>
      )}
    </figure>
  );
}

function hasAnnotationsIn(
  points: readonly SeriesPoint[],
  annotations: KpiChartProps['annotations'],
  projectionDate: string | undefined,
): boolean {
  const first = points[0]?.periodStart;
  const last = projectionDate ?? points.at(-1)?.periodStart;
  if (!first || !last || !annotations) return false;
  return annotations.some((a) => a.date >= first && a.date <= last);
}

function ChartSkeleton({ height }: { height: number }) {
  return (
    // The chart's own height, so that nothing moves when it arrives.
    <div className="chart-skeleton" aria-busy="true" style={{ height }}>
      <span className="visually-hidden" role="status">
        Loading the chart…
      </span>
    </div>
  );
}
