/** The strategic plan read: the active plan, goals and objectives with their KPIs' roll-ups. */
import type { Db } from '../db/database';
import { NotFoundError } from '../errors';
import {
  findActivePlan,
  findGoal,
  findObjective,
  listGoals,
  listObjectives,
  type GoalRow,
  type ObjectiveRow,
  type PlanRow,
} from '../queries/plan';
import { resolveAsOf, type AsOf } from './asOf';
import type { ReadContext } from './context';
import { assessKpis, type AssessedKpis } from './kpiSummaries';

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

export async function readCurrentPlan(context: ReadContext, fy?: number): Promise<PlanReading> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  const plan = await activePlan(context.db);
  const goals = await listGoals(context.db, plan.id);
  const objectives = await listObjectives(
    context.db,
    goals.map((g) => g.id),
  );
  const assessed = await assessKpis(context, asOf, { planId: plan.id }, {}, 'status');
  return { plan, goals, objectives, assessed, asOf };
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
  const goal = await findGoal(context.db, id, !context.publicOnly);
  if (!goal) throw new NotFoundError(`There is no goal ${id}.`);
  const objectives = await listObjectives(context.db, [goal.id]);
  const assessed = await assessKpis(context, asOf, { goalId: goal.id });
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
  const goals = await listGoals(context.db, plan.id);
  const objectives = await listObjectives(
    context.db,
    goals.map((g) => g.id),
  );
  const assessed = await assessKpis(context, asOf, { planId: plan.id }, {}, 'status');
  return { goals, objectives, assessed, asOf };
}
