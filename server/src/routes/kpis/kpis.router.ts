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
import { seriesCsv, seriesCsvColumns, seriesCsvFilename } from '../../presenters/seriesCsv';
import { findKpiRow, readKpi, readKpiList } from '../../services/kpis';
import { readKpiSeries } from '../../services/series';
import { setReadCaching, type ApiRoutes } from '../define';
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
      description:
        'Also as CSV, for a download: `?format=csv` or `Accept: text/csv` answers `text/csv` with the ' +
        'columns ' +
        seriesCsvColumns.join(', ') +
        ' and `Content-Disposition: attachment; filename="<kpi-code>-series.csv"`.',
      params: IdParams,
      query: KpiSeriesQuery,
      response: KpiSeries,
      alternateContent: {
        'text/csv': `One row per period: ${seriesCsvColumns.join(', ')}`,
      },
    },
    async ({ params, query, req, res }) => {
      const context = contextOf(req);
      // The same URL answers JSON or CSV by its Accept header: caches must key on it.
      res.vary('Accept');
      const csv =
        query.format === 'csv' || (!query.format && req.accepts(['json', 'csv']) === 'csv');
      if (!csv) return readKpiSeries(context, params.id, query);
      // Both apply the reader's visibility: a KPI the public may not see is a 404 here too.
      const [series, kpi] = await Promise.all([
        readKpiSeries(context, params.id, query),
        findKpiRow(context, params.id),
      ]);
      setReadCaching(req, res);
      res
        .set('Content-Type', 'text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${seriesCsvFilename(kpi.code)}"`)
        .send(seriesCsv(series));
      return series;
    },
  );
}
