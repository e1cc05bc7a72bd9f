import { periodLockLabel, type PeriodLock } from '@civicstat/shared';
import type { PeriodLockRow } from '../queries/periodLocks';

export function presentPeriodLock(row: PeriodLockRow): PeriodLock {
  return {
    id: row.id,
    fiscalYear: row.fiscal_year,
    quarter: row.quarter,
    label: periodLockLabel(row.fiscal_year, row.quarter),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    reason: row.reason,
    lockedBy: row.locked_by,
    lockedAt: new Date(row.locked_at).toISOString(),
  };
}
