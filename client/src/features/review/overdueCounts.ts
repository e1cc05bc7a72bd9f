/** Counts of a report's outstanding periods by state and overdue, per department and in total. */
import {
  formatCount,
  outstandingStates,
  type OutstandingState,
  type OverdueItem,
} from '@civicstat/shared';

export type OverdueCounts = Record<OutstandingState, number> & { total: number; overdue: number };

export function countsOf(items: readonly OverdueItem[]): OverdueCounts {
  const counts: OverdueCounts = {
    missing: 0,
    draft: 0,
    returned: 0,
    submitted: 0,
    total: 0,
    overdue: 0,
  };
  for (const item of items) {
    counts[item.state] += 1;
    counts.total += 1;
    if (item.overdue) counts.overdue += 1;
  }
  return counts;
}

export function addCounts(a: OverdueCounts, b: OverdueCounts): OverdueCounts {
  const sum = { ...a };
  for (const key of [...outstandingStates, 'total', 'overdue'] as const) sum[key] += b[key];
  return sum;
}

/** "5 periods outstanding, 3 overdue" */
export function describeCounts(counts: OverdueCounts): string {
  const periods = counts.total === 1 ? '1 period' : `${formatCount(counts.total)} periods`;
  const overdue =
    counts.overdue === 0 ? 'none overdue yet' : `${formatCount(counts.overdue)} overdue`;
  return `${periods} outstanding, ${overdue}`;
}
