/** The audit trail as the API serves it: who did what to which thing, before and after. */
import { z } from 'zod';
import { Page } from './kpi';
import { PositiveId } from './queries';

/** A person named in a record: who entered, reviewed, locked or changed something. */
export const UserRef = z.object({ id: z.number().int(), name: z.string(), email: z.string() });
export type UserRef = z.infer<typeof UserRef>;

export const AuditEntry = z.object({
  id: z.number().int(),
  /** Null for the system itself (migrations, the demo seed, command-line imports). */
  actor: UserRef.nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  at: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({ data: z.array(AuditEntry), page: Page });
export type AuditList = z.infer<typeof AuditList>;

const word = z
  .string()
  .regex(/^[a-z_]{1,50}$/, 'must be a kind of record such as kpi or measurement');

/** `?entity=kpi&id=12`: one thing's trail; `?entity=kpi`: every KPI's; nothing: everything. */
export const AuditQuery = z
  .strictObject({
    entity: word.optional(),
    id: z.string().trim().min(1).max(100).optional(),
    /** A KPI's change history: its own records and those of its targets. */
    kpi: PositiveId.optional(),
    limit: z.coerce.number().int().min(1).max(200, 'must be 200 or less').default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((q) => q.id === undefined || q.entity !== undefined, {
    message: 'needs `entity` too: ids are unique only within one kind of record',
    path: ['id'],
  })
  .refine((q) => q.kpi === undefined || q.entity === undefined, {
    message: "already selects the KPI's records and its targets': leave out `entity` and `id`",
    path: ['kpi'],
  });
export type AuditQuery = z.infer<typeof AuditQuery>;
