/** KPI reads: the filtered list, one KPI in full, and its measurement series. */
import {
  periodIndexInFiscalYear,
  periodsPerFiscalYear,
  projectFiscalYearEnd,
  type KpiListQuery,
  type KpiPerformance,
  type KpiStatus,
} from '@civicstat/shared';
import { NotFoundError } from '../errors';
import { countKpis, listKpis, type KpiFilter, type KpiRow } from '../queries/kpis';
import { findDashboard } from '../queries/organization';
import {
  listAllTargets,
  listAnnotations,
  listMeasurements,
  type AnnotationRow,
} from '../queries/measurements';
import type { TargetRow } from '../queries/snapshots';
import { resolveAsOf, type AsOf } from './asOf';
import { visibleStates, type ReadContext } from './context';
import {
  assessKpis,
  assessStatuses,
  visibleFilter,
  type AssessedKpis,
  type KpiKeys,
} from './kpiSummaries';
import { performanceOfKpis, targetOfRow, TargetBook } from './performance';

/** Worst first: the order a reviewer wants when sorting by status. */
const statusSeverity = { off_track: 0, at_risk: 1, on_track: 2, no_target: 3, no_data: 4 } as const;

export interface KpiListReading {
  assessed: AssessedKpis;
  total: number;
  asOf: AsOf;
}

export async function readKpiList(
  context: ReadContext,
  query: KpiListQuery,
): Promise<KpiListReading> {
  const asOf = resolveAsOf(query.fy, context.today, context.fiscalYearStartMonth);
  // The public sees nothing of a dashboard it may not see, not even which KPIs are on it.
  const hiddenDashboard =
    query.dashboard !== undefined &&
    context.publicOnly &&
    !(await findDashboard(context.db, String(query.dashboard), true));
  const filter: KpiFilter = visibleFilter(context, {
    ...(hiddenDashboard ? { ids: [] } : {}),
    goalId: query.goal,
    objectiveId: query.objective,
    departmentId: query.department,
    dashboardId: query.dashboard,
    frequency: query.frequency,
    isPublic: query.public,
    text: query.q,
    includeArchived: query.archived === 'include',
  });
  if (query.status === undefined && query.sort !== 'status') {
    // Page in SQL; only the page's KPIs are assessed.
    const [total, assessed] = await Promise.all([
      countKpis(context.db, filter),
      assessKpis(context, asOf, filter, {
        sort: query.sort,
        order: query.order,
        limit: query.limit,
        offset: query.offset,
      }),
    ]);
    return { assessed, total, asOf };
  }
  // Status is computed, not stored: read every match's status, filter, sort and page, then
  // read the page in full.
  const all = await assessStatuses(context, asOf, filter, {
    sort: query.sort === 'status' ? 'code' : query.sort,
    order: query.order,
  });
  const statusOf = (row: KpiKeys) => all.status.get(row.id) as KpiStatus;
  let rows = query.status ? all.rows.filter((row) => statusOf(row) === query.status) : all.rows;
  if (query.sort === 'status') {
    const sign = query.order === 'asc' ? 1 : -1;
    rows = [...rows].sort(
      (a, b) => sign * (statusSeverity[statusOf(a)] - statusSeverity[statusOf(b)]),
    );
  }
  const pageIds = rows.slice(query.offset, query.offset + query.limit).map((row) => row.id);
  const page = await assessKpis(context, asOf, {
    ids: pageIds,
    includeArchived: filter.includeArchived,
  });
  const byId = new Map(page.rows.map((row) => [row.id, row]));
  return {
    assessed: { ...page, rows: pageIds.flatMap((id) => byId.get(id) ?? []) },
    total: rows.length,
    asOf,
  };
}

export async function findKpiRow(context: ReadContext, id: number): Promise<KpiRow> {
  // A non-public KPI is as unknown to the public as one that does not exist.
  const [row] = await listKpis(
    context.db,
    visibleFilter(context, { ids: [id], includeArchived: true }),
  );
  if (!row) throw new NotFoundError(`There is no KPI ${id}.`);
  return row;
}

export interface KpiReading {
  kpi: KpiRow;
  performance: KpiPerformance;
  targets: TargetRow[];
  projection: ReturnType<typeof projectFiscalYearEnd>;
  annotations: AnnotationRow[];
  asOf: AsOf;
}

export async function readKpi(context: ReadContext, id: number, fy?: number): Promise<KpiReading> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  const kpi = await findKpiRow(context, id);
  const [performance, targets, fiscalYearRows, annotations] = await Promise.all([
    performanceOfKpis(
      context.db,
      [kpi],
      asOf,
      context.fiscalYearStartMonth,
      visibleStates(context),
    ),
    listAllTargets(context.db, kpi.id) as Promise<TargetRow[]>,
    listMeasurements(context.db, kpi.id, asOf.fiscalYearStart, asOf.date, visibleStates(context)),
    listAnnotations(context.db, kpi.id),
  ]);
  const book = new TargetBook(targets);
  const yearTarget = book.forYear(kpi.id, asOf.fiscalYear);
  const projection = projectFiscalYearEnd({
    aggregation: kpi.aggregation,
    direction: kpi.direction,
    tolerance: kpi.tolerance,
    points: fiscalYearRows.map((row) => ({
      index: periodIndexInFiscalYear(row.period_start, kpi.frequency, context.fiscalYearStartMonth),
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
    })),
    periodsInYear: periodsPerFiscalYear(
      asOf.fiscalYear,
      kpi.frequency,
      context.fiscalYearStartMonth,
    ),
    fiscalYearTarget: yearTarget,
    // A fitted line must not project a negative count or a share above its maximum.
    bounds: { min: kpi.min_value, max: kpi.max_value },
  });
  return {
    kpi,
    performance: performance.get(kpi.id) as KpiPerformance,
    targets,
    projection,
    annotations,
    asOf,
  };
}

/** Targets by fiscal year, with the per-period overrides under their year. */
export function targetsByYear(rows: TargetRow[]) {
  const years = new Map<
    number,
    {
      fiscalYear: number;
      target: ReturnType<typeof targetOfRow>;
      periodOverrides: Array<{
        periodStart: string;
        target: NonNullable<ReturnType<typeof targetOfRow>>;
      }>;
    }
  >();
  for (const row of rows) {
    const entry = years.get(row.fiscal_year) ?? {
      fiscalYear: row.fiscal_year,
      target: null,
      periodOverrides: [],
    };
    const target = targetOfRow(row);
    if (target && row.period_start === null) entry.target = target;
    else if (target && row.period_start !== null)
      entry.periodOverrides.push({ periodStart: row.period_start, target });
    years.set(row.fiscal_year, entry);
  }
  return [...years.values()].flatMap(({ target, ...rest }) =>
    target ? [{ ...rest, target }] : [],
  );
}
