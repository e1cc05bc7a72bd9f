/**
 * The numbers behind "how is this KPI doing", for many KPIs in one statement: its most
 * recent values (for status, trend and sparkline), the fiscal year's sufficient statistics
 * (for FYTD by any aggregation), the value a year before the latest (year over year) and the
 * targets that can apply to them. Each KPI is an index range scan on measurements
 * (kpi_id, period_start) and on kpi_targets (kpi_id, fiscal_year); nothing loops per KPI.
 */
import type { Db } from '../db/database';
import { kpiBaseQuery, orderKpis, type KpiFilter, type KpiListOptions, type KpiRow } from './kpis';

export interface RecentPoint {
  periodStart: string;
  value: number;
}

export interface SnapshotRow {
  kpi_id: number;
  /** Chronological, at most `recentPoints` long, none after `asOf`. */
  recent: RecentPoint[];
  fy_count: number;
  fy_sum: number;
  fy_sum_numerator: number | null;
  fy_sum_denominator: number | null;
  fy_min: number | null;
  fy_max: number | null;
  fy_last: number | null;
  fy_last_period: string | null;
  year_before_value: number | null;
  /** The fiscal year's targets and the latest period's (see targetsThatMayApply). */
  targets: TargetRow[];
}

export interface SnapshotWindow {
  /** Nothing after this date counts ("the picture as of"). */
  asOf: string;
  /** First day of the fiscal year that contains asOf. */
  fiscalYearStart: string;
  /** The fiscal year that contains asOf. */
  fiscalYear: number;
  recentPoints: number;
  /** The workflow states that count: every state for staff, only approved ones for the public. */
  states: readonly string[];
}

/**
 * A lateral subquery `targets(rows)`: as JSON, the KPI's year-level targets for the fiscal year
 * of `period` (the calendar year it falls in or the next: which one depends on the fiscal
 * year's first month, which the shared rules decide), any override of `period` itself, and
 * the year-level targets of the fiscal year bound to its `?`. json_build_object writes numeric
 * as a JSON number and date as YYYY-MM-DD, as the type parsers do.
 */
function targetsThatMayApply(period: string): string {
  const year = `extract(year from ${period})::int`;
  return `
      cross join lateral (
        select coalesce(json_agg(json_build_object(
                 'kpi_id', t.kpi_id, 'fiscal_year', t.fiscal_year, 'period_start', t.period_start,
                 'target', t.target, 'target_low', t.target_low, 'target_high', t.target_high)),
                 '[]'::json) as rows
          from kpi_targets t
         where t.kpi_id = k.id
           and (t.fiscal_year in (${year}, ${year} + 1) or t.fiscal_year = ?::int)
           and (t.period_start is null or t.period_start = ${period})
      ) targets`;
}

export async function loadSnapshots(
  db: Db,
  kpiIds: number[],
  window: SnapshotWindow,
): Promise<Map<number, SnapshotRow>> {
  if (kpiIds.length === 0) return new Map();
  const { rows } = (await db.raw(
    `
    select k.id as kpi_id,
           coalesce(recent.points, '[]'::json) as recent,
           fy.count as fy_count, fy.sum as fy_sum,
           fy.sum_numerator as fy_sum_numerator, fy.sum_denominator as fy_sum_denominator,
           fy.min as fy_min, fy.max as fy_max, fy.last as fy_last, fy.last_period as fy_last_period,
           year_before.value as year_before_value,
           targets.rows as targets
      from unnest(?::int[]) as k(id)
      cross join lateral (
        select json_agg(json_build_object('periodStart', r.period_start, 'value', r.value)
                        order by r.period_start) as points,
               max(r.period_start) as latest_period
          from (select m.period_start, m.value
                  from measurements m
                 where m.kpi_id = k.id and m.period_start <= ?::date and m.state = any(?::text[])
                 order by m.period_start desc
                 limit ?) r
      ) recent
      cross join lateral (
        select count(*)::int as count,
               coalesce(sum(m.value), 0) as sum,
               sum(m.numerator) as sum_numerator,
               sum(m.denominator) as sum_denominator,
               min(m.value) as min,
               max(m.value) as max,
               (array_agg(m.value order by m.period_start desc))[1] as last,
               max(m.period_start) as last_period
          from measurements m
         where m.kpi_id = k.id and m.period_start between ?::date and ?::date
           and m.state = any(?::text[])
      ) fy
      left join measurements year_before
        on year_before.kpi_id = k.id
       and year_before.period_start = (recent.latest_period - interval '1 year')::date
       and year_before.state = any(?::text[])
      ${targetsThatMayApply('recent.latest_period')}
    `,
    [
      kpiIds,
      window.asOf,
      [...window.states],
      window.recentPoints,
      window.fiscalYearStart,
      window.asOf,
      [...window.states],
      [...window.states],
      window.fiscalYear,
    ] as never,
  )) as { rows: SnapshotRow[] };
  return new Map(rows.map((row) => [row.kpi_id, { ...row, recent: row.recent.map(numericPoint) }]));
}

/** json_build_object renders numeric as a JSON number already; keep the type honest anyway. */
function numericPoint(point: RecentPoint): RecentPoint {
  return { periodStart: point.periodStart, value: Number(point.value) };
}

export interface TargetRow {
  kpi_id: number;
  fiscal_year: number;
  period_start: string | null;
  target: number | null;
  target_low: number | null;
  target_high: number | null;
}

/** The targets of some KPIs for some fiscal years, year-level and per-period overrides. */
export async function loadTargets(
  db: Db,
  kpiIds: number[],
  fiscalYears: number[],
): Promise<TargetRow[]> {
  if (kpiIds.length === 0 || fiscalYears.length === 0) return [];
  // Arrays as one parameter each: a plan's thousand KPIs would otherwise be a thousand.
  const { rows } = (await db.raw(
    `select kpi_id, fiscal_year, period_start, target, target_low, target_high
       from kpi_targets
      where kpi_id = any(?::int[]) and fiscal_year = any(?::int[])`,
    [kpiIds, fiscalYears] as never,
  )) as { rows: TargetRow[] };
  return rows;
}

/** What a KPI's status needs, and the keys roll-ups group it by. */
export type KpiStatusRow = Pick<
  KpiRow,
  | 'id'
  | 'department_id'
  | 'objective_id'
  | 'goal_id'
  | 'direction'
  | 'frequency'
  | 'aggregation'
  | 'tolerance'
> & {
  /** The latest period up to the reading's date, null when the KPI has no value yet. */
  latest_period: string | null;
  latest_value: number | null;
};

/**
 * The KPIs a filter selects, each with its latest value up to a date, in one statement: with
 * the targets of those values' fiscal years (loadTargets), all a roll-up needs, and only the
 * columns it needs (a plan's thousand KPIs with their descriptions and methodology cost more to
 * send than to find). In the order KPI lists come in, which a roll-up's off-track list keeps.
 * (The targets as a lateral json_agg per KPI, like loadSnapshots', made this statement three
 * times slower on a thousand KPIs; one flat statement after it costs a fraction of a millisecond.)
 */
export async function loadStatusInputs(
  db: Db,
  filter: KpiFilter,
  window: Pick<SnapshotWindow, 'asOf' | 'states'>,
  order: Pick<KpiListOptions, 'sort' | 'order'> = {},
): Promise<KpiStatusRow[]> {
  const query = kpiBaseQuery(db, filter)
    .select(
      'k.id',
      'k.department_id',
      'k.objective_id',
      'g.id as goal_id',
      'k.direction',
      'k.frequency',
      'k.aggregation',
      'k.tolerance',
      'latest.period_start as latest_period',
      'latest.value as latest_value',
    )
    .joinRaw(
      `left join lateral (
         select m.period_start, m.value
           from measurements m
          where m.kpi_id = k.id and m.period_start <= ?::date and m.state = any(?::text[])
          order by m.period_start desc
          limit 1
       ) latest on true`,
      [window.asOf, [...window.states]] as never,
    );
  orderKpis(query, filter, order);
  return (await query) as KpiStatusRow[];
}
