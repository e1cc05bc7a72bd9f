import type { Actor } from '../actor';
import type { Db } from '../db/database';

/** What every write needs: the database, who acts, the city's calendar and the moment. */
export interface WriteContext {
  db: Db;
  actor: Actor;
  fiscalYearStartMonth: number;
  /** The city's local date, YYYY-MM-DD: no value may be entered for a later period. */
  today: string;
  /** When the write happens: its stamps and audit record carry this time. */
  now: Date;
}
