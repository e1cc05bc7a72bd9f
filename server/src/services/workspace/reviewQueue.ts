/** The budget office's review queue, and any staff member's history of submissions. */
import type { ReviewQueue, ReviewQueueQuery } from '@civicstat/shared';
import { presentQueueItem } from '../../presenters/workspace';
import { countQueue, listQueue } from '../../queries/reviewQueue';
import type { ReadContext } from '../context';
import { FiscalCalendar } from '../fiscalCalendar';

export async function readReviewQueue(
  context: ReadContext,
  query: ReviewQueueQuery,
): Promise<ReviewQueue> {
  const { db, fiscalYearStartMonth } = context;
  const calendar = new FiscalCalendar(fiscalYearStartMonth);
  const [rows, total] = await Promise.all([
    listQueue(db, query, fiscalYearStartMonth),
    countQueue(db, query),
  ]);
  return {
    data: rows.map((row) => presentQueueItem(row, calendar)),
    page: { limit: query.limit, offset: query.offset, total },
  };
}
