/** The open-data tests' city (two departments, a user per role) and a factory for datasets. */
import { createApp, type App } from '../app';
import type { Db } from '../db/database';
import { testConfig } from './config';
import { openTestDatabase, type TestDatabase } from './database';
import { makeDepartment } from './factories';
import { signedIn, type SignedIn } from './session';

/** A fixed "today" for staleness: 2026-11-25 in Durham. */
export const DATASETS_NOW = new Date('2026-11-25T17:00:00Z');

export interface DatasetCity {
  database: TestDatabase;
  app: App;
  dsc: number;
  police: number;
  budget: SignedIn;
  admin: SignedIn;
  /** Department head of DSC. */
  head: SignedIn;
  council: SignedIn;
}

export async function openDatasetCity(): Promise<DatasetCity> {
  const database = await openTestDatabase();
  const { db } = database;
  const app = createApp({ db, config: testConfig(), clock: () => DATASETS_NOW });
  const dsc = (await makeDepartment(db, { code: 'DSC', name: 'Development Services' })).id;
  const police = (await makeDepartment(db, { code: 'POLICE', name: 'Police' })).id;
  return {
    database,
    app,
    dsc,
    police,
    budget: await signedIn(app, db, 'budget_office'),
    admin: await signedIn(app, db, 'admin'),
    head: await signedIn(app, db, 'department_head', [dsc]),
    council: await signedIn(app, db, 'council'),
  };
}

let sequence = 0;

export async function makeDataset(
  db: Db,
  departmentId: number,
  overrides: Record<string, unknown> = {},
) {
  sequence += 1;
  const [row] = await db('datasets')
    .insert({
      title: `Dataset ${sequence}`,
      description: 'Rows the city keeps.',
      department_id: departmentId,
      steward_name: 'Pat Steward',
      steward_email: 'pat.steward@city.example',
      update_frequency: 'monthly',
      ...overrides,
    })
    .returning('*');
  return row as { id: number; version: number; title: string };
}
