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
