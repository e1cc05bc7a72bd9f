/**
 * Addresses of the API's downloads (CSV, Excel, JSON), for plain links with `download`: the
 * browser fetches them with the session cookie, so each holds what its reader may see.
 */
import type { ExportFormat } from '@civicstat/shared';
import { basePath } from './apiGet';
import { seriesPath, type SeriesRange } from './useKpi';

/** Every KPI the list's filters match (`goal`, `department`, `status`, `q`, `sort`, `fy`, …). */
export function kpiListDownloadUrl(filters: Record<string, string>, format: ExportFormat): string {
  return `${basePath}/kpis?${new URLSearchParams({ ...filters, format }).toString()}`;
}

/** A KPI's series over a range and granularity, one row per period. */
export function seriesDownloadUrl(id: number, range: SeriesRange, format: ExportFormat): string {
  return `${basePath}${seriesPath(id, range)}&format=${format}`;
}

/** The budget office's performance report workbook, for the current or a past fiscal year. */
export function performanceReportUrl(fiscalYear: number | undefined): string {
  const query = fiscalYear === undefined ? '' : `?fy=${fiscalYear}`;
  return `${basePath}/reports/performance.xlsx${query}`;
}
