/** Filtering and sorting of a goal's KPI rows, as the URL says (`?status=off_track&q=permit&sort=status`). */
import { statusSeverity, type KpiStatus, type KpiSummary } from '@civicstat/shared';

export const kpiSortKeys = ['status', 'name', 'department'] as const;
export type KpiSortKey = (typeof kpiSortKeys)[number];

export interface KpiView {
  status: KpiStatus | null;
  department: number | null;
  q: string;
  sort: KpiSortKey;
  order: 'asc' | 'desc';
}

const statuses = Object.keys(statusSeverity) as KpiStatus[];

/** The view a URL's search parameters ask for; anything unrecognised falls back to the default. */
export function kpiViewOf(params: URLSearchParams): KpiView {
  const status = params.get('status');
  const department = Number(params.get('department'));
  const sort = params.get('sort');
  return {
    status: statuses.includes(status as KpiStatus) ? (status as KpiStatus) : null,
    department: Number.isInteger(department) && department > 0 ? department : null,
    q: params.get('q') ?? '',
    sort: kpiSortKeys.includes(sort as KpiSortKey) ? (sort as KpiSortKey) : 'status',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

export function matchesView(kpi: KpiSummary, view: KpiView): boolean {
  if (view.status && kpi.performance.status !== view.status) return false;
  if (view.department && kpi.department.id !== view.department) return false;
  const q = view.q.trim().toLowerCase();
  return !q || kpi.name.toLowerCase().includes(q) || kpi.code.toLowerCase().includes(q);
}

const byName = (a: KpiSummary, b: KpiSummary) => a.name.localeCompare(b.name);
const comparators: Record<KpiSortKey, (a: KpiSummary, b: KpiSummary) => number> = {
  // Worst first: the rows a council member should ask about come to the top.
  status: (a, b) =>
    statusSeverity[a.performance.status] - statusSeverity[b.performance.status] || byName(a, b),
  name: byName,
  department: (a, b) => a.department.name.localeCompare(b.department.name) || byName(a, b),
};

export function sortKpis(kpis: readonly KpiSummary[], view: KpiView): KpiSummary[] {
  const compare = comparators[view.sort];
  const sorted = [...kpis].sort(compare);
  return view.order === 'desc' ? sorted.reverse() : sorted;
}
