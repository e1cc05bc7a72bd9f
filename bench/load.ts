/**
 * Loads the benchmark city in one transaction: a half-loaded city is never measured, and one
 * commit at the end is much faster than one per batch.
 */
import type { Knex } from 'knex';
import type { Db } from '../server/src/db/database';
import { departments, goals } from './catalog';
import {
  FIRST_FISCAL_YEAR,
  LAST_FISCAL_YEAR,
  measurementCount,
  type City,
  type CityKpi,
} from './city';
import { Progress } from './progress';
import { measurementsOf, targetsOf } from './series';

/** Rows per VALUES insert: few round trips, and under PostgreSQL's 65,535 parameters (kpis: 15 × 2,000). */
const ROWS_PER_INSERT = 2000;
/** Rows per unnest() insert of measurements, which takes six array parameters whatever the count. */
const MEASUREMENTS_PER_INSERT = 5000;

export interface LoadSummary {
  kpis: number;
  targets: number;
  measurements: number;
  /** Seconds to generate and insert everything (the transaction, commit included). */
  loadSeconds: number;
  /** Seconds of VACUUM ANALYZE afterwards. */
  vacuumSeconds: number;
}

function need<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`the benchmark city refers to an unknown key: ${key}`);
  return value;
}

async function insertInBatches(
  trx: Knex.Transaction,
  table: string,
  rows: readonly object[],
  progress?: Progress,
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    await trx(table).insert(batch);
    progress?.add(batch.length);
  }
}

async function insertReturningIds(
  trx: Knex.Transaction,
  table: string,
  rows: ReadonlyArray<Record<string, unknown>>,
  key: string,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const inserted = (await trx(table)
      .insert(rows.slice(i, i + ROWS_PER_INSERT))
      .returning(['id', key])) as Array<Record<string, unknown>>;
    for (const row of inserted) ids.set(String(row[key]), Number(row.id));
  }
  return ids;
}

/** Plan, goals, objectives and departments; returns the ids KPIs refer to. */
async function insertPlan(trx: Knex.Transaction) {
  const departmentIds = await insertReturningIds(
    trx,
    'departments',
    departments.map(({ code, name }) => ({ code, name })),
    'code',
  );
  const [plan] = (await trx('plans')
    .insert({
      title: `Benchmark City strategic plan FY${FIRST_FISCAL_YEAR}–FY${LAST_FISCAL_YEAR}`,
      vision: 'A city that measures what matters and shows its work.',
      first_fiscal_year: FIRST_FISCAL_YEAR,
      last_fiscal_year: LAST_FISCAL_YEAR,
      status: 'active',
    })
    .returning('id')) as Array<{ id: number }>;
  if (!plan) throw new Error('inserting the plan returned no row');
  const objectiveIds = new Map<string, number>();
  for (const [g, goal] of goals.entries()) {
    const [row] = (await trx('goals')
      .insert({ plan_id: plan.id, number: g + 1, title: goal.title, colour: goal.colour })
      .returning('id')) as Array<{ id: number }>;
    if (!row) throw new Error('inserting a goal returned no row');
    const objectives = await insertReturningIds(
      trx,
      'objectives',
      goal.objectives.map((title, o) => ({ goal_id: row.id, number: o + 1, title })),
      'number',
    );
    for (const [number, id] of objectives) objectiveIds.set(`${g + 1}.${number}`, id);
  }
  return { departmentIds, objectiveIds };
}

function kpiRow(
  kpi: CityKpi,
  departmentIds: Map<string, number>,
  objectiveIds: Map<string, number>,
) {
  const { measure } = kpi;
  return {
    code: kpi.code,
    name: kpi.name,
    department_id: need(departmentIds, kpi.departmentCode),
    objective_id: kpi.objectiveKey === null ? null : need(objectiveIds, kpi.objectiveKey),
    unit: measure.unit,
    display_format: measure.format,
    direction: measure.direction,
    frequency: kpi.frequency,
    aggregation: measure.aggregation,
    tolerance: kpi.tolerance,
    min_value: 0,
    max_value: measure.max,
    is_public: kpi.isPublic,
    data_source: 'civicstat benchmark generator',
    methodology: 'Synthetic values: a drifting level with a yearly cycle and noise.',
  };
}

/** A PostgreSQL array literal of numbers and nulls (knex's binding types take no nulls in arrays). */
function numericArray(values: ReadonlyArray<number | null>): string {
  return `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;
}

/**
 * Measurements go in as column arrays through unnest(): one statement per few thousand rows
 * with six parameters, which PostgreSQL parses far faster than thousands of VALUES tuples.
 */
async function insertMeasurements(
  trx: Knex.Transaction,
  city: City,
  kpiIds: Map<string, number>,
  progress: Progress,
): Promise<number> {
  const columns = () => ({
    kpiId: [] as number[],
    periodStart: [] as string[],
    value: [] as number[],
    numerator: [] as Array<number | null>,
    denominator: [] as Array<number | null>,
    state: [] as string[],
  });
  let batch = columns();
  let inserted = 0;
  const flush = async () => {
    if (batch.kpiId.length === 0) return;
    const arrays: Knex.RawBinding[] = [
      batch.kpiId,
      batch.periodStart,
      batch.value,
      numericArray(batch.numerator),
      numericArray(batch.denominator),
      batch.state,
    ];
    await trx.raw(
      `insert into measurements (kpi_id, period_start, value, numerator, denominator, state)
       select * from unnest(?::int[], ?::date[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[])`,
      arrays,
    );
    inserted += batch.kpiId.length;
    progress.add(batch.kpiId.length);
    batch = columns();
  };
  for (const kpi of city.kpis) {
    const kpiId = need(kpiIds, kpi.code);
    for (const m of measurementsOf(city, kpi)) {
      batch.kpiId.push(kpiId);
      batch.periodStart.push(m.periodStart);
      batch.value.push(m.value);
      batch.numerator.push(m.numerator);
      batch.denominator.push(m.denominator);
      batch.state.push(m.state);
    }
    if (batch.kpiId.length >= MEASUREMENTS_PER_INSERT) await flush();
  }
  await flush();
  return inserted;
}

/** City-wide budget annotations, a "method changed" note on one KPI in twenty, the boards. */
async function insertAnnotationsAndDashboards(
  trx: Knex.Transaction,
  city: City,
  kpiIds: Map<string, number>,
): Promise<void> {
  const annotations: Array<Record<string, unknown>> = [];
  for (let fy = FIRST_FISCAL_YEAR; fy <= LAST_FISCAL_YEAR; fy += 1) {
    const date = city.monthlyPeriods[(fy - FIRST_FISCAL_YEAR) * 12];
    if (date) annotations.push({ kpi_id: null, date, label: `FY${fy} budget takes effect` });
  }
  city.kpis.forEach((kpi, i) => {
    const date = city.monthlyPeriods[(i * 7) % city.monthlyPeriods.length];
    if (i % 20 === 0 && date) {
      annotations.push({ kpi_id: need(kpiIds, kpi.code), date, label: 'New reporting method' });
    }
  });
  await insertInBatches(trx, 'annotations', annotations);
  for (const board of city.dashboards) {
    const [row] = (await trx('dashboards')
      .insert({ slug: board.slug, title: board.title })
      .returning('id')) as Array<{ id: number }>;
    if (!row) throw new Error('inserting a dashboard returned no row');
    await trx('dashboard_kpis').insert(
      board.kpiCodes.map((code, position) => ({
        dashboard_id: row.id,
        kpi_id: need(kpiIds, code),
        position,
      })),
    );
  }
}

export async function loadCity(db: Db, city: City): Promise<LoadSummary> {
  const targetsByKpi = city.kpis.map((kpi) => targetsOf(city, kpi));
  const targetCount = targetsByKpi.reduce((n, targets) => n + targets.length, 0);
  const progress = new Progress('loading', targetCount + measurementCount(city));
  const counts = await db.transaction(async (trx) => {
    const { departmentIds, objectiveIds } = await insertPlan(trx);
    const kpiIds = await insertReturningIds(
      trx,
      'kpis',
      city.kpis.map((kpi) => kpiRow(kpi, departmentIds, objectiveIds)),
      'code',
    );
    const targets = city.kpis.flatMap((kpi, i) =>
      (targetsByKpi[i] ?? []).map((t) => ({
        kpi_id: need(kpiIds, kpi.code),
        fiscal_year: t.fiscalYear,
        period_start: null,
        target: t.target,
        target_low: t.targetLow,
        target_high: t.targetHigh,
      })),
    );
    await insertInBatches(trx, 'kpi_targets', targets, progress);
    const measurements = await insertMeasurements(trx, city, kpiIds, progress);
    await insertAnnotationsAndDashboards(trx, city, kpiIds);
    return { kpis: kpiIds.size, targets: targets.length, measurements };
  });
  const loadSeconds = progress.finish();
  // Fresh statistics and visibility map, as on a database that has been running a while, so
  // plans are realistic and autovacuum does not wake up in the middle of a measurement.
  const vacuumStarted = performance.now();
  await db.raw('vacuum analyze');
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  return { ...counts, loadSeconds, vacuumSeconds };
}
