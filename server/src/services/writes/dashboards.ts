/** Curated dashboards (budget office) and their ordered KPIs: one versioned resource. */
import type { Dashboard, DashboardChanges, NewDashboard } from '@civicstat/shared';
import { ValidationError } from '../../errors';
import { presentDashboard, type DashboardRecord } from '../../presenters/curation';
import { definedOnly, type Lifecycle, type Trx } from './lifecycle';

async function kpiIdsOf(trx: Trx, dashboardId: number): Promise<number[]> {
  return trx('dashboard_kpis')
    .where({ dashboard_id: dashboardId })
    .orderBy('position')
    .pluck('kpi_id') as Promise<number[]>;
}

/** Every KPI put on a board must exist and be live; each refusal names its place in the list. */
async function checkKpis(trx: Trx, kpiIds: number[] | undefined): Promise<void> {
  if (!kpiIds || kpiIds.length === 0) return;
  const rows = (await trx('kpis')
    .whereIn('id', kpiIds)
    .forShare()
    .select('id', 'code', 'archived_at')) as Array<{
    id: number;
    code: string;
    archived_at: Date | null;
  }>;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const errors = kpiIds.flatMap((id, index) => {
    const kpi = byId.get(id);
    const path = `body.kpiIds.${index}`;
    if (!kpi) return [{ path, message: `there is no KPI ${id}` }];
    if (kpi.archived_at !== null) return [{ path, message: `KPI ${kpi.code} is archived` }];
    return [];
  });
  if (errors.length > 0) {
    throw new ValidationError(errors, 'Some KPIs cannot be put on the dashboard.', 422);
  }
}

export const dashboardLifecycle: Lifecycle<
  DashboardRecord,
  Dashboard,
  NewDashboard,
  DashboardChanges
> = {
  table: 'dashboards',
  entity: 'dashboard',
  noun: 'dashboard',
  columns: (fields) =>
    definedOnly({
      slug: fields.slug,
      title: fields.title,
      description: fields.description,
      is_public: fields.isPublic,
    }),
  present: async (trx, row) => presentDashboard(row, await kpiIdsOf(trx, row.id)),
  checkCreate: (trx, fields) => checkKpis(trx, fields.kpiIds),
  checkUpdate: (trx, _row, changes) => checkKpis(trx, changes.kpiIds),
  /** The list is replaced as a whole, in the order given (archived KPIs keep their place until then). */
  writeRelated: async (trx, row, fields) => {
    if (fields.kpiIds === undefined) return false;
    const current = await kpiIdsOf(trx, row.id);
    if (current.join(',') === fields.kpiIds.join(',')) return false;
    await trx('dashboard_kpis').where({ dashboard_id: row.id }).delete();
    if (fields.kpiIds.length > 0) {
      await trx('dashboard_kpis').insert(
        fields.kpiIds.map((kpiId, position) => ({
          dashboard_id: row.id,
          kpi_id: kpiId,
          position,
        })),
      );
    }
    return true;
  },
};
