/** Every KPI a filtered list matches, for a download: the list's filters and sort, all pages. */
import type { KpiListQuery } from '@civicstat/shared';
import type { ReadContext } from '../context';
import { readKpiList, type KpiListReading } from '../kpis';

// No page limit: readKpiList pages in SQL, and no city has this many KPIs.
const EVERY = Number.MAX_SAFE_INTEGER;

export function readKpiListExport(
  context: ReadContext,
  query: KpiListQuery,
): Promise<KpiListReading> {
  return readKpiList(context, { ...query, limit: EVERY, offset: 0 });
}
