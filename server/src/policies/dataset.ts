/** Who may change the dataset inventory (issue 9), in one place. */
import type { Actor } from '../actor';
import { ForbiddenError } from '../errors';

/** The budget office and admins keep the inventory. */
export function canCurateDatasets(actor: Actor): boolean {
  return actor.role === 'budget_office' || actor.role === 'admin';
}

/** Department heads propose datasets for their own departments. */
export function authorizeProposal(actor: Actor, departmentId: number): void {
  if (canCurateDatasets(actor)) return;
  if (actor.role === 'department_head' && actor.departmentIds.includes(departmentId)) return;
  throw new ForbiddenError(
    actor.role === 'department_head'
      ? 'You can propose datasets for your own department only.'
      : 'Only the budget office, admins and department heads can add datasets.',
  );
}

/** …and change their own proposals while they are still proposals. */
export function authorizeDatasetChange(
  actor: Actor,
  dataset: { created_by: number | null; pipeline_state: string; department_id: number },
): void {
  if (canCurateDatasets(actor)) return;
  if (
    actor.role === 'department_head' &&
    dataset.created_by === actor.userId &&
    dataset.pipeline_state === 'proposed' &&
    actor.departmentIds.includes(dataset.department_id)
  ) {
    return;
  }
  throw new ForbiddenError(
    actor.role === 'department_head'
      ? 'You can change only your own proposals, and only until they are approved.'
      : 'Only the budget office and admins can change the dataset inventory.',
  );
}
