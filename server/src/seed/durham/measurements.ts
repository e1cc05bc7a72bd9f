/**
 * Measurement rows with their review trail: every period approved except the one holding today,
 * which is still a draft or awaiting review. Times follow the period (entered a few days after it
 * ends, approved about a week later) and never pass today, so the data is the same on every run.
 */
import {
  addMonths,
  formatYearMonth,
  monthsPerPeriod,
  parseYearMonth,
  type KpiStatus,
  type WorkflowState,
} from '@civicstat/shared';
import type { KpiDefinition } from './catalog/types';
import { noteFor } from './commentary';
import type { Random } from './random';
import type { Point } from './series';

export interface MeasurementRow {
  kpiCode: string;
  periodStart: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
  state: WorkflowState;
  enteredAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A timestamp on `date` (but not after `today`) at a working hour in Durham (UTC−4/−5). */
export function stamp(date: string, today: string, hourUtc: number): string {
  const day = date > today ? today : date;
  return `${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;
}

export function measurementRows(
  kpi: KpiDefinition,
  points: readonly Point[],
  statuses: readonly KpiStatus[],
  today: string,
  random: { notes: Random; workflow: Random },
): MeasurementRow[] {
  const step = monthsPerPeriod[kpi.frequency];
  return points.map((point, i) => {
    const nextPeriodStart = formatYearMonth(addMonths(parseYearMonth(point.periodStart), step));
    const periodsAgo = points.length - 1 - i;
    const note = noteFor({
      kpi,
      periodStart: point.periodStart,
      nextPeriodStart,
      status: statuses[i] ?? 'no_target',
      periodsAgo,
      random: random.notes,
    });
    const row = { kpiCode: kpi.code, ...point, note };
    if (periodsAgo > 0) {
      return {
        ...row,
        state: 'approved',
        enteredAt: stamp(addDays(nextPeriodStart, 5), today, 14),
        submittedAt: stamp(addDays(nextPeriodStart, 7), today, 15),
        reviewedAt: stamp(addDays(nextPeriodStart, 12), today, 16),
      };
    }
    const submitted = random.workflow.next() < 0.6;
    return {
      ...row,
      state: submitted ? 'submitted' : 'draft',
      enteredAt: stamp(today, today, 14),
      submittedAt: submitted ? stamp(today, today, 15) : null,
      reviewedAt: null,
    };
  });
}
