/** The audit trail: every write records who did what to which thing, before and after. */
import type { Knex } from 'knex';
import type { Actor } from '../actor';

export interface AuditEntry {
  /** Who acted: a signed-in user, or someone known by a one-time link; null for the system. */
  actor: Pick<Actor, 'userId'> | null;
  /** A verb in snake_case: create, update, archive, restore, submit, approve, return, reopen, lock… */
  action: string;
  /** The kind of thing: kpi, measurement, kpi_target, department, goal… */
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

function auditRow(entry: AuditEntry) {
  return {
    actor_id: entry.actor?.userId ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    ...(entry.at ? { at: entry.at } : {}),
  };
}

/** Call inside the transaction of the write itself: the change and its record stand or fall together. */
export async function recordAudit(trx: Knex.Transaction, entry: AuditEntry): Promise<void> {
  await recordAudits(trx, [entry]);
}

/** Records of many writes in one statement (an import's batch of values). */
export async function recordAudits(
  trx: Knex.Transaction,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await trx('audit_log').insert(entries.map(auditRow));
}
