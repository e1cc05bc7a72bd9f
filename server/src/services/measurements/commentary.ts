/**
 * The rule that an off-track value is submitted with commentary (shared commentaryRequired):
 * the entry screen asks for it, and a submit without it is refused here, naming the field.
 */
import {
  commentaryRequired,
  fiscalYearOf,
  periodTarget,
  periodsPerFiscalYear,
  statusOf,
  type KpiAggregation,
  type KpiDirection,
  type KpiFrequency,
} from '@civicstat/shared';
import type { Knex } from 'knex';
import { ValidationError } from '../../errors';
import type { MeasurementRecord } from '../../queries/storedMeasurements';
import { targetColumns, targetJoins, type TargetColumns } from '../../queries/workspaceSql';
import { targetOfRow } from '../performance';

interface KpiTargetRow extends TargetColumns {
  direction: KpiDirection;
  tolerance: number;
  aggregation: KpiAggregation;
  frequency: KpiFrequency;
}

export async function assertCommentaryWhenOffTrack(
  trx: Knex.Transaction,
  stored: MeasurementRecord,
  fiscalYearStartMonth: number,
): Promise<void> {
  if (stored.note.trim() !== '') return;
  const fiscalYear = fiscalYearOf(stored.period_start, fiscalYearStartMonth);
  const result = await trx.raw<{ rows: KpiTargetRow[] }>(
    `select k.direction, k.tolerance, k.aggregation, k.frequency, ${targetColumns}
       from kpis k ${targetJoins('?', '?::date')}
      where k.id = ?`,
    [fiscalYear, fiscalYear, stored.period_start, stored.kpi_id],
  );
  const kpi = result.rows[0];
  if (!kpi) return;
  const target = periodTarget({
    fiscalYearTarget: targetOfRow({
      target: kpi.year_target,
      target_low: kpi.year_target_low,
      target_high: kpi.year_target_high,
    }),
    override: targetOfRow({
      target: kpi.override_target,
      target_low: kpi.override_target_low,
      target_high: kpi.override_target_high,
    }),
    aggregation: kpi.aggregation,
    periodsInYear: periodsPerFiscalYear(fiscalYear, kpi.frequency, fiscalYearStartMonth),
  });
  const status = statusOf({
    direction: kpi.direction,
    actual: stored.value,
    target,
    tolerance: kpi.tolerance,
  });
  if (commentaryRequired(status)) {
    // 422: the request is well formed; the stored value it would submit is not complete.
    throw new ValidationError(
      [{ path: 'note', message: 'is required when the value is off track' }],
      'An off-track value is submitted with commentary: save a note saying why it is off track and what the department is doing about it, then submit.',
      422,
    );
  }
}
