/** Read model of the strategic plan: the active plan, its goals and objectives, KPI counts. */
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
  number: number;
  title: string;
  description: string;
  colour: string;
  kpi_count: number;
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

export async function listGoals(db: Db, planId: number): Promise<GoalRow[]> {
  return db('goals as g')
    .leftJoin('objectives as o', function joinObjectives() {
      this.on('o.goal_id', 'g.id').andOnNull('o.archived_at');
    })
    .leftJoin('kpis as k', function joinKpis() {
      this.on('k.objective_id', 'o.id').andOnNull('k.archived_at');
    })
    .where('g.plan_id', planId)
    .whereNull('g.archived_at')
    .groupBy('g.id')
    .orderBy('g.number')
    .select('g.id', 'g.number', 'g.title', 'g.description', 'g.colour')
    .select(db.raw('count(k.id)::int as kpi_count'));
}

export async function listObjectives(db: Db, goalIds: number[]): Promise<ObjectiveRow[]> {
  if (goalIds.length === 0) return [];
  return db<ObjectiveRow>('objectives')
    .select('id', 'goal_id', 'number', 'title')
    .whereIn('goal_id', goalIds)
    .whereNull('archived_at')
    .orderBy(['goal_id', 'number']);
}
