import {
  AsOfQuery,
  IdParams,
  KpiDetail,
  KpiList,
  KpiListQuery,
  KpiSeries,
  KpiSeriesQuery,
} from '@civicstat/shared';
import { presentKpiDetail, presentKpiList } from '../../presenters/kpiDetail';
import { readKpi, readKpiList } from '../../services/kpis';
import { readKpiSeries } from '../../services/series';
import type { ApiRoutes } from '../define';
import type { ReadContextOf } from '../readContext';

export function kpiRoutes(api: ApiRoutes, contextOf: ReadContextOf): void {
  api.get(
    {
      path: '/kpis',
      tag: 'KPIs',
      summary: 'KPIs with filters, sorting and pages; each with status, FYTD, trend and sparkline',
      query: KpiListQuery,
      response: KpiList,
    },
    async ({ query, req }) =>
      presentKpiList(await readKpiList(contextOf(req), query), query.limit, query.offset),
  );

  api.get(
    {
      path: '/kpis/:id',
      tag: 'KPIs',
      summary:
        'One KPI: definition, targets by fiscal year, status, FYTD, trend, projection, annotations',
      params: IdParams,
      query: AsOfQuery,
      response: KpiDetail,
    },
    async ({ params, query, req }) =>
      presentKpiDetail(await readKpi(contextOf(req), params.id, query.fy)),
  );

  api.get(
    {
      path: '/kpis/:id/series',
      tag: 'KPIs',
      summary:
        "A KPI's values over a date range at its own frequency or by month, quarter or fiscal year",
      params: IdParams,
      query: KpiSeriesQuery,
      response: KpiSeries,
    },
    async ({ params, query, req }) => readKpiSeries(contextOf(req), params.id, query),
  );
}
