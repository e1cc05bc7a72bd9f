/** A stored `kpis` row → the KPI definition every KPI write answers. */
import type { KpiDefinition } from '@civicstat/shared';

export interface KpiRecord {
  id: number;
  code: string;
  name: string;
  description: string;
  department_id: number;
  objective_id: number | null;
  unit: string;
  display_format: KpiDefinition['displayFormat'];
  direction: KpiDefinition['direction'];
  frequency: KpiDefinition['frequency'];
  aggregation: KpiDefinition['aggregation'];
  tolerance: number;
  min_value: number | null;
  max_value: number | null;
  is_public: boolean;
  data_source: string;
  methodology: string;
  owner: string;
  version: number;
  archived_at: Date | null;
}

export function presentKpiDefinition(row: KpiRecord): KpiDefinition {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    departmentId: row.department_id,
    objectiveId: row.objective_id,
    unit: row.unit,
    displayFormat: row.display_format,
    direction: row.direction,
    frequency: row.frequency,
    aggregation: row.aggregation,
    tolerance: row.tolerance,
    minValue: row.min_value,
    maxValue: row.max_value,
    isPublic: row.is_public,
    dataSource: row.data_source,
    methodology: row.methodology,
    owner: row.owner,
    version: row.version,
    archived: row.archived_at !== null,
  };
}
