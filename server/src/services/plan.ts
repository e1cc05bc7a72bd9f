/** The strategic plan read: the active plan, goals and objectives with their KPIs' roll-ups. */
import type { Db } from '../db/database';
import { NotFoundError } from '../errors';
import {
  findActivePlan,
  findGoal,
  findObjective,
  listGoals,
  listObjectives,
  listObjectivesOfPlan,
  type GoalRow,
  type ObjectiveRow,
  type PlanRow,
} from '../queries/plan';
import { resolveAsOf, type AsOf } from './asOf';
import type { ReadContext } from './context';
import { assessKpis, assessStatuses, type AssessedKpis } from './kpiSummaries';

export interface PlanReading {
  plan: PlanRow;
  goals: GoalRow[];
  objectives: ObjectiveRow[];
  assessed: AssessedKpis;
  asOf: AsOf;
}

async function activePlan(db: Db): Promise<PlanRow> {
  const plan = await findActivePlan(db);
  if (!plan) throw new NotFoundError('There is no active strategic plan yet.');
  return plan;
}

/** The plan's goals, their objectives and its KPIs' statuses: three statements at once. */
async function readPlanContents(context: ReadContext, asOf: AsOf, planId: number) {
  const [goals, objectives, assessed] = await Promise.all([
    listGoals(context.db, planId),
    listObjectivesOfPlan(context.db, planId),
    assessStatuses(context, asOf, { planId }),
  ]);
  return { goals, objectives, assessed };
}

export async function readCurrentPlan(context: ReadContext, fy?: number): Promise<PlanReading> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  const plan = await activePlan(context.db);
  return { plan, ...(await readPlanContents(context, asOf, plan.id)), asOf };
}

export interface GoalReading {
  goal: GoalRow;
  objectives: ObjectiveRow[];
  assessed: AssessedKpis;
  asOf: AsOf;
}

export async function readGoal(
  context: ReadContext,
  id: number,
  fy?: number,
): Promise<GoalReading> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  // All at once: for a goal the reader may not see, the other two answers go with the 404.
  const [goal, objectives, assessed] = await Promise.all([
    findGoal(context.db, id, !context.publicOnly),
    listObjectives(context.db, [id]),
    assessKpis(context, asOf, { goalId: id }),
  ]);
  if (!goal) throw new NotFoundError(`There is no goal ${id}.`);
  return { goal, objectives, assessed, asOf };
}

export interface ObjectivesReading {
  goals: GoalRow[];
  objectives: ObjectiveRow[];
  assessed: AssessedKpis;
  asOf: AsOf;
}

/** Every objective of the active plan, or one of them (any plan) with `objectiveId`. */
export async function readObjectives(
  context: ReadContext,
  fy?: number,
  objectiveId?: number,
): Promise<ObjectivesReading> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  if (objectiveId !== undefined) {
    const objective = await findObjective(context.db, objectiveId, !context.publicOnly);
    const goal = objective && (await findGoal(context.db, objective.goal_id, !context.publicOnly));
    if (!objective || !goal) throw new NotFoundError(`There is no objective ${objectiveId}.`);
    const assessed = await assessKpis(context, asOf, { objectiveId });
    return { goals: [goal], objectives: [objective], assessed, asOf };
  }
  const plan = await activePlan(context.db);
  return { ...(await readPlanContents(context, asOf, plan.id)), asOf };
}
