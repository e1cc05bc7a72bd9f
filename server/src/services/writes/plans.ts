/**
 * The strategic plan's structure (admin): plans, their goals, the goals' objectives. A plan is
 * archived through its status and restored as a draft; at most one plan is active.
 */
import type {
  Goal,
  GoalChanges,
  NewGoal,
  NewObjective,
  NewPlan,
  Objective,
  ObjectiveChanges,
  Plan,
  PlanChanges,
} from '@civicstat/shared';
import { ConflictError, ValidationError } from '../../errors';
import {
  presentGoal,
  presentObjective,
  presentPlan,
  type GoalRecord,
  type ObjectiveRecord,
  type PlanRecord,
} from '../../presenters/structure';
import { definedOnly, type Lifecycle, type Trx } from './lifecycle';
import { refuseUnderArchivedParent, refuseWhileChildrenLive, requireLive } from './references';

/** The database's partial unique index holds this too; checking first gives a clearer 409. */
async function refuseSecondActivePlan(trx: Trx, exceptId?: number): Promise<void> {
  const active = (await trx('plans')
    .where({ status: 'active' })
    .modify((q) => (exceptId === undefined ? q : q.whereNot({ id: exceptId })))
    .first('id', 'title')) as { id: number; title: string } | undefined;
  if (active) {
    throw new ConflictError(
      `Plan ${active.id} ("${active.title}") is the active plan, and only one plan is active at a time: archive it or set it back to draft first.`,
    );
  }
}

export const planLifecycle: Lifecycle<PlanRecord, Plan, NewPlan, PlanChanges> = {
  table: 'plans',
  entity: 'plan',
  noun: 'plan',
  columns: (fields) =>
    definedOnly({
      title: fields.title,
      vision: fields.vision,
      first_fiscal_year: fields.firstFiscalYear,
      last_fiscal_year: fields.lastFiscalYear,
      status: fields.status,
    }),
  present: async (_trx, row) => presentPlan(row),
  checkCreate: async (trx, fields) => {
    if (fields.status === 'active') await refuseSecondActivePlan(trx);
  },
  checkUpdate: async (trx, before, changes) => {
    const first = changes.firstFiscalYear ?? before.first_fiscal_year;
    const last = changes.lastFiscalYear ?? before.last_fiscal_year;
    if (first > last) {
      const field = changes.lastFiscalYear !== undefined ? 'lastFiscalYear' : 'firstFiscalYear';
      throw new ValidationError(
        [{ path: `body.${field}`, message: `FY${first}..FY${last} ends before it starts` }],
        `The plan would end (FY${last}) before it starts (FY${first}).`,
        422,
      );
    }
    if (changes.status === 'active' && before.status !== 'active') {
      await refuseSecondActivePlan(trx, before.id);
    }
  },
  archiving: {
    isArchived: (row) => row.status === 'archived',
    archive: { status: 'archived' },
    // Back as a draft, never silently as a second active plan.
    restore: { status: 'draft' },
  },
};

export const goalLifecycle: Lifecycle<GoalRecord, Goal, NewGoal, GoalChanges> = {
  table: 'goals',
  entity: 'goal',
  noun: 'goal',
  columns: (fields) =>
    definedOnly({
      plan_id: 'planId' in fields ? fields.planId : undefined,
      number: fields.number,
      title: fields.title,
      description: fields.description,
      colour: fields.colour,
    }),
  present: async (_trx, row) => presentGoal(row),
  checkCreate: async (trx, fields) => {
    await requireLive(trx, 'plans', fields.planId, 'body.planId', 'plan');
  },
  checkArchive: (trx, row) =>
    refuseWhileChildrenLive(trx, `Goal ${row.number}`, {
      table: 'objectives',
      where: { goal_id: row.id },
      noun: 'objective',
    }),
  checkRestore: (trx, row) =>
    refuseUnderArchivedParent(trx, `Goal ${row.number}`, {
      table: 'plans',
      id: row.plan_id,
      noun: 'plan',
    }),
};

export const objectiveLifecycle: Lifecycle<
  ObjectiveRecord,
  Objective,
  NewObjective,
  ObjectiveChanges
> = {
  table: 'objectives',
  entity: 'objective',
  noun: 'objective',
  columns: (fields) =>
    definedOnly({ goal_id: fields.goalId, number: fields.number, title: fields.title }),
  present: async (_trx, row) => presentObjective(row),
  checkCreate: async (trx, fields) => {
    await requireLive(trx, 'goals', fields.goalId, 'body.goalId', 'goal');
  },
  checkUpdate: async (trx, _before, changes) => {
    if (changes.goalId !== undefined) {
      await requireLive(trx, 'goals', changes.goalId, 'body.goalId', 'goal');
    }
  },
  // Its KPIs would count in the plan's roll-ups under an objective nobody can see.
  checkArchive: (trx, row) =>
    refuseWhileChildrenLive(trx, `Objective ${row.number}`, {
      table: 'kpis',
      where: { objective_id: row.id },
      noun: 'KPI',
    }),
  checkRestore: (trx, row) =>
    refuseUnderArchivedParent(trx, `Objective ${row.number}`, {
      table: 'goals',
      id: row.goal_id,
      noun: 'goal',
    }),
};
