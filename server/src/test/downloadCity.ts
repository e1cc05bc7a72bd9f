/** What the download tests share: the read city served by the app, and reading a CSV body. */
import { createApp, type App } from '../app';
import { testConfig } from './config';
import { openTestDatabase, type TestDatabase } from './database';
import { buildReadCity, TODAY, type ReadCity } from './readCity';
import { signedIn, type SignedIn } from './session';

export { XLSX_TYPE } from '../routes/exports/download';

export interface DownloadCity {
  database: TestDatabase;
  app: App;
  city: ReadCity;
  /** A council member: sees every KPI and every value. */
  staff: SignedIn['agent'];
}

/**
 * The read city with October's permits still a draft: staff see that value, the public does not
 * yet, so every download can show it follows the reader's visibility.
 */
export async function openDownloadCity(): Promise<DownloadCity> {
  const database = await openTestDatabase();
  const city = await buildReadCity(database.db);
  await database
    .db('measurements')
    .where({ kpi_id: city.kpis.permits.id, period_start: '2026-10-01' })
    .update({ state: 'draft' });
  const app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  const staff = (await signedIn(app, database.db, 'council')).agent;
  return { database, app, city, staff };
}

/** A CSV body's lines (CRLF-separated), without the final line break. */
export function csvLines(text: string): string[] {
  return text.replace(/\r\n$/, '').split('\r\n');
}
