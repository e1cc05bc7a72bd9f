/** Small factories: each test builds the rows it needs, with defaults it can override. */
import type { Db } from '../db/database';

let sequence = 0;
const next = () => (sequence += 1);

type Row = Record<string, unknown>;

async function insert(db: Db, table: string, row: Row): Promise<Row & { id: number }> {
  const [created] = await db(table).insert(row).returning('*');
  return created as Row & { id: number };
}

export function makeDepartment(db: Db, overrides: Row = {}) {
  const n = next();
  return insert(db, 'departments', { code: `D${n}`, name: `Department ${n}`, ...overrides });
}

export function makePlan(db: Db, overrides: Row = {}) {
  return insert(db, 'plans', {
    title: 'Strategic Plan',
    vision: 'A great place to live, work and play.',
    first_fiscal_year: 2017,
    last_fiscal_year: 2030,
    status: 'active',
    ...overrides,
  });
}

export function makeGoal(db: Db, planId: number, overrides: Row = {}) {
  const n = next();
  return insert(db, 'goals', {
    plan_id: planId,
    number: (n % 99) + 1,
    title: `Goal ${n}`,
    ...overrides,
  });
}

export function makeObjective(db: Db, goalId: number, overrides: Row = {}) {
  const n = next();
  return insert(db, 'objectives', {
    goal_id: goalId,
    number: (n % 99) + 1,
    title: `Objective ${n}`,
    ...overrides,
  });
}

export async function makeKpi(db: Db, overrides: Row = {}) {
  const n = next();
  const departmentId = overrides.department_id ?? (await makeDepartment(db)).id;
  return insert(db, 'kpis', {
    code: `KPI-${n}`,
    name: `KPI ${n}`,
    department_id: departmentId,
    display_format: 'count',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'sum',
    ...overrides,
  });
}

export function makeMeasurement(
  db: Db,
  kpiId: number,
  periodStart: string,
  value: number,
  overrides: Row = {},
) {
  return insert(db, 'measurements', {
    kpi_id: kpiId,
    period_start: periodStart,
    value,
    state: 'approved',
    ...overrides,
  });
}

export function makeTarget(
  db: Db,
  kpiId: number,
  fiscalYear: number,
  target: number | { low: number; high: number },
) {
  return insert(db, 'kpi_targets', {
    kpi_id: kpiId,
    fiscal_year: fiscalYear,
    ...(typeof target === 'number'
      ? { target }
      : { target_low: target.low, target_high: target.high }),
  });
}

export function makeDashboard(db: Db, overrides: Row = {}) {
  const n = next();
  return insert(db, 'dashboards', { slug: `board-${n}`, title: `Board ${n}`, ...overrides });
}
