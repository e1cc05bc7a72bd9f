/** A KPI list or a KPI's series as a CSV text or an XLSX workbook. */
import type { KpiSeries, KpiSummary } from '@civicstat/shared';
import { kpiListColumns } from './kpiColumns';
import { seriesColumns, type SeriesKpi } from './seriesColumns';
import { addTableSheet, newWorkbook, tableCsv, workbookBuffer } from './table';

export function kpiListCsv(kpis: readonly KpiSummary[]): string {
  return tableCsv({ columns: kpiListColumns, rows: kpis });
}

export function kpiListXlsx(kpis: readonly KpiSummary[], now: Date): Promise<Buffer> {
  const workbook = newWorkbook(now);
  addTableSheet(workbook, 'KPIs', { columns: kpiListColumns, rows: kpis });
  return workbookBuffer(workbook);
}

export function seriesCsv(kpi: SeriesKpi, series: KpiSeries): string {
  return tableCsv({ columns: seriesColumns(kpi), rows: series.points });
}

export function seriesXlsx(kpi: SeriesKpi, series: KpiSeries, now: Date): Promise<Buffer> {
  const workbook = newWorkbook(now);
  addTableSheet(workbook, 'Series', { columns: seriesColumns(kpi), rows: series.points });
  return workbookBuffer(workbook);
}
