/**
 * One fiscal year's targets for many KPIs at once (the budget office's yearly target setting),
 * all or nothing: every row is checked first, and any bad row refuses the whole request with
 * every problem named (`body.targets.<index>.<field>`) and nothing stored.
 */
import type { BulkTargetRow, BulkTargetsResult } from '@civicstat/shared';
import { PreconditionFailedError, ValidationError, type FieldError } from '../../errors';
import { presentTarget, type TargetRecord } from '../../presenters/target';
import type { WriteContext } from '../writeContext';
import { kindError, requirePlanYear, writeTarget, type KpiForTargets } from './targets';

function rowProblems(
  rows: BulkTargetRow[],
  fiscalYear: number,
  kpis: Map<number, KpiForTargets>,
  existing: Map<number, TargetRecord>,
): { errors: FieldError[]; stale: TargetRecord[] } {
  const errors: FieldError[] = [];
  const stale: TargetRecord[] = [];
  const seen = new Set<number>();
  rows.forEach((row, index) => {
    const at = `body.targets.${index}`;
    if (seen.has(row.kpiId)) {
      errors.push({ path: `${at}.kpiId`, message: `KPI ${row.kpiId} is listed more than once` });
      return;
    }
    seen.add(row.kpiId);
    const kpi = kpis.get(row.kpiId);
    if (!kpi) {
      errors.push({ path: `${at}.kpiId`, message: `there is no KPI ${row.kpiId}` });
      return;
    }
    if (kpi.archived_at !== null) {
      errors.push({ path: `${at}.kpiId`, message: `KPI ${kpi.code} is archived` });
      return;
    }
    const wrongKind = kindError(kpi, row, at);
    if (wrongKind) errors.push(wrongKind);
    const current = existing.get(kpi.id);
    if (current && row.version === undefined) {
      errors.push({
        path: `${at}.version`,
        message: `KPI ${kpi.code} has a FY${fiscalYear} target already: send the version you loaded to replace it`,
      });
    } else if (!current && row.version !== undefined) {
      errors.push({
        path: `${at}.version`,
        message: `KPI ${kpi.code} has no FY${fiscalYear} target yet: leave out version`,
      });
    } else if (current && current.version !== row.version) {
      stale.push(current);
    }
  });
  return { errors, stale };
}

export async function setFiscalYearTargets(
  writer: WriteContext,
  fiscalYear: number,
  rows: BulkTargetRow[],
): Promise<BulkTargetsResult> {
  return writer.db.transaction(async (trx) => {
    await requirePlanYear(trx, fiscalYear);
    const ids = [...new Set(rows.map((row) => row.kpiId))];
    const kpis = new Map(
      (
        (await trx('kpis')
          .whereIn('id', ids)
          .forShare()
          .select('id', 'code', 'direction', 'frequency', 'archived_at')) as KpiForTargets[]
      ).map((kpi) => [kpi.id, kpi]),
    );
    const existing = new Map(
      (
        (await trx('kpi_targets')
          .whereIn('kpi_id', ids)
          .where({ fiscal_year: fiscalYear })
          .whereNull('period_start')
          .forUpdate()) as TargetRecord[]
      ).map((target) => [target.kpi_id, target]),
    );
    const { errors, stale } = rowProblems(rows, fiscalYear, kpis, existing);
    if (errors.length > 0) {
      const bad = new Set(errors.map((e) => e.path.split('.')[2])).size;
      throw new ValidationError(
        errors,
        `${bad} of ${rows.length} targets cannot be set; none was stored.`,
        422,
      );
    }
    if (stale.length > 0) {
      const codes = stale.map((t) => kpis.get(t.kpi_id)?.code ?? t.kpi_id).join(', ');
      throw new PreconditionFailedError(
        stale.map(presentTarget),
        `Someone changed the FY${fiscalYear} targets of ${codes} since you loaded them; none was stored. Review the current targets and try again.`,
      );
    }
    const targets = [];
    for (const row of rows) {
      const stored = await writeTarget(
        trx,
        writer,
        { kpiId: row.kpiId, fiscalYear, periodStart: null },
        existing.get(row.kpiId),
        row,
      );
      targets.push(presentTarget(stored));
    }
    return { fiscalYear, targets };
  });
}
