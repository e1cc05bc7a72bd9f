import { localDate } from '@civicstat/shared';
import type { Db } from '../db/database';

/** What every read needs: the database, the city's fiscal calendar and its "today". */
export interface ReadContext {
  db: Db;
  fiscalYearStartMonth: number;
  /** The city's local date, YYYY-MM-DD. */
  today: string;
  /** The public sees public KPIs only, and only approved values of them. */
  publicOnly: boolean;
}

const allStates = ['draft', 'submitted', 'approved', 'returned'] as const;

/** The measurement states a reader may see. */
export function visibleStates(context: Pick<ReadContext, 'publicOnly'>): readonly string[] {
  return context.publicOnly ? ['approved'] : allStates;
}

/**
 * The city's date of an instant (shared's localDate), remembered for the minute the instant
 * falls in: localDate builds an Intl.DateTimeFormat each time, which costs more than a small
 * read. Every time zone's offset has been a whole number of minutes since 1972, so the local
 * date can only change on a minute boundary.
 */
export function cityDateOf(timeZone: string): (instant: Date) => string {
  let minute = Number.NaN;
  let date = '';
  return (instant) => {
    const instantMinute = Math.floor(instant.getTime() / 60_000);
    if (instantMinute !== minute) {
      date = localDate(instant, timeZone);
      minute = instantMinute;
    }
    return date;
  };
}
