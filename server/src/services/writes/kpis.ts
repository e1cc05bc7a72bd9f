/**
 * KPI definitions (budget office): create, change, archive and restore. An archived KPI leaves
 * every list and roll-up (the reads filter `archived_at`) and comes back, history and all, when
 * restored. Changes that would misalign what is stored under a KPI are refused with the reason.
 */
import type { KpiChanges, KpiDefinition, NewKpi } from '@civicstat/shared';
import { ConflictError, ValidationError } from '../../errors';
import { presentKpiDefinition, type KpiRecord } from '../../presenters/kpiDefinition';
import { definedOnly, type Lifecycle, type Trx } from './lifecycle';
import { refuseUnderArchivedParent, requireLive } from './references';

async function count(query: Promise<unknown>): Promise<number> {
  const [row] = (await query) as Array<{ n: number | string }>;
  return Number(row?.n ?? 0);
}

async function checkReferences(trx: Trx, fields: KpiChanges): Promise<void> {
  if (fields.departmentId !== undefined) {
    await requireLive(trx, 'departments', fields.departmentId, 'body.departmentId', 'department');
  }
  if (fields.objectiveId !== undefined && fields.objectiveId !== null) {
    await requireLive(trx, 'objectives', fields.objectiveId, 'body.objectiveId', 'objective');
  }
}

/** Measurements and per-period targets sit on the KPI's periods: they fix its frequency. */
async function refuseFrequencyChange(trx: Trx, kpi: KpiRecord, frequency: string): Promise<void> {
  const measurements = await count(trx('measurements').where({ kpi_id: kpi.id }).count({ n: '*' }));
  const overrides = await count(
    trx('kpi_targets').where({ kpi_id: kpi.id }).whereNotNull('period_start').count({ n: '*' }),
  );
  if (measurements + overrides === 0) return;
  const held = [
    measurements > 0 ? `${measurements} measurement${measurements === 1 ? '' : 's'}` : '',
    overrides > 0 ? `${overrides} per-period target${overrides === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  throw new ConflictError(
    `KPI ${kpi.code} has ${held} recorded ${kpi.frequency}; as ${frequency} they would no longer fall on its periods and its history would stop adding up. Keep the frequency, or archive this KPI and create a new one.`,
  );
}

/** A range KPI's targets are bands, any other KPI's single values: they fix which it is. */
async function refuseDirectionChange(trx: Trx, kpi: KpiRecord, direction: string): Promise<void> {
  if ((direction === 'range') === (kpi.direction === 'range')) return;
  const targets = await count(trx('kpi_targets').where({ kpi_id: kpi.id }).count({ n: '*' }));
  if (targets === 0) return;
  throw new ConflictError(
    `KPI ${kpi.code} has ${targets} target${targets === 1 ? '' : 's'} set as ${kpi.direction === 'range' ? 'bands (low, high)' : 'single values'}; with direction ${direction} it would need ${direction === 'range' ? 'bands' : 'single values'}. Keep the direction, or archive this KPI and create a new one.`,
  );
}

/** New bounds must hold for the values already stored (the database refuses new ones outside). */
async function checkBounds(trx: Trx, kpi: KpiRecord, changes: KpiChanges): Promise<void> {
  const min = changes.minValue !== undefined ? changes.minValue : kpi.min_value;
  const max = changes.maxValue !== undefined ? changes.maxValue : kpi.max_value;
  if (min !== null && max !== null && min > max) {
    const field = changes.minValue !== undefined ? 'minValue' : 'maxValue';
    throw new ValidationError(
      [{ path: `body.${field}`, message: `minValue ${min} would be above maxValue ${max}` }],
      `The bounds would be empty: ${min} is above ${max}.`,
      422,
    );
  }
  if (changes.minValue === undefined && changes.maxValue === undefined) return;
  if (min === null && max === null) return;
  const outside = await count(
    trx('measurements')
      .where({ kpi_id: kpi.id })
      .where((q) => {
        if (min !== null) q.orWhere('value', '<', min);
        if (max !== null) q.orWhere('value', '>', max);
      })
      .count({ n: '*' }),
  );
  if (outside > 0) {
    throw new ConflictError(
      `KPI ${kpi.code} has ${outside} measurement${outside === 1 ? '' : 's'} outside ${min ?? '−∞'}..${max ?? '∞'}: correct ${outside === 1 ? 'it' : 'them'} before narrowing the bounds.`,
    );
  }
}

export const kpiLifecycle: Lifecycle<KpiRecord, KpiDefinition, NewKpi, KpiChanges> = {
  table: 'kpis',
  entity: 'kpi',
  noun: 'KPI',
  columns: (fields) =>
    definedOnly({
      code: fields.code,
      name: fields.name,
      description: fields.description,
      department_id: fields.departmentId,
      objective_id: fields.objectiveId,
      unit: fields.unit,
      display_format: fields.displayFormat,
      direction: fields.direction,
      frequency: fields.frequency,
      aggregation: fields.aggregation,
      tolerance: fields.tolerance,
      min_value: fields.minValue,
      max_value: fields.maxValue,
      is_public: fields.isPublic,
      data_source: fields.dataSource,
      methodology: fields.methodology,
      owner: fields.owner,
    }),
  present: async (_trx, row) => presentKpiDefinition(row),
  checkCreate: (trx, fields) => checkReferences(trx, fields),
  checkUpdate: async (trx, kpi, changes) => {
    await checkReferences(trx, changes);
    if (changes.frequency !== undefined && changes.frequency !== kpi.frequency) {
      await refuseFrequencyChange(trx, kpi, changes.frequency);
    }
    if (changes.direction !== undefined) await refuseDirectionChange(trx, kpi, changes.direction);
    await checkBounds(trx, kpi, changes);
  },
  checkRestore: async (trx, kpi) => {
    const name = `KPI ${kpi.code}`;
    await refuseUnderArchivedParent(trx, name, {
      table: 'departments',
      id: kpi.department_id,
      noun: 'department',
    });
    await refuseUnderArchivedParent(trx, name, {
      table: 'objectives',
      id: kpi.objective_id,
      noun: 'objective',
    });
  },
};
