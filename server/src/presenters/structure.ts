/** Stored rows of the plan's structure and of departments → the versioned resources the API answers. */
import type { Department, Goal, Objective, Plan } from '@civicstat/shared';

export interface DepartmentRecord {
  id: number;
  code: string;
  name: string;
  version: number;
  archived_at: Date | null;
}

export interface PlanRecord {
  id: number;
  title: string;
  vision: string;
  first_fiscal_year: number;
  last_fiscal_year: number;
  status: Plan['status'];
  version: number;
}

export interface GoalRecord {
  id: number;
  plan_id: number;
  number: number;
  title: string;
  description: string;
  colour: string;
  version: number;
  archived_at: Date | null;
}

export interface ObjectiveRecord {
  id: number;
  goal_id: number;
  number: number;
  title: string;
  version: number;
  archived_at: Date | null;
}

export function presentDepartment(row: DepartmentRecord): Department {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    version: row.version,
    archived: row.archived_at !== null,
  };
}

export function presentPlan(row: PlanRecord): Plan {
  return {
    id: row.id,
    title: row.title,
    vision: row.vision,
    firstFiscalYear: row.first_fiscal_year,
    lastFiscalYear: row.last_fiscal_year,
    status: row.status,
    version: row.version,
  };
}

export function presentGoal(row: GoalRecord): Goal {
  return {
    id: row.id,
    planId: row.plan_id,
    number: row.number,
    title: row.title,
    description: row.description,
    colour: row.colour,
    version: row.version,
    archived: row.archived_at !== null,
  };
}

export function presentObjective(row: ObjectiveRecord): Objective {
  return {
    id: row.id,
    goalId: row.goal_id,
    number: row.number,
    title: row.title,
    version: row.version,
    archived: row.archived_at !== null,
  };
}
