import {
  AsOfQuery,
  type DisplayFormat,
  IdParams,
  KpiDetail,
  KpiList,
  KpiListQuery,
  KpiSeries,
  KpiSeriesQuery,
} from '@civicstat/shared';
import { kpiListColumns } from '../../presenters/exports/kpiColumns';
import {
  kpiListCsv,
  kpiListXlsx,
  seriesCsv,
  seriesXlsx,
} from '../../presenters/exports/kpiDownloads';
import { seriesColumnKeys } from '../../presenters/exports/seriesColumns';
import { presentKpiDetail, presentKpiList } from '../../presenters/kpiDetail';
import { readKpiListExport } from '../../services/exports/kpiList';
import { findKpiRow, readKpi, readKpiList } from '../../services/kpis';
import { readKpiSeries } from '../../services/series';
import { type ApiRoutes } from '../define';
import {
  attach,
  downloadContent,
  downloadName,
  requestedFormat,
  sendFile,
} from '../exports/download';
import type { ReadContextOf } from '../readContext';

const listColumns = kpiListColumns.map((column) => column.key).join(', ');
const seriesColumns = seriesColumnKeys.join(', ');

/** A workbook's creation date: the city's today, so the same data makes the same file. */
const workbookDate = (today: string) => new Date(`${today}T00:00:00Z`);

export function kpiRoutes(api: ApiRoutes, contextOf: ReadContextOf): void {
  api.get(
    {
      path: '/kpis',
      tag: 'KPIs',
      summary: 'KPIs with filters, sorting and pages; each with status, FYTD, trend and sparkline',
      description: [
        'Also a download of every match (all pages, the same filters and sort):',
        '`?format=csv` or `Accept: text/csv`, `?format=xlsx` or `Accept:',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, with the columns',
        `${listColumns} (statuses, trends and frequencies in words), and \`?format=json\` for`,
        'this list with every match in `data`; each with',
        '`Content-Disposition: attachment; filename="kpis-<as-of date>.<format>"`.',
      ].join(' '),
      query: KpiListQuery,
      response: KpiList,
      alternateContent: downloadContent(
        `One row per KPI: ${listColumns}`,
        `One sheet, "KPIs", with a frozen header row and the columns ${listColumns}; values are number cells in each KPI's display format, periods date cells`,
      ),
    },
    async ({ query, req, res }) => {
      const context = contextOf(req);
      const format = requestedFormat(req, res, query.format);
      // JSON is the paged list unless a download was asked for by name.
      if (format === 'json' && !query.format)
        return presentKpiList(await readKpiList(context, query), query.limit, query.offset);
      const reading = await readKpiListExport(context, query);
      const list = presentKpiList(reading, reading.total, 0);
      const filename = downloadName('kpis', reading.asOf.date, format);
      if (format === 'json') {
        attach(res, filename);
        return list;
      }
      const body =
        format === 'csv'
          ? kpiListCsv(list.data)
          : await kpiListXlsx(list.data, workbookDate(context.today));
      sendFile(req, res, format, filename, body);
      return list;
    },
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
      description: [
        'Also a download: `?format=csv` or `Accept: text/csv`, `?format=xlsx` or `Accept:',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, with the columns',
        `${seriesColumns}, and \`?format=json\` for this answer as a file; each with`,
        '`Content-Disposition: attachment; filename="<kpi-code>-series-<to date>.<format>"`.',
      ].join(' '),
      params: IdParams,
      query: KpiSeriesQuery,
      response: KpiSeries,
      alternateContent: downloadContent(
        `One row per period: ${seriesColumns}`,
        `One sheet, "Series", with a frozen header row and the columns ${seriesColumns}; values are number cells in the KPI's display format, periods date cells`,
      ),
    },
    async ({ params, query, req, res }) => {
      const context = contextOf(req);
      const format = requestedFormat(req, res, query.format);
      if (format === 'json' && !query.format) return readKpiSeries(context, params.id, query);
      // Both apply the reader's visibility: a KPI the public may not see is a 404 here too.
      const [series, row] = await Promise.all([
        readKpiSeries(context, params.id, query),
        findKpiRow(context, params.id),
      ]);
      const filename = downloadName(`${row.code}-series`, series.to, format);
      if (format === 'json') {
        attach(res, filename);
        return series;
      }
      const kpi = { code: row.code, displayFormat: row.display_format as DisplayFormat };
      const body =
        format === 'csv'
          ? seriesCsv(kpi, series)
          : await seriesXlsx(kpi, series, workbookDate(context.today));
      sendFile(req, res, format, filename, body);
      return series;
    },
  );
}
