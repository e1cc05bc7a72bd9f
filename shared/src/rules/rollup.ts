/**
 * Roll-ups for an objective, goal, department or dashboard (DESIGN.md §3): plain counts per
 * status and the share on track, every KPI weighing the same.
 */
import { kpiStatuses, type KpiStatus } from '../schemas/enums';
import type { RollUp, StatusCounts } from '../schemas/performance';

export interface RollUpItem {
  kpiId: number;
  status: KpiStatus;
}

export function rollUp(items: readonly RollUpItem[]): RollUp {
  const counts = Object.fromEntries(kpiStatuses.map((s) => [s, 0])) as StatusCounts;
  const offTrack: number[] = [];
  for (const { kpiId, status } of items) {
    counts[status] += 1;
    if (status === 'off_track') offTrack.push(kpiId);
  }
  // KPIs without a target or without data have no status to judge: they stay out of the share.
  const judged = counts.on_track + counts.at_risk + counts.off_track;
  return {
    total: items.length,
    counts,
    shareOnTrack: judged === 0 ? null : counts.on_track / judged,
    offTrack,
  };
}
