/** Read model of the strategic plan's structure: the active plan, its goals and objectives. */
import type { Db } from '../db/database';

export interface PlanRow {
  id: number;
  title: string;
  vision: string;
  first_fiscal_year: number;
  last_fiscal_year: number;
  status: 'draft' | 'active' | 'archived';
}

export interface GoalRow {
  id: number;
  plan_id: number;
  number: number;
  title: string;
  description: string;
  colour: string;
}

export interface ObjectiveRow {
  id: number;
  goal_id: number;
  number: number;
  title: string;
}

export async function findActivePlan(db: Db): Promise<PlanRow | undefined> {
  return db<PlanRow>('plans')
    .select('id', 'title', 'vision', 'first_fiscal_year', 'last_fiscal_year', 'status')
    .where({ status: 'active' })
    .first();
}

const goalColumns = ['id', 'plan_id', 'number', 'title', 'description', 'colour'] as const;

export async function listGoals(db: Db, planId: number): Promise<GoalRow[]> {
  return db<GoalRow>('goals')
    .select(...goalColumns)
    .where({ plan_id: planId })
    .whereNull('archived_at')
    .orderBy('number');
}

export async function findGoal(db: Db, id: number): Promise<GoalRow | undefined> {
  return db<GoalRow>('goals')
    .select(...goalColumns)
    .where({ id })
    .whereNull('archived_at')
    .first();
}

export async function listObjectives(db: Db, goalIds: number[]): Promise<ObjectiveRow[]> {
  if (goalIds.length === 0) return [];
  return db<ObjectiveRow>('objectives')
    .select('id', 'goal_id', 'number', 'title')
    .whereIn('goal_id', goalIds)
    .whereNull('archived_at')
    .orderBy(['goal_id', 'number']);
}

export async function findObjective(db: Db, id: number): Promise<ObjectiveRow | undefined> {
  return db<ObjectiveRow>('objectives')
    .select('id', 'goal_id', 'number', 'title')
    .where({ id })
    .whereNull('archived_at')
    .first();
}
