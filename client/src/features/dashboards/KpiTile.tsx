import { formatPeriod, formatTarget, formatValue, type KpiSummary } from '@civicstat/shared';
import { Link } from 'react-router';
import { Sparkline } from '../../components/Sparkline';
import { StatusBadge } from '../../components/StatusBadge';
import { TrendIndicator } from '../../components/TrendIndicator';

/** One KPI of a board as a small multiple: status, latest value against target, and its recent line. */
export function KpiTile({
  kpi,
  fiscalYearStartMonth,
  linkSearch = '',
}: {
  kpi: KpiSummary;
  fiscalYearStartMonth: number;
  linkSearch?: string;
}) {
  const { latest, sparkline, trend, status, stale } = kpi.performance;
  const target = latest?.target ?? null;
  const first = sparkline[0];
  const last = sparkline[sparkline.length - 1];
  const period = (start: string) => formatPeriod(start, kpi.frequency, fiscalYearStartMonth);
  return (
    <article className="kpi-tile">
      <h3 className="kpi-tile__title">
        <Link to={`/kpis/${kpi.id}${linkSearch}`}>{kpi.name}</Link>
      </h3>
      <StatusBadge status={status} />
      {stale && <p className="kpi-tile__note">Data overdue</p>}
      <p className="kpi-tile__value">
        {latest ? formatValue(latest.value, kpi, { withUnit: true }) : 'No data yet'}
        {latest && <span className="kpi-tile__period">{period(latest.periodStart)}</span>}
      </p>
      <p className="kpi-tile__target">Target: {formatTarget(target, kpi, { withUnit: true })}</p>
      <Sparkline
        values={sparkline.map((point) => point.value)}
        reference={target && 'value' in target ? target.value : null}
        width={240}
        height={56}
      />
      {first && last && sparkline.length > 1 && (
        <p className="visually-hidden">
          From {formatValue(first.value, kpi, { withUnit: true })} in {period(first.periodStart)} to{' '}
          {formatValue(last.value, kpi, { withUnit: true })} in {period(last.periodStart)}.
        </p>
      )}
      <TrendIndicator trend={trend} />
    </article>
  );
}
