import { openTestDatabase, type TestDatabase } from '../test/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.reset();
});

async function makeKpi(overrides: Record<string, unknown> = {}): Promise<number> {
  const { db } = database;
  const [department] = await db('departments')
    .insert({ code: 'DSC', name: 'Development Services' })
    .returning('id');
  const [kpi] = await db('kpis')
    .insert({
      code: 'DSC-01',
      name: 'Permits issued',
      department_id: department.id,
      display_format: 'count',
      direction: 'increase',
      frequency: 'monthly',
      aggregation: 'sum',
      ...overrides,
    })
    .returning('id');
  return kpi.id as number;
}

/** The PostgreSQL error code and constraint a failed statement reports. */
async function violation(
  statement: Promise<unknown>,
): Promise<{ code: string; constraint?: string }> {
  try {
    await statement;
  } catch (error) {
    const { code, constraint } = error as { code: string; constraint?: string };
    return { code, constraint };
  }
  throw new Error('the statement succeeded');
}

describe('database constraints', () => {
  it('refuse a KPI direction outside the enumeration', async () => {
    expect(await violation(makeKpi({ direction: 'sideways' }))).toEqual({
      code: '23514',
      constraint: 'kpis_direction',
    });
  });

  it('refuse a tolerance of 1 or more', async () => {
    expect(await violation(makeKpi({ tolerance: 1.5 }))).toMatchObject({
      code: '23514',
      constraint: 'kpis_tolerance_range',
    });
  });

  it('refuse a second measurement for the same KPI and period', async () => {
    const kpiId = await makeKpi();
    await database
      .db('measurements')
      .insert({ kpi_id: kpiId, period_start: '2025-07-01', value: 10 });
    expect(
      await violation(
        database
          .db('measurements')
          .insert({ kpi_id: kpiId, period_start: '2025-07-01', value: 11 }),
      ),
    ).toMatchObject({ code: '23505' });
  });

  it('refuse a monthly measurement period that is not the first of a month', async () => {
    const kpiId = await makeKpi();
    expect(
      await violation(
        database.db('measurements').insert({ kpi_id: kpiId, period_start: '2025-07-15', value: 1 }),
      ),
    ).toMatchObject({ code: '23514', constraint: 'measurements_period_start_aligned' });
  });

  it('accept any day for a daily KPI', async () => {
    const kpiId = await makeKpi({ frequency: 'daily' });
    await database
      .db('measurements')
      .insert({ kpi_id: kpiId, period_start: '2025-07-15', value: 1 });
    expect(
      await database.db('measurements').where({ kpi_id: kpiId }).pluck('period_start'),
    ).toEqual(['2025-07-15']);
  });

  it('refuse a numerator without a denominator', async () => {
    const kpiId = await makeKpi({ aggregation: 'ratio', display_format: 'percent' });
    expect(
      await violation(
        database
          .db('measurements')
          .insert({ kpi_id: kpiId, period_start: '2025-07-01', value: 0.5, numerator: 5 }),
      ),
    ).toMatchObject({ code: '23514', constraint: 'measurements_ratio_parts' });
  });

  it('refuse a measurement for a KPI that does not exist', async () => {
    expect(
      await violation(
        database.db('measurements').insert({ kpi_id: 999, period_start: '2025-07-01', value: 1 }),
      ),
    ).toMatchObject({ code: '23503' });
  });

  it('keep one target per KPI and fiscal year, and a range only with low <= high', async () => {
    const kpiId = await makeKpi();
    await database.db('kpi_targets').insert({ kpi_id: kpiId, fiscal_year: 2026, target: 100 });
    expect(
      await violation(
        database.db('kpi_targets').insert({ kpi_id: kpiId, fiscal_year: 2026, target: 120 }),
      ),
    ).toMatchObject({ code: '23505', constraint: 'kpi_targets_one_per_period' });
    expect(
      await violation(
        database
          .db('kpi_targets')
          .insert({ kpi_id: kpiId, fiscal_year: 2027, target_low: 5, target_high: 1 }),
      ),
    ).toMatchObject({ code: '23514', constraint: 'kpi_targets_target_or_range' });
  });

  it('allow only one active plan', async () => {
    const plan = {
      title: 'Plan',
      first_fiscal_year: 2020,
      last_fiscal_year: 2025,
      status: 'active',
    };
    await database.db('plans').insert(plan);
    expect(await violation(database.db('plans').insert(plan))).toMatchObject({ code: '23505' });
  });

  it('read dates back as YYYY-MM-DD and numerics and bigints as numbers', async () => {
    const kpiId = await makeKpi();
    const [row] = await database
      .db('measurements')
      .insert({ kpi_id: kpiId, period_start: '2025-07-01', value: '12.5' })
      .returning(['id', 'period_start', 'value']);
    expect(row).toEqual({ id: 1, period_start: '2025-07-01', value: 12.5 });
    const counted = await database.db('measurements').count({ count: '*' });
    expect(counted).toEqual([{ count: 1 }]);
  });
});
