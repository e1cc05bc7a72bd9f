/** Read model of the strategic plan's structure: the active plan, its goals and objectives. */
import type { Db } from '../db/database';

export interface PlanRow {
  id: number;
  title: string;
  vision: string;
  first_fiscal_year: number;
  last_fiscal_year: number;
  status: 'draft' | 'active' | 'archived';
  version: number;
}

export interface GoalRow {
  id: number;
  plan_id: number;
  number: number;
  title: string;
  description: string;
  colour: string;
  version: number;
  archived_at: Date | null;
}

export interface ObjectiveRow {
  id: number;
  goal_id: number;
  number: number;
  title: string;
  version: number;
  archived_at: Date | null;
}

export async function findActivePlan(db: Db): Promise<PlanRow | undefined> {
  return db<PlanRow>('plans')
    .select('id', 'title', 'vision', 'first_fiscal_year', 'last_fiscal_year', 'status', 'version')
    .where({ status: 'active' })
    .first();
}

const goalColumns = [
  'id',
  'plan_id',
  'number',
  'title',
  'description',
  'colour',
  'version',
  'archived_at',
] as const;
const objectiveColumns = ['id', 'goal_id', 'number', 'title', 'version', 'archived_at'] as const;

export async function listGoals(db: Db, planId: number): Promise<GoalRow[]> {
  return db<GoalRow>('goals')
    .select(...goalColumns)
    .where({ plan_id: planId })
    .whereNull('archived_at')
    .orderBy('number');
}

/** By id; an archived one only with `includeArchived` (staff opening it to restore it). */
export async function findGoal(
  db: Db,
  id: number,
  includeArchived = false,
): Promise<GoalRow | undefined> {
  return db<GoalRow>('goals')
    .select(...goalColumns)
    .where({ id })
    .modify((q) => (includeArchived ? q : q.whereNull('archived_at')))
    .first();
}

export async function listObjectives(db: Db, goalIds: number[]): Promise<ObjectiveRow[]> {
  if (goalIds.length === 0) return [];
  return db<ObjectiveRow>('objectives')
    .select(...objectiveColumns)
    .whereIn('goal_id', goalIds)
    .whereNull('archived_at')
    .orderBy(['goal_id', 'number']);
}

/** The objectives of a plan's live goals, as listObjectives of those goals orders them. */
export async function listObjectivesOfPlan(db: Db, planId: number): Promise<ObjectiveRow[]> {
  return db<ObjectiveRow>('objectives as o')
    .join('goals as g', 'g.id', 'o.goal_id')
    .select(...objectiveColumns.map((column) => `o.${column}`))
    .where('g.plan_id', planId)
    .whereNull('g.archived_at')
    .whereNull('o.archived_at')
    .orderBy(['o.goal_id', 'o.number']);
}

/** By id; an archived one only with `includeArchived` (staff opening it to restore it). */
export async function findObjective(
  db: Db,
  id: number,
  includeArchived = false,
): Promise<ObjectiveRow | undefined> {
  return db<ObjectiveRow>('objectives')
    .select(...objectiveColumns)
    .where({ id })
    .modify((q) => (includeArchived ? q : q.whereNull('archived_at')))
    .first();
}
