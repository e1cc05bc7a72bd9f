import type { AuditEntry } from '@civicstat/shared';
import type { AuditRow } from '../queries/audit';

export function presentAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    at: new Date(row.at).toISOString(),
  };
}
