import {
  Goal,
  GoalChanges,
  IdParams,
  NewGoal,
  NewObjective,
  NewPlan,
  Objective,
  ObjectiveChanges,
  Plan,
  PlanChanges,
  PlanList,
} from '@civicstat/shared';
import type { Db } from '../../db/database';
import { presentPlan, type PlanRecord } from '../../presenters/structure';
import { setVersion } from '../../services/versioning';
import { goalLifecycle, objectiveLifecycle, planLifecycle } from '../../services/writes/plans';
import { findRecord, listPlanRecords } from '../../services/writes/records';
import type { ApiRoutes } from '../define';
import { lifecycleRoutes } from '../lifecycle';
import type { WriteContextOf } from '../writeContext';

/**
 * The plan's structure as the admin edits it: plans, goals, objectives. Register after
 * planRoutes, so that /plans/current is not taken for an id.
 */
export function planStructureRoutes(api: ApiRoutes, db: Db, writerOf: WriteContextOf): void {
  api.get(
    {
      path: '/plans',
      tag: 'Plan',
      access: 'signed_in',
      summary: 'Every strategic plan, drafts and archived ones too, newest first',
      response: PlanList,
      maxAge: 0,
    },
    async () => ({ data: (await listPlanRecords(db)).map(presentPlan) }),
  );

  api.get(
    {
      path: '/plans/:id',
      tag: 'Plan',
      access: 'signed_in',
      summary: 'One plan as stored, with its version (ETag) to edit it',
      params: IdParams,
      response: Plan,
      maxAge: 0,
    },
    async ({ params, res }) => {
      const row = await findRecord<PlanRecord>(db, 'plans', params.id, 'plan');
      setVersion(res, row.version);
      return presentPlan(row);
    },
  );

  const admin = ['admin'] as const;
  lifecycleRoutes(api, writerOf, {
    path: '/plans',
    tag: 'Plan',
    noun: 'plan',
    access: admin,
    create: NewPlan,
    changes: PlanChanges,
    resource: Plan,
    lifecycle: planLifecycle,
  });
  lifecycleRoutes(api, writerOf, {
    path: '/goals',
    tag: 'Plan',
    noun: 'goal',
    access: admin,
    create: NewGoal,
    changes: GoalChanges,
    resource: Goal,
    lifecycle: goalLifecycle,
  });
  lifecycleRoutes(api, writerOf, {
    path: '/objectives',
    tag: 'Plan',
    noun: 'objective',
    access: admin,
    create: NewObjective,
    changes: ObjectiveChanges,
    resource: Objective,
    lifecycle: objectiveLifecycle,
  });
}
