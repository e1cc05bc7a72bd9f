/**
 * The import benchmark's file: 200,000 measurements of the loaded city's monthly KPIs, as a
 * department would send a backfill. Most rows are months before the plan's first fiscal year
 * (new rows: the commit really writes); one in twenty repeats a stored month of the plan,
 * unchanged when it is approved (as a re-sent export would) and changed when it is still a
 * draft or submitted (an update). Values stay within each KPI's bounds, so no row has an error.
 */
import fs from 'node:fs';
import { addMonths, formatYearMonth, parseYearMonth } from '@civicstat/shared';
import type { Db } from '../server/src/db/database';
import { createRandom } from './random';

export const IMPORT_ROWS = 200_000;
/** Of each KPI's rows, this share repeats stored months; the rest are new. */
const STORED_SHARE = 0.05;

export interface ImportFile {
  path: string;
  rows: number;
  bytes: number;
  /** The same rows with the KPI's id instead of its code, for COPY into a measurements-like table. */
  byId: Buffer;
  /** Rows expected to be created, updated and left unchanged. */
  expected: { created: number; updated: number; unchanged: number };
}

interface MonthlyKpi {
  id: number;
  code: string;
  max_value: number | null;
}

interface StoredRow {
  kpi_id: number;
  period_start: string;
  value: number;
  state: string;
}

/** A value the KPI accepts: up to its maximum (shares, ratings), else a count or amount. */
function valueFor(kpi: MonthlyKpi, random: () => number): string {
  if (kpi.max_value !== null) return (random() * kpi.max_value).toFixed(4);
  return (random() * 10_000).toFixed(1);
}

/** Writes the CSV at `path` (header `kpi,period,value`). */
export async function writeImportFile(
  db: Db,
  path: string,
  firstPlanMonth: string,
): Promise<ImportFile> {
  const kpis = (await db('kpis')
    .where({ frequency: 'monthly' })
    .orderBy('id')
    .select('id', 'code', 'max_value')) as MonthlyKpi[];
  if (kpis.length === 0) throw new Error('the bench city has no monthly KPIs to import into');
  const perKpi = Math.ceil(IMPORT_ROWS / kpis.length);
  const storedPerKpi = Math.max(1, Math.round(perKpi * STORED_SHARE));

  // The latest stored months of every monthly KPI, the ones a re-sent file would repeat.
  const stored = (await db('measurements as m')
    .join('kpis as k', 'k.id', 'm.kpi_id')
    .where('k.frequency', 'monthly')
    .whereRaw(
      `m.period_start > (select max(period_start) from measurements where kpi_id = m.kpi_id) - make_interval(months => ?)`,
      [storedPerKpi],
    )
    .orderBy(['m.kpi_id', 'm.period_start'])
    .select('m.kpi_id', 'm.period_start', 'm.value', 'm.state')) as StoredRow[];
  const storedByKpi = new Map<number, StoredRow[]>();
  for (const row of stored) {
    storedByKpi.set(row.kpi_id, [...(storedByKpi.get(row.kpi_id) ?? []), row]);
  }

  const random = createRandom('import:values').next;
  const first = parseYearMonth(firstPlanMonth);
  const csv: string[] = ['kpi,period,value'];
  const byId: string[] = [];
  const expected = { created: 0, updated: 0, unchanged: 0 };
  const add = (kpi: MonthlyKpi, period: string, value: string) => {
    csv.push(`${kpi.code},${period},${value}`);
    byId.push(`${kpi.id},${period},${value}`);
  };
  for (const kpi of kpis) {
    if (byId.length >= IMPORT_ROWS) break;
    const rows = Math.min(perKpi, IMPORT_ROWS - byId.length);
    const repeated = (storedByKpi.get(kpi.id) ?? []).slice(0, Math.min(storedPerKpi, rows));
    // New months, oldest first, ending the month before the plan's first fiscal year.
    const fresh = rows - repeated.length;
    for (let i = fresh; i >= 1; i -= 1) {
      add(kpi, formatYearMonth(addMonths(first, -i)), valueFor(kpi, random));
      expected.created += 1;
    }
    for (const row of repeated) {
      if (row.state === 'approved') {
        add(kpi, row.period_start, String(row.value));
        expected.unchanged += 1;
      } else {
        add(kpi, row.period_start, valueFor(kpi, random));
        expected.updated += 1;
      }
    }
  }
  if (byId.length < IMPORT_ROWS) {
    throw new Error(`the bench city has too few monthly KPIs for ${IMPORT_ROWS} rows`);
  }
  const text = `${csv.join('\n')}\n`;
  await fs.promises.writeFile(path, text);
  return {
    path,
    rows: byId.length,
    bytes: Buffer.byteLength(text),
    byId: Buffer.from(`${byId.join('\n')}\n`),
    expected,
  };
}
