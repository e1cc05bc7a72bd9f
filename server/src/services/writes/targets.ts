/**
 * A KPI's targets (budget office): a fiscal year's, or one period's override. Targets follow the
 * active plan's fiscal years, match the KPI's direction (a band for `range`, a value otherwise),
 * and are versioned like everything else: replacing one needs the version it replaces.
 */
import { fiscalYearOf, isPeriodStart, type KpiTarget, type TargetRequest } from '@civicstat/shared';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
  ValidationError,
  type FieldError,
} from '../../errors';
import { presentTarget, type TargetRecord } from '../../presenters/target';
import { recordAudit } from '../audit';
import type { WriteContext } from '../writeContext';
import type { Trx } from './lifecycle';

export interface KpiForTargets {
  id: number;
  code: string;
  direction: string;
  frequency: 'daily' | 'monthly' | 'quarterly' | 'annual';
  archived_at: Date | null;
}

/** Targets cover the active plan's fiscal years, first..last. */
export async function requirePlanYear(trx: Trx, fiscalYear: number): Promise<void> {
  const plan = (await trx('plans')
    .where({ status: 'active' })
    .first('first_fiscal_year', 'last_fiscal_year')) as
    { first_fiscal_year: number; last_fiscal_year: number } | undefined;
  if (!plan) {
    throw new ValidationError(
      [
        {
          path: 'path.fiscalYear',
          message: 'there is no active plan whose years a target could cover',
        },
      ],
      'There is no active strategic plan: targets follow its fiscal years.',
      422,
    );
  }
  const { first_fiscal_year: first, last_fiscal_year: last } = plan;
  if (fiscalYear < first || fiscalYear > last) {
    throw new ValidationError(
      [
        {
          path: 'path.fiscalYear',
          message: `must be within the active plan, FY${first} to FY${last}`,
        },
      ],
      `FY${fiscalYear} is outside the active plan (FY${first} to FY${last}).`,
      422,
    );
  }
}

/** A band for a range KPI, a single value for any other; `at` prefixes the field's path. */
export function kindError(kpi: KpiForTargets, value: TargetRequest, at: string): FieldError | null {
  if (kpi.direction === 'range' && value.target !== undefined) {
    return { path: `${at}.target`, message: `KPI ${kpi.code} is a range KPI: send low and high` };
  }
  if (kpi.direction !== 'range' && value.target === undefined) {
    return { path: `${at}.low`, message: `KPI ${kpi.code} is not a range KPI: send target` };
  }
  return null;
}

/** The year's target (periodStart null) or one period's override, locked for the change. */
export async function lockTarget(
  trx: Trx,
  kpiId: number,
  fiscalYear: number,
  periodStart: string | null,
): Promise<TargetRecord | undefined> {
  return trx('kpi_targets')
    .where({ kpi_id: kpiId, fiscal_year: fiscalYear })
    .modify((q) =>
      periodStart === null ? q.whereNull('period_start') : q.where({ period_start: periodStart }),
    )
    .forUpdate()
    .first() as Promise<TargetRecord | undefined>;
}

/** Inserts or replaces one target with its audit record; sending what is stored changes nothing. */
export async function writeTarget(
  trx: Trx,
  writer: Pick<WriteContext, 'actor' | 'now'>,
  key: { kpiId: number; fiscalYear: number; periodStart: string | null },
  existing: TargetRecord | undefined,
  value: TargetRequest,
): Promise<TargetRecord> {
  const columns = {
    target: value.target ?? null,
    target_low: value.low ?? null,
    target_high: value.high ?? null,
  };
  if (
    existing &&
    existing.target === columns.target &&
    existing.target_low === columns.target_low &&
    existing.target_high === columns.target_high
  ) {
    return existing;
  }
  const [row] = (
    existing
      ? await trx('kpi_targets')
          .where({ id: existing.id })
          .update({ ...columns, version: existing.version + 1, updated_at: writer.now })
          .returning('*')
      : await trx('kpi_targets')
          .insert({
            kpi_id: key.kpiId,
            fiscal_year: key.fiscalYear,
            period_start: key.periodStart,
            ...columns,
            created_at: writer.now,
            updated_at: writer.now,
          })
          .returning('*')
  ) as TargetRecord[];
  const stored = row as TargetRecord;
  await recordAudit(trx, {
    actor: writer.actor,
    at: writer.now,
    action: existing ? 'update' : 'create',
    entity: 'kpi_target',
    entityId: stored.id,
    ...(existing ? { before: presentTarget(existing) } : {}),
    after: presentTarget(stored),
  });
  return stored;
}

export interface TargetChange {
  kpiId: number;
  fiscalYear: number;
  /** Null for the fiscal year's target. */
  periodStart: string | null;
  value: TargetRequest;
  /** From If-Match: required when the target exists. */
  version: number | undefined;
}

export async function setTarget(writer: WriteContext, change: TargetChange): Promise<KpiTarget> {
  const { kpiId, fiscalYear, periodStart, value, version } = change;
  return writer.db.transaction(async (trx) => {
    const kpi = (await trx('kpis').where({ id: kpiId }).forShare().first()) as
      KpiForTargets | undefined;
    if (!kpi) throw new NotFoundError(`There is no KPI ${kpiId}.`);
    if (kpi.archived_at !== null) {
      throw new ConflictError(
        `KPI ${kpi.code} is archived: restore it before setting its targets.`,
      );
    }
    await requirePlanYear(trx, fiscalYear);
    const start = writer.fiscalYearStartMonth;
    if (
      periodStart !== null &&
      (!isPeriodStart(periodStart, kpi.frequency, start) ||
        fiscalYearOf(periodStart, start) !== fiscalYear)
    ) {
      throw new ValidationError(
        [
          {
            path: 'path.periodStart',
            message: `must start a ${kpi.frequency} period of FY${fiscalYear}`,
          },
        ],
        `${periodStart} does not start one of KPI ${kpi.code}'s ${kpi.frequency} periods in FY${fiscalYear}.`,
        422,
      );
    }
    const wrongKind = kindError(kpi, value, 'body');
    if (wrongKind) throw new ValidationError([wrongKind], wrongKind.message + '.', 422);

    const existing = await lockTarget(trx, kpiId, fiscalYear, periodStart);
    if (existing && version === undefined) {
      throw new PreconditionRequiredError(
        `KPI ${kpi.code} has this target already: send If-Match with the version you loaded, so that nobody's change is overwritten unseen.`,
      );
    }
    if (existing && existing.version !== version) {
      throw new PreconditionFailedError(presentTarget(existing));
    }
    if (!existing && version !== undefined) {
      throw new PreconditionFailedError(
        null,
        'This target does not exist yet: leave out If-Match to set it.',
      );
    }
    const row = await writeTarget(trx, writer, { kpiId, fiscalYear, periodStart }, existing, value);
    return presentTarget(row);
  });
}
