/**
 * Every KPI in one table for staff (the budget office's working view): filters, search, sort and
 * column choice all live in the URL; only the rows in view are rendered, so 1,500 stay smooth.
 */
import {
  formatCount,
  formatDate,
  frequencyLabels,
  kpiFrequencies,
  kpiStatuses,
  statusLabels,
} from '@civicstat/shared';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { kpiListDownloadUrl } from '../../api/downloads';
import { useAllKpis } from '../../api/useAllKpis';
import { useDepartments } from '../../api/useDepartments';
import { usePlan } from '../../api/usePlan';
import { DownloadMenu } from '../../components/DownloadMenu';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { ColumnChooser } from './ColumnChooser';
import { shownColumns } from './columns';
import '../../components/tables.css';
import './kpiList.css';
import { VirtualKpiTable } from './VirtualKpiTable';

/** The URL parameters the API's KPI list understands, passed through as they are. */
const filterNames = ['goal', 'department', 'status', 'frequency', 'q', 'sort', 'order'] as const;

export function KpiListPage() {
  usePageTitle('All KPIs');
  const [params, setParams] = useSearchParams();
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const list = useAllKpis(filters);
  const departments = useDepartments();
  const plan = usePlan();
  const columns = shownColumns(params.get('cols'));
  const [search, setSearch] = useState(params.get('q') ?? '');

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

  // Search as the user types, a moment after they pause, without a request per key.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if ((params.get('q') ?? '') !== search.trim()) setParam('q', search.trim() || null);
    }, 300);
    return () => window.clearTimeout(timer);
  });

  return (
    <>
      <header className="page-header">
        <h1>All KPIs</h1>
        <p className="lede">
          Every KPI with its department, goal, status, latest value and how fresh its data is.
        </p>
      </header>
      <form
        className="kpi-filters"
        role="search"
        aria-label="Filter KPIs"
        onSubmit={(event) => event.preventDefault()}
      >
        <div>
          <label htmlFor="all-q">Search</label>
          <input
            id="all-q"
            type="search"
            value={search}
            placeholder="Name, code or description"
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <Select
          id="all-goal"
          label="Goal"
          value={filters.goal}
          all="All goals"
          options={(plan.data?.goals ?? []).map((goal) => [
            String(goal.id),
            `${goal.number}. ${goal.title}`,
          ])}
          onChange={(value) => setParam('goal', value)}
        />
        <Select
          id="all-department"
          label="Department"
          value={filters.department}
          all="All departments"
          options={(departments.data?.data ?? []).map((d) => [String(d.id), d.name])}
          onChange={(value) => setParam('department', value)}
        />
        <Select
          id="all-status"
          label="Status"
          value={filters.status}
          all="All statuses"
          options={kpiStatuses.map((status) => [status, statusLabels[status]])}
          onChange={(value) => setParam('status', value)}
        />
        <Select
          id="all-frequency"
          label="Frequency"
          value={filters.frequency}
          all="All frequencies"
          options={kpiFrequencies.map((frequency) => [frequency, frequencyLabels[frequency]])}
          onChange={(value) => setParam('frequency', value)}
        />
        <ColumnChooser
          shown={columns.map((column) => column.key)}
          onChange={(keys) => setParam('cols', keys.join(','))}
        />
        <p role="status" className="kpi-filters__count">
          {list.data
            ? `${formatCount(list.data.kpis.length)} KPIs, as of ${formatDate(list.data.asOf)}`
            : 'Loading KPIs…'}
        </p>
      </form>
      <div className="download-bar">
        <DownloadMenu
          what="every KPI that matches the filters"
          urlOf={(format) => kpiListDownloadUrl(filters, format)}
        />
      </div>
      {list.isError ? (
        <PageState
          kind="error"
          title="The KPIs could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : list.data ? (
        list.data.kpis.length === 0 ? (
          <p>No KPI matches these filters. Clear a filter or change the search to see more.</p>
        ) : (
          <VirtualKpiTable
            kpis={list.data.kpis}
            columns={columns}
            sort={filters.sort ?? 'code'}
            order={filters.order === 'desc' ? 'desc' : 'asc'}
            onSort={(sort, order) =>
              setParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  next.set('sort', sort);
                  next.set('order', order);
                  return next;
                },
                { replace: true },
              )
            }
          />
        )
      ) : (
        <PageState kind="loading" label="Loading every KPI…" />
      )}
    </>
  );
}

function Select({
  id,
  label,
  value,
  all,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string | undefined;
  all: string;
  options: [string, string][];
  onChange: (value: string | null) => void;
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{all}</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
