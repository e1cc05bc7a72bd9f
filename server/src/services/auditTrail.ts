/** Reading the audit trail: who changed what, when, from what to what. */
import type { AuditEntry, AuditQuery } from '@civicstat/shared';
import type { Db } from '../db/database';
import { presentAuditEntry } from '../presenters/audit';
import { countAudit, listAudit } from '../queries/audit';

export async function readAuditTrail(
  db: Db,
  query: AuditQuery,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const filter = { entity: query.entity, entityId: query.id, kpiId: query.kpi };
  const [rows, total] = await Promise.all([
    listAudit(db, filter, { limit: query.limit, offset: query.offset, order: 'desc' }),
    countAudit(db, filter),
  ]);
  return { entries: rows.map(presentAuditEntry), total };
}
