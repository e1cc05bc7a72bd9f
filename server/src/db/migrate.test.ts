import { migrations } from '../../../migrations';
import { openTestDatabase, type TestDatabase } from '../test/database';
import { migrateDown, migrateLatest, migrationStatus } from './migrate';

const coreTables = [
  'annotations',
  'audit_log',
  'dashboard_kpis',
  'dashboards',
  'dataset_kpis',
  'dataset_priority_weights',
  'datasets',
  'departments',
  'goals',
  'import_mappings',
  'imports',
  'kpi_targets',
  'kpis',
  'measurements',
  'objectives',
  'password_tokens',
  'period_locks',
  'plans',
  'sessions',
  'user_departments',
  'users',
];

let database: TestDatabase;

async function tables(): Promise<string[]> {
  const { rows } = (await database.db.raw(
    "select tablename from pg_tables where schemaname = current_schema() and tablename not like 'knex_migrations%' order by 1",
  )) as { rows: Array<{ tablename: string }> };
  return rows.map((r) => r.tablename);
}

beforeAll(async () => {
  database = await openTestDatabase({ migrate: false });
});
afterAll(async () => {
  await database.close();
});

describe('migrations', () => {
  it('migrate up, down to zero and up again, leaving the same schema', async () => {
    expect(await migrateLatest(database.db)).toEqual(migrations.map((m) => m.name));
    expect(await tables()).toEqual(coreTables);

    await migrateDown(database.db, true);
    expect(await tables()).toEqual([]);
    expect((await migrationStatus(database.db)).done).toEqual([]);

    await migrateLatest(database.db);
    expect(await tables()).toEqual(coreTables);
    expect(await migrationStatus(database.db)).toEqual({
      done: migrations.map((m) => m.name),
      pending: [],
    });
  });

  it('run nothing when the schema is already up to date', async () => {
    await migrateLatest(database.db);
    expect(await migrateLatest(database.db)).toEqual([]);
  });
});
