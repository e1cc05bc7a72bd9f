/** Reading the audit trail, newest first, with who acted. */
import type { Knex } from 'knex';
import { userRefColumn, type UserRefRow } from './userRefs';

export interface AuditRow {
  id: number;
  actor: UserRefRow | null;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  at: Date;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  /** A KPI's own records and those of its targets (the trail files targets under their ids). */
  kpiId?: number;
}

function filtered(db: Knex, filter: AuditFilter): Knex.QueryBuilder {
  return db('audit_log as a').modify((q: Knex.QueryBuilder) => {
    if (filter.entity !== undefined) q.where('a.entity', filter.entity);
    if (filter.entityId !== undefined) q.where('a.entity_id', filter.entityId);
    const { kpiId } = filter;
    if (kpiId !== undefined) {
      q.where((either) =>
        either
          .where((own) => own.where('a.entity', 'kpi').where('a.entity_id', String(kpiId)))
          .orWhere((targets) =>
            targets
              .where('a.entity', 'kpi_target')
              .whereIn(
                'a.entity_id',
                db('kpi_targets').select(db.raw('id::text')).where('kpi_id', kpiId),
              ),
          ),
      );
    }
  });
}

export async function listAudit(
  db: Knex,
  filter: AuditFilter,
  { limit, offset, order }: { limit?: number; offset?: number; order: 'asc' | 'desc' },
): Promise<AuditRow[]> {
  return filtered(db, filter)
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'a.id',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.before',
      'a.after',
      'a.at',
      userRefColumn(db, 'u', 'actor'),
    ])
    .orderBy([
      { column: 'a.at', order },
      { column: 'a.id', order },
    ])
    .modify((q: Knex.QueryBuilder) => {
      if (limit !== undefined) q.limit(limit);
      if (offset !== undefined) q.offset(offset);
    });
}

export async function countAudit(db: Knex, filter: AuditFilter): Promise<number> {
  const row = await filtered(db, filter).count({ count: '*' }).first();
  return Number(row?.count ?? 0);
}
