import { formatPeriod, formatTarget, formatValue, type KpiSummary } from '@civicstat/shared';
import { Link } from 'react-router';
import { Sparkline } from '../../components/Sparkline';
import { StatusBadge } from '../../components/StatusBadge';
import { TrendIndicator } from '../../components/TrendIndicator';
import type { KpiSortKey, KpiView } from './kpiFilters';

interface KpiTableProps {
  kpis: readonly KpiSummary[];
  caption: string;
  fiscalYearStartMonth: number;
  /** Sortable column headers when given; plain ones otherwise (the printed packet). */
  sort?: { view: KpiView; onSort: (key: KpiSortKey) => void };
  /** The query carried to each KPI's page (`?fy=2024`), or ''. */
  linkSearch?: string;
}

/** A goal's or objective's KPIs, one row each: status, latest value, target, FYTD, trend. */
export function KpiTable({
  kpis,
  caption,
  fiscalYearStartMonth,
  sort,
  linkSearch = '',
}: KpiTableProps) {
  const header = (key: KpiSortKey | null, label: string, className?: string) => {
    if (!key || !sort) {
      return (
        <th scope="col" className={className}>
          {label}
        </th>
      );
    }
    const active = sort.view.sort === key;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={active ? (sort.view.order === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button type="button" className="sort-button" onClick={() => sort.onSort(key)}>
          {label}
          <span aria-hidden="true">{active ? (sort.view.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-scroll">
      <table className="kpi-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header('name', 'KPI')}
            {header('status', 'Status')}
            {header(null, 'Latest', 'numeric')}
            {header(null, 'Target', 'numeric')}
            {header(null, 'Fiscal year to date', 'numeric')}
            {header(null, 'Trend')}
            {header('department', 'Department')}
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => (
            <KpiRow
              key={kpi.id}
              kpi={kpi}
              fiscalYearStartMonth={fiscalYearStartMonth}
              linkSearch={linkSearch}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function KpiRow({
  kpi,
  fiscalYearStartMonth,
  linkSearch,
}: {
  kpi: KpiSummary;
  fiscalYearStartMonth: number;
  linkSearch: string;
}) {
  const { performance } = kpi;
  const { latest, fiscalYearToDate: fytd } = performance;
  const target = latest?.target ?? null;
  return (
    <tr>
      <th scope="row" className="kpi-table__name">
        <Link to={`/kpis/${kpi.id}${linkSearch}`}>{kpi.name}</Link>
        <span className="kpi-table__code">
          {kpi.code}
          {kpi.unit && ` · ${kpi.unit}`}
        </span>
      </th>
      <td>
        <StatusBadge status={performance.status} />
        {performance.stale && <span className="kpi-table__period">Data overdue</span>}
      </td>
      <td className="numeric">
        {latest ? (
          <>
            {formatValue(latest.value, kpi)}
            <span className="kpi-table__period">
              {formatPeriod(latest.periodStart, kpi.frequency, fiscalYearStartMonth)}
            </span>
          </>
        ) : (
          'No data yet'
        )}
      </td>
      <td className="numeric">{formatTarget(target, kpi)}</td>
      <td className="numeric">
        {fytd.value === null ? 'No data' : formatValue(fytd.value, kpi)}
        {/* With no value yet this year, its pro-rated target (often 0) says nothing. */}
        {fytd.value !== null && fytd.target && (
          <span className="kpi-table__period">target {formatTarget(fytd.target, kpi)}</span>
        )}
      </td>
      <td>
        <Sparkline
          values={performance.sparkline.map((point) => point.value)}
          reference={target && 'value' in target ? target.value : null}
        />
        <TrendIndicator trend={performance.trend} />
      </td>
      <td>{kpi.department.name}</td>
    </tr>
  );
}
