/** The all-KPIs table's columns: which exist, which show by default, and how each cell reads. */
import {
  formatPeriod,
  formatTarget,
  formatValue,
  frequencyLabels,
  type KpiListQuery,
  type KpiSummary,
} from '@civicstat/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge';
import { TrendIndicator } from '../../components/TrendIndicator';

export interface Column {
  key: string;
  label: string;
  /** The server's sort for this column, when it has one. */
  sort?: KpiListQuery['sort'];
  numeric?: boolean;
  cell: (kpi: KpiSummary, fiscalYearStartMonth: number) => ReactNode;
}

export const columns: Column[] = [
  {
    key: 'code',
    label: 'Code',
    sort: 'code',
    cell: (kpi) => <span className="nowrap">{kpi.code}</span>,
  },
  {
    key: 'name',
    label: 'KPI',
    sort: 'name',
    cell: (kpi) => <Link to={`/kpis/${kpi.id}`}>{kpi.name}</Link>,
  },
  {
    key: 'department',
    label: 'Department',
    sort: 'department',
    cell: (kpi) => kpi.department.name,
  },
  {
    key: 'goal',
    label: 'Goal',
    sort: 'goal',
    cell: (kpi) => (kpi.goal ? `${kpi.goal.number}. ${kpi.goal.title}` : 'None'),
  },
  {
    key: 'status',
    label: 'Status',
    sort: 'status',
    cell: (kpi) => <StatusBadge status={kpi.performance.status} />,
  },
  {
    key: 'latest',
    label: 'Latest',
    numeric: true,
    cell: (kpi, startMonth) => {
      const latest = kpi.performance.latest;
      if (!latest) return 'No data';
      return (
        <>
          {formatValue(latest.value, kpi)}
          <span className="cell-note">
            {formatPeriod(latest.periodStart, kpi.frequency, startMonth)}
          </span>
        </>
      );
    },
  },
  {
    key: 'target',
    label: 'Target',
    numeric: true,
    cell: (kpi) => formatTarget(kpi.performance.latest?.target ?? null, kpi),
  },
  {
    key: 'fytd',
    label: 'FY to date',
    numeric: true,
    cell: (kpi) => {
      const { value } = kpi.performance.fiscalYearToDate;
      return value === null ? 'No data' : formatValue(value, kpi);
    },
  },
  { key: 'trend', label: 'Trend', cell: (kpi) => <TrendIndicator trend={kpi.performance.trend} /> },
  {
    key: 'freshness',
    label: 'Data freshness',
    cell: (kpi) =>
      !kpi.performance.latest ? 'No data' : kpi.performance.stale ? 'Overdue' : 'Up to date',
  },
  {
    key: 'frequency',
    label: 'Frequency',
    sort: 'frequency',
    cell: (kpi) => frequencyLabels[kpi.frequency],
  },
];

export const defaultColumns = [
  'code',
  'name',
  'department',
  'status',
  'latest',
  'fytd',
  'trend',
  'freshness',
];

/** The columns a URL asks for (`cols=code,name,status`), in the table's order; the default otherwise. */
export function shownColumns(param: string | null): Column[] {
  const wanted = param ? param.split(',') : defaultColumns;
  const shown = columns.filter((column) => wanted.includes(column.key));
  return shown.length > 0 ? shown : columns.filter((column) => defaultColumns.includes(column.key));
}
