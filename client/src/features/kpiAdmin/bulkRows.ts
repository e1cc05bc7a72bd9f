/** The bulk target table's rows: what each KPI would send, and the API's errors back by KPI. */
import { BulkTargetRow, formatTarget, type KpiSummary, type KpiTarget } from '@civicstat/shared';
import { isApiError } from '../../api/ApiError';
import { validate } from '../../components/forms/validate';
import { targetRequestOf, type TargetText } from './targetForm';

export interface BulkRow {
  kpi: KpiSummary;
  /** The chosen year's target as stored now, with the version a replacement sends. */
  saved: KpiTarget | undefined;
  text: TargetText;
}

const isBlank = (text: TargetText) => !text.target.trim() && !text.low.trim() && !text.high.trim();

/** The typed text as a row of the request, or undefined when it is blank or what is stored. */
export function changedRow(row: BulkRow): Record<string, unknown> | undefined {
  if (isBlank(row.text)) return undefined;
  const { kpi, saved } = row;
  const request = targetRequestOf(row.text, kpi.direction, kpi.displayFormat);
  const stored = saved?.target;
  const unchanged =
    stored &&
    ('value' in stored
      ? request.target === stored.value
      : request.low === stored.low && request.high === stored.high);
  if (unchanged) return undefined;
  return { kpiId: kpi.id, ...request, ...(saved ? { version: saved.version } : {}) };
}

/** Each changed row checked with the shared schema: the rows to send, or the errors by KPI. */
export function checkRows(rows: readonly BulkRow[]): {
  targets: BulkTargetRow[];
  errors: Map<number, string>;
} {
  const targets: BulkTargetRow[] = [];
  const errors = new Map<number, string>();
  for (const row of rows) {
    const request = changedRow(row);
    if (!request) continue;
    const checked = validate(BulkTargetRow, request);
    if (checked.data) targets.push(checked.data);
    else {
      const [field, message] = Object.entries(checked.errors)[0] ?? ['target', 'is not valid'];
      errors.set(row.kpi.id, `${fieldWords[field] ?? 'Target'} ${message}`);
    }
  }
  return { targets, errors };
}

const fieldWords: Record<string, string> = {
  target: 'Target',
  low: 'Low end',
  high: 'High end',
  version: 'Version',
  kpiId: 'KPI',
};

/**
 * The API's refusal of a bulk request by KPI: a 422 names `body.targets.<index>.<field>`, a 412
 * carries the targets someone changed since (`current`).
 */
export function rowErrorsOf(
  error: unknown,
  sent: readonly BulkTargetRow[],
  kpis: ReadonlyMap<number, KpiSummary>,
): Map<number, string> {
  const errors = new Map<number, string>();
  if (!isApiError(error)) return errors;
  for (const { path, message } of error.problem.errors ?? []) {
    const match = /^body\.targets\.(\d+)\.(\w+)$/.exec(path);
    const row = match ? sent[Number(match[1])] : undefined;
    if (!row || !match) continue;
    if (!errors.has(row.kpiId))
      errors.set(row.kpiId, `${fieldWords[match[2] ?? ''] ?? 'Target'} ${message}`);
  }
  const current = (error.problem as { current?: unknown }).current;
  if (error.status === 412 && Array.isArray(current)) {
    for (const target of current as KpiTarget[]) {
      const kpi = kpis.get(target.kpiId);
      if (!kpi) continue;
      errors.set(
        kpi.id,
        `Someone changed this target since you loaded the page: it is now ${formatTarget(target.target, kpi, { withUnit: true })}.`,
      );
    }
  }
  return errors;
}
