/** Reading stored targets with their versions: one KPI's for every year, or every KPI's for one. */
import type { KpiTargetList, KpiTargetPage, TargetsOfYearQuery } from '@civicstat/shared';
import type { Db } from '../db/database';
import { NotFoundError } from '../errors';
import { presentTarget, type TargetRecord } from '../presenters/target';

export async function listTargets(db: Db, kpiId: number): Promise<KpiTargetList> {
  const kpi = await db('kpis').where({ id: kpiId }).first('id');
  if (!kpi) throw new NotFoundError(`There is no KPI ${kpiId}.`);
  const rows = (await db('kpi_targets')
    .where({ kpi_id: kpiId })
    .orderBy([
      { column: 'fiscal_year' },
      { column: 'period_start', nulls: 'first' },
    ])) as TargetRecord[];
  return { data: rows.map(presentTarget) };
}

/**
 * Every KPI's stored targets for one fiscal year, by KPI, paged: the year's own and, unless
 * `overrides=exclude`, the periods' overrides.
 */
export async function listTargetsOfYear(
  db: Db,
  fiscalYear: number,
  { limit, offset, overrides }: TargetsOfYearQuery,
): Promise<KpiTargetPage> {
  const ofYear = () => {
    const query = db('kpi_targets').where({ fiscal_year: fiscalYear });
    if (overrides === 'exclude') query.whereNull('period_start');
    return query;
  };
  const [rows, counted] = await Promise.all([
    ofYear()
      .orderBy([{ column: 'kpi_id' }, { column: 'period_start', nulls: 'first' }])
      .limit(limit)
      .offset(offset) as Promise<TargetRecord[]>,
    ofYear().count({ n: '*' }).first() as Promise<{ n: number | string } | undefined>,
  ]);
  return { data: rows.map(presentTarget), page: { limit, offset, total: Number(counted?.n ?? 0) } };
}
