import type { GoalDetail, ObjectiveDetail, ObjectiveList, PlanOverview } from '@civicstat/shared';
import type { GoalReading, ObjectivesReading, PlanReading } from '../services/plan';
import { groupRows, rollUpOf, summaries } from '../services/kpiSummaries';

export function presentPlanOverview({
  plan,
  goals,
  objectives,
  assessed,
  asOf,
}: PlanReading): PlanOverview {
  const byGoal = groupRows(assessed.rows, (row) => row.goal_id);
  return {
    id: plan.id,
    title: plan.title,
    vision: plan.vision,
    firstFiscalYear: plan.first_fiscal_year,
    lastFiscalYear: plan.last_fiscal_year,
    status: plan.status,
    version: plan.version,
    asOf: asOf.date,
    fiscalYear: asOf.fiscalYear,
    rollUp: rollUpOf(assessed),
    goals: goals.map((goal) => {
      const rows = byGoal.get(goal.id) ?? [];
      return {
        id: goal.id,
        number: goal.number,
        title: goal.title,
        description: goal.description,
        colour: goal.colour,
        kpiCount: rows.length,
        objectives: objectives
          .filter((objective) => objective.goal_id === goal.id)
          .map(({ id, number, title }) => ({ id, number, title })),
        rollUp: rollUpOf(assessed, rows),
      };
    }),
  };
}

export function presentGoalDetail({ goal, objectives, assessed, asOf }: GoalReading): GoalDetail {
  const byObjective = groupRows(assessed.rows, (row) => row.objective_id);
  return {
    id: goal.id,
    planId: goal.plan_id,
    number: goal.number,
    title: goal.title,
    description: goal.description,
    colour: goal.colour,
    kpiCount: assessed.rows.length,
    rollUp: rollUpOf(assessed),
    asOf: asOf.date,
    fiscalYear: asOf.fiscalYear,
    version: goal.version,
    archived: goal.archived_at !== null,
    objectives: objectives.map((objective) => {
      const rows = byObjective.get(objective.id) ?? [];
      return {
        id: objective.id,
        number: objective.number,
        title: objective.title,
        rollUp: rollUpOf(assessed, rows),
        kpis: summaries(assessed, rows),
      };
    }),
  };
}

function objectiveItems({ goals, objectives, assessed }: ObjectivesReading) {
  const byObjective = groupRows(assessed.rows, (row) => row.objective_id);
  return objectives.map((objective) => {
    const goal = goals.find((g) => g.id === objective.goal_id);
    if (!goal) throw new Error(`objective ${objective.id} has no goal in the reading`);
    const rows = byObjective.get(objective.id) ?? [];
    return {
      id: objective.id,
      number: objective.number,
      title: objective.title,
      goal: { id: goal.id, number: goal.number, title: goal.title },
      rollUp: rollUpOf(assessed, rows),
      rows,
    };
  });
}

export function presentObjectiveList(reading: ObjectivesReading): ObjectiveList {
  return {
    data: objectiveItems(reading).map(({ rows: _rows, ...item }) => item),
    asOf: reading.asOf.date,
  };
}

export function presentObjectiveDetail(reading: ObjectivesReading): ObjectiveDetail {
  const [item] = objectiveItems(reading);
  const [row] = reading.objectives;
  if (!item || !row) throw new Error('an objective reading holds one objective');
  const { rows, ...objective } = item;
  return {
    ...objective,
    asOf: reading.asOf.date,
    kpis: summaries(reading.assessed, rows),
    version: row.version,
    archived: row.archived_at !== null,
  };
}
