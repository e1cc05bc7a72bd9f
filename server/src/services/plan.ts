import type { Db } from '../db/database';
import { NotFoundError } from '../errors';
import {
  findActivePlan,
  listGoals,
  listObjectives,
  type GoalRow,
  type ObjectiveRow,
  type PlanRow,
} from '../queries/plan';

export interface CurrentPlan {
  plan: PlanRow;
  goals: GoalRow[];
  objectives: ObjectiveRow[];
}

export async function getCurrentPlan(db: Db): Promise<CurrentPlan> {
  const plan = await findActivePlan(db);
  if (!plan) throw new NotFoundError('There is no active strategic plan yet.');
  const goals = await listGoals(db, plan.id);
  const objectives = await listObjectives(
    db,
    goals.map((g) => g.id),
  );
  return { plan, goals, objectives };
}
