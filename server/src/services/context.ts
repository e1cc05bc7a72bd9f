import type { Db } from '../db/database';

/** What every read needs: the database, the city's fiscal calendar and its "today". */
export interface ReadContext {
  db: Db;
  fiscalYearStartMonth: number;
  /** The city's local date, YYYY-MM-DD. */
  today: string;
}
