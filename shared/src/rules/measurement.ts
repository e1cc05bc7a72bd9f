/**
 * The rules of a measurement's life (DESIGN.md §5): which dates take a value, who may change
 * it in which state, how the review workflow moves, and what a period lock covers.
 */
import { monthName } from '../format/date';
import type { KpiFrequency, KpiStatus, UserRole, WorkflowState } from '../schemas/enums';
import {
  addDays,
  addMonths,
  fiscalYearRange,
  formatYearMonth,
  isPeriodStart,
  parseYearMonth,
  periodEndOf,
} from './fiscal';

/**
 * Why a date cannot hold a value of a KPI of this frequency, or null when it can: it must
 * start a period of the KPI (in the city's fiscal calendar) and not lie after today.
 */
export function periodStartProblem(
  date: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth: number,
  today: string,
): string | null {
  if (!isPeriodStart(date, frequency, fiscalYearStartMonth)) {
    if (frequency === 'monthly') return 'must be the first day of a month for a monthly KPI';
    if (frequency === 'annual') {
      return `must be the first day of a fiscal year (${monthName(fiscalYearStartMonth)} 1) for an annual KPI`;
    }
    const quarterStarts = [0, 3, 6, 9].map((m) => `${monthName(fiscalYearStartMonth + m)} 1`);
    return `must be the first day of a fiscal quarter (${quarterStarts.join(', ')}) for a quarterly KPI`;
  }
  if (date > today) return `must not be in the future (today is ${today})`;
  return null;
}

/** A step of the review workflow, who takes it, and between which states. */
export const workflowSteps = ['submit', 'approve', 'return', 'reopen'] as const;
export type WorkflowStep = (typeof workflowSteps)[number];

export const workflowTransitions: Record<
  WorkflowStep,
  { from: readonly WorkflowState[]; to: WorkflowState; role: UserRole }
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', role: 'department_head' },
  approve: { from: ['submitted'], to: 'approved', role: 'budget_office' },
  return: { from: ['submitted'], to: 'returned', role: 'budget_office' },
  // Back into the budget office's queue, not to the department: the office corrects it and
  // approves again, or returns it to the department with a comment.
  reopen: { from: ['approved'], to: 'submitted', role: 'budget_office' },
};

/** The states in which a role may change a value (a department head: only its department's). */
export function editableStates(role: UserRole): readonly WorkflowState[] {
  if (role === 'department_head') return ['draft', 'returned'];
  if (role === 'budget_office') return ['draft', 'returned', 'submitted'];
  return [];
}

/** `FY2025 Q4`, or `FY2025` for a whole year. */
export function periodLockLabel(fiscalYear: number, quarter: number | null): string {
  return quarter === null ? `FY${fiscalYear}` : `FY${fiscalYear} Q${quarter}`;
}

/** The dates a lock of a fiscal year, or of one of its quarters (1..4), covers. */
export function periodLockRange(
  fiscalYear: number,
  quarter: number | null,
  fiscalYearStartMonth: number,
): { start: string; end: string } {
  const year = fiscalYearRange(fiscalYear, fiscalYearStartMonth);
  if (quarter === null) return year;
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new RangeError(`quarter must be 1..4, got ${quarter}`);
  }
  const first = addMonths(parseYearMonth(year.start), 3 * (quarter - 1));
  const start = formatYearMonth(first);
  return { start, end: addDays(formatYearMonth(addMonths(first, 3)), -1) };
}

/**
 * Whether a lock covers a value: the value's whole period lies inside the locked dates. So a
 * locked quarter closes its months and the quarter's own value, while the fiscal year's value
 * stays open until the year itself is locked.
 */
export function isPeriodLocked(
  periodStart: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth: number,
  lock: { start: string; end: string },
): boolean {
  const end = periodEndOf(periodStart, frequency, fiscalYearStartMonth);
  return periodStart >= lock.start && end <= lock.end;
}

/**
 * An off-track value is submitted with commentary: why it is off track and what the department
 * is doing about it. The entry screen asks for it and the server refuses a submit without it.
 */
export function commentaryRequired(status: KpiStatus): boolean {
  return status === 'off_track';
}
