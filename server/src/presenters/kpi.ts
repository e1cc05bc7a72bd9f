import type { KpiPerformance, KpiSummary } from '@civicstat/shared';
import type { KpiRow } from '../queries/kpis';

export function presentKpiSummary(kpi: KpiRow, performance: KpiPerformance): KpiSummary {
  return {
    id: kpi.id,
    code: kpi.code,
    name: kpi.name,
    unit: kpi.unit,
    displayFormat: kpi.display_format as KpiSummary['displayFormat'],
    direction: kpi.direction,
    frequency: kpi.frequency,
    aggregation: kpi.aggregation,
    tolerance: kpi.tolerance,
    isPublic: kpi.is_public,
    department: { id: kpi.department_id, code: kpi.department_code, name: kpi.department_name },
    objective:
      kpi.objective_id !== null && kpi.objective_number !== null && kpi.objective_title !== null
        ? { id: kpi.objective_id, number: kpi.objective_number, title: kpi.objective_title }
        : null,
    goal:
      kpi.goal_id !== null && kpi.goal_number !== null && kpi.goal_title !== null
        ? { id: kpi.goal_id, number: kpi.goal_number, title: kpi.goal_title }
        : null,
    performance,
  };
}
