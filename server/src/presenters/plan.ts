import type { PlanOverview } from '@civicstat/shared';
import type { CurrentPlan } from '../services/plan';

export function presentPlanOverview({ plan, goals, objectives }: CurrentPlan): PlanOverview {
  return {
    id: plan.id,
    title: plan.title,
    vision: plan.vision,
    firstFiscalYear: plan.first_fiscal_year,
    lastFiscalYear: plan.last_fiscal_year,
    status: plan.status,
    goals: goals.map((goal) => ({
      id: goal.id,
      number: goal.number,
      title: goal.title,
      description: goal.description,
      colour: goal.colour,
      kpiCount: goal.kpi_count,
      objectives: objectives
        .filter((objective) => objective.goal_id === goal.id)
        .map(({ id, number, title }) => ({ id, number, title })),
    })),
  };
}
