/**
 * The budget office's performance report: every goal of the active plan with its KPIs' targets,
 * fiscal year to date and status, as of today or the end of a past fiscal year.
 */
import type { KpiSummary, RollUp, TargetValue } from '@civicstat/shared';
import { NotFoundError } from '../../errors';
import {
  findActivePlan,
  listGoals,
  listObjectivesOfPlan,
  type GoalRow,
  type ObjectiveRow,
  type PlanRow,
} from '../../queries/plan';
import { loadTargets } from '../../queries/snapshots';
import { resolveAsOf, type AsOf } from '../asOf';
import type { ReadContext } from '../context';
import { assessKpis, groupRows, rollUpOf, summaries } from '../kpiSummaries';
import { TargetBook } from '../performance';

export interface ReportKpi {
  kpi: KpiSummary;
  objective: ObjectiveRow;
  /** The whole fiscal year's target (a sum KPI's FYTD target is a pro-rated share of it). */
  yearTarget: TargetValue | null;
}

export interface ReportGoal {
  goal: GoalRow;
  rollUp: RollUp;
  kpis: ReportKpi[];
}

export interface PerformanceReport {
  plan: PlanRow;
  goals: ReportGoal[];
  rollUp: RollUp;
  asOf: AsOf;
}

export async function readPerformanceReport(
  context: ReadContext,
  fy?: number,
): Promise<PerformanceReport> {
  const asOf = resolveAsOf(fy, context.today, context.fiscalYearStartMonth);
  const plan = await findActivePlan(context.db);
  if (!plan) throw new NotFoundError('There is no active strategic plan yet.');
  const [goals, objectives, assessed] = await Promise.all([
    listGoals(context.db, plan.id),
    listObjectivesOfPlan(context.db, plan.id),
    assessKpis(context, asOf, { planId: plan.id }),
  ]);
  const ids = assessed.rows.map((row) => row.id);
  const targets = new TargetBook(await loadTargets(context.db, ids, [asOf.fiscalYear]));
  const objectiveOf = new Map(objectives.map((objective) => [objective.id, objective]));
  const summaryOf = new Map(summaries(assessed).map((kpi) => [kpi.id, kpi]));
  // Only KPIs under a live objective: the rows the goal pages and roll-ups show.
  const goalIds = new Set(goals.map((goal) => goal.id));
  const rows = assessed.rows.filter(
    (row) =>
      row.objective_id !== null &&
      objectiveOf.has(row.objective_id) &&
      row.goal_id !== null &&
      goalIds.has(row.goal_id),
  );
  const byGoal = groupRows(rows, (row) => row.goal_id);

  const reportGoals = goals.map((goal) => {
    const goalRows = byGoal.get(goal.id) ?? [];
    const kpis = goalRows.map((row) => ({
      kpi: summaryOf.get(row.id) as KpiSummary,
      objective: objectiveOf.get(row.objective_id as number) as ObjectiveRow,
      yearTarget: targets.forYear(row.id, asOf.fiscalYear),
    }));
    // In the plan's order: by objective, then by KPI code.
    kpis.sort(
      (a, b) => a.objective.number - b.objective.number || a.kpi.code.localeCompare(b.kpi.code),
    );
    return { goal, rollUp: rollUpOf(assessed, goalRows), kpis };
  });
  return { plan, goals: reportGoals, rollUp: rollUpOf(assessed, rows), asOf };
}
