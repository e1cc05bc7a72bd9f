/** The database's own integrity rules, proven by writing to it directly, bypassing the API. */
import { makeKpi, makeMeasurement } from '../test/factories';
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

/** The PostgreSQL error a refused statement reports. */
async function violation(statement: PromiseLike<unknown>) {
  try {
    await statement;
  } catch (error) {
    const { code, constraint, column } = error as Record<string, unknown>;
    return { code, constraint, column };
  }
  throw new Error('the statement succeeded');
}

const measurements = () => database.db('measurements');

describe('measurements and targets against their KPI', () => {
  it('refuse a value outside its KPI’s bounds, inserted or updated', async () => {
    const kpi = await makeKpi(database.db, { min_value: 0, max_value: 1 });
    const outOfBounds = {
      code: '23514',
      constraint: 'measurements_value_within_bounds',
      column: 'value',
    };
    expect(
      await violation(
        measurements().insert({ kpi_id: kpi.id, period_start: '2026-10-01', value: 1.5 }),
      ),
    ).toEqual(outOfBounds);
    await makeMeasurement(database.db, kpi.id, '2026-10-01', 0.5);
    expect(await violation(measurements().where({ kpi_id: kpi.id }).update({ value: -1 }))).toEqual(
      outOfBounds,
    );
    expect(await measurements().where({ kpi_id: kpi.id }).pluck('value')).toEqual([0.5]);
  });

  it('accept any value when the KPI has no bounds, and the bounds themselves', async () => {
    const open = await makeKpi(database.db);
    const bounded = await makeKpi(database.db, { min_value: 0, max_value: 1 });
    await measurements().insert([
      { kpi_id: open.id, period_start: '2026-10-01', value: -1e15 },
      { kpi_id: bounded.id, period_start: '2026-09-01', value: 0 },
      { kpi_id: bounded.id, period_start: '2026-10-01', value: 1 },
    ]);
    expect(await measurements().count({ n: '*' })).toEqual([{ n: 3 }]);
  });

  it('refuse new or changed measurements and targets of an archived KPI', async () => {
    const { db } = database;
    const kpi = await makeKpi(db);
    await makeMeasurement(db, kpi.id, '2026-09-01', 1);
    await db('kpi_targets').insert({ kpi_id: kpi.id, fiscal_year: 2026, target: 1 });
    await db('kpis').where({ id: kpi.id }).update({ archived_at: new Date() });
    const archived = (table: string) => ({
      code: '23514',
      constraint: `${table}_kpi_not_archived`,
      column: 'kpi_id',
    });
    expect(
      await violation(
        measurements().insert({ kpi_id: kpi.id, period_start: '2026-10-01', value: 1 }),
      ),
    ).toEqual(archived('measurements'));
    expect(await violation(measurements().where({ kpi_id: kpi.id }).update({ value: 2 }))).toEqual(
      archived('measurements'),
    );
    expect(
      await violation(db('kpi_targets').insert({ kpi_id: kpi.id, fiscal_year: 2027, target: 1 })),
    ).toEqual(archived('kpi_targets'));
    expect(
      await violation(db('kpi_targets').where({ kpi_id: kpi.id }).update({ target: 2 })),
    ).toEqual(archived('kpi_targets'));
  });
});

describe('period locks', () => {
  const locked = {
    code: '23514',
    constraint: 'measurements_period_unlocked',
    column: 'period_start',
  };

  async function lockFy2025Q4() {
    await database
      .db('period_locks')
      .insert({ fiscal_year: 2025, quarter: 4, starts_on: '2025-04-01', ends_on: '2025-06-30' });
  }

  it('refuse inserting, changing, moving or deleting a value whose period lies in a locked one', async () => {
    const monthly = await makeKpi(database.db);
    const quarterly = await makeKpi(database.db, { frequency: 'quarterly' });
    await makeMeasurement(database.db, monthly.id, '2025-05-01', 1);
    await lockFy2025Q4();
    expect(
      await violation(
        measurements().insert({ kpi_id: monthly.id, period_start: '2025-04-01', value: 1 }),
      ),
    ).toEqual(locked);
    expect(
      await violation(
        measurements().insert({ kpi_id: quarterly.id, period_start: '2025-04-01', value: 1 }),
      ),
    ).toEqual(locked);
    const existing = measurements().where({ kpi_id: monthly.id, period_start: '2025-05-01' });
    expect(await violation(existing.clone().update({ value: 2 }))).toEqual(locked);
    expect(await violation(existing.clone().update({ period_start: '2025-07-01' }))).toEqual(
      locked,
    );
    expect(await violation(existing.clone().delete())).toEqual(locked);
    expect(await measurements().pluck('value')).toEqual([1]);
  });

  it('name the lock in the error message', async () => {
    const monthly = await makeKpi(database.db);
    await lockFy2025Q4();
    await expect(
      measurements().insert({ kpi_id: monthly.id, period_start: '2025-06-01', value: 1 }),
    ).rejects.toThrow('FY2025 Q4 is locked by the budget office');
  });

  it('leave periods outside the lock, and a year’s value that spans more than the locked quarter, open', async () => {
    const monthly = await makeKpi(database.db);
    const annual = await makeKpi(database.db, { frequency: 'annual' });
    await lockFy2025Q4();
    await measurements().insert([
      { kpi_id: monthly.id, period_start: '2025-03-01', value: 1 },
      { kpi_id: monthly.id, period_start: '2025-07-01', value: 1 },
      { kpi_id: annual.id, period_start: '2024-07-01', value: 1 },
    ]);
    await database
      .db('period_locks')
      .insert({ fiscal_year: 2025, quarter: null, starts_on: '2024-07-01', ends_on: '2025-06-30' });
    expect(
      await violation(measurements().where({ kpi_id: annual.id }).update({ value: 2 })),
    ).toEqual(locked);
  });

  it('keep one lock per fiscal year and quarter', async () => {
    await lockFy2025Q4();
    expect(
      await violation(
        database.db('period_locks').insert({
          fiscal_year: 2025,
          quarter: 4,
          starts_on: '2025-04-01',
          ends_on: '2025-06-30',
        }),
      ),
    ).toMatchObject({ code: '23505', constraint: 'period_locks_one_per_period' });
    const year = {
      fiscal_year: 2025,
      quarter: null,
      starts_on: '2024-07-01',
      ends_on: '2025-06-30',
    };
    await database.db('period_locks').insert(year);
    expect(await violation(database.db('period_locks').insert(year))).toMatchObject({
      code: '23505',
    });
    expect(
      await violation(
        database.db('period_locks').insert({ ...year, fiscal_year: 2026, quarter: 5 }),
      ),
    ).toMatchObject({ code: '23514', constraint: 'period_locks_quarter_range' });
  });
});
