import {
  AsOfQuery,
  GoalDetail,
  IdParams,
  ObjectiveDetail,
  ObjectiveList,
  PlanOverview,
} from '@civicstat/shared';
import type { ApiRoutes } from '../define';
import {
  presentGoalDetail,
  presentObjectiveDetail,
  presentObjectiveList,
  presentPlanOverview,
} from '../../presenters/plan';
import type { ReadContextOf } from '../readContext';
import { readCurrentPlan, readGoal, readObjectives } from '../../services/plan';

export function planRoutes(api: ApiRoutes, contextOf: ReadContextOf): void {
  api.get(
    {
      path: '/plans/current',
      tag: 'Plan',
      summary:
        'The active strategic plan: vision, goals and their objectives, with roll-ups of their KPIs',
      query: AsOfQuery,
      response: PlanOverview,
    },
    async ({ query, req }) => presentPlanOverview(await readCurrentPlan(contextOf(req), query.fy)),
  );

  api.get(
    {
      path: '/goals/:id',
      tag: 'Plan',
      summary:
        "A goal with its objectives and each objective's KPIs: status, FYTD, trend, sparkline",
      params: IdParams,
      query: AsOfQuery,
      response: GoalDetail,
    },
    async ({ params, query, req }) =>
      presentGoalDetail(await readGoal(contextOf(req), params.id, query.fy)),
  );

  api.get(
    {
      path: '/objectives',
      tag: 'Plan',
      summary: "The active plan's objectives with their goal and roll-up",
      query: AsOfQuery,
      response: ObjectiveList,
    },
    async ({ query, req }) => presentObjectiveList(await readObjectives(contextOf(req), query.fy)),
  );

  api.get(
    {
      path: '/objectives/:id',
      tag: 'Plan',
      summary: 'An objective with its KPIs',
      params: IdParams,
      query: AsOfQuery,
      response: ObjectiveDetail,
    },
    async ({ params, query, req }) =>
      presentObjectiveDetail(await readObjectives(contextOf(req), query.fy, params.id)),
  );
}
