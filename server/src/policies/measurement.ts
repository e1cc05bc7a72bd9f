/** Who may change a KPI's measurements (DESIGN.md §5), in one place. */
import type { Actor } from '../actor';
import { ForbiddenError } from '../errors';

/** Department heads enter, comment and submit their own department's values. */
export function canEnterMeasurements(actor: Actor, kpiDepartmentId: number): boolean {
  return actor.role === 'department_head' && actor.departmentIds.includes(kpiDepartmentId);
}

/** The budget office approves, returns and reopens, and may correct any value. */
export function canReviewMeasurements(actor: Actor): boolean {
  return actor.role === 'budget_office';
}

export function authorizeEntry(actor: Actor, kpiDepartmentId: number): void {
  if (!canEnterMeasurements(actor, kpiDepartmentId) && !canReviewMeasurements(actor)) {
    throw new ForbiddenError(
      actor.role === 'department_head'
        ? "This KPI belongs to another department: you can change only your own department's measurements."
        : 'Only the department that owns this KPI, or the budget office, can change its measurements.',
    );
  }
}
