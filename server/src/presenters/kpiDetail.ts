import type { KpiDetail, KpiList } from '@civicstat/shared';
import { summaries } from '../services/kpiSummaries';
import { targetsByYear, type KpiListReading, type KpiReading } from '../services/kpis';
import { presentKpiSummary } from './kpi';

export function presentKpiList(
  { assessed, total, asOf }: KpiListReading,
  limit: number,
  offset: number,
): KpiList {
  return { data: summaries(assessed), page: { limit, offset, total }, asOf: asOf.date };
}

export function presentKpiDetail({
  kpi,
  performance,
  targets,
  projection,
  annotations,
  asOf,
}: KpiReading): KpiDetail {
  return {
    ...presentKpiSummary(kpi, performance),
    description: kpi.description,
    minValue: kpi.min_value,
    maxValue: kpi.max_value,
    dataSource: kpi.data_source,
    methodology: kpi.methodology,
    owner: kpi.owner,
    version: kpi.version,
    archived: kpi.archived_at !== null,
    asOf: asOf.date,
    targets: targetsByYear(targets),
    projection,
    annotations: annotations.map((a) => ({
      id: a.id,
      kpiId: a.kpi_id,
      date: a.date,
      label: a.label,
      description: a.description,
    })),
  };
}
