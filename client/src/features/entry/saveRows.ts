/**
 * Saving and submitting a worksheet's rows. Each value is its own resource with its own version,
 * so each row succeeds or fails on its own; a failed row keeps what was typed and says why.
 */
import type { Measurement, WorksheetRow } from '@civicstat/shared';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import { putMeasurement, takeStep } from '../../api/useMeasurementWrites';
import { describeError } from '../../components/describeError';
import { evaluate, isDirty, rowKey, type Draft, type DraftField } from './rowDraft';

export interface RowOutcome {
  key: string;
  kpiName: string;
  /** Where a failure's link in the summary moves focus (the value's first input by default). */
  field?: DraftField;
  ok: boolean;
  /** Someone else changed the value meanwhile (412): the row goes back to the stored value. */
  stale?: boolean;
  message: string;
}

function failure(row: WorksheetRow, error: unknown): RowOutcome {
  const stale = isApiError(error) && error.status === 412;
  return {
    key: rowKey(row),
    kpiName: row.kpi.name,
    ok: false,
    stale,
    message: stale
      ? 'Someone changed this value since you opened the page. Nothing was saved for it; the page now shows the stored value — check it and enter yours again if it is still needed.'
      : describeError(error),
  };
}

/** Saves every changed row as it stands (a new value is a draft); returns each row's outcome. */
export async function saveRows(
  client: QueryClient,
  rows: readonly WorksheetRow[],
  drafts: Record<string, Draft>,
): Promise<{ outcomes: RowOutcome[]; saved: Map<string, Measurement> }> {
  const outcomes: RowOutcome[] = [];
  const saved = new Map<string, Measurement>();
  for (const row of rows) {
    const draft = drafts[rowKey(row)];
    if (!draft || !isDirty(row, draft)) continue;
    const { input } = evaluate(row, draft);
    if (!input) continue;
    try {
      const measurement = await putMeasurement(
        client,
        row.kpi.id,
        row.periodStart,
        input,
        row.measurement?.version,
      );
      saved.set(rowKey(row), measurement);
      outcomes.push({ key: rowKey(row), kpiName: row.kpi.name, ok: true, message: 'Saved' });
    } catch (error) {
      outcomes.push(failure(row, error));
    }
  }
  return { outcomes, saved };
}

/** Submits the given rows' stored values (after saving them) for the budget office's review. */
export async function submitRows(
  client: QueryClient,
  rows: readonly WorksheetRow[],
  saved: Map<string, Measurement>,
): Promise<RowOutcome[]> {
  const outcomes: RowOutcome[] = [];
  for (const row of rows) {
    const measurement = saved.get(rowKey(row)) ?? row.measurement;
    if (!measurement || !['draft', 'returned'].includes(measurement.state)) continue;
    try {
      await takeStep(client, row.kpi.id, row.periodStart, 'submit', measurement.version);
      outcomes.push({ key: rowKey(row), kpiName: row.kpi.name, ok: true, message: 'Submitted' });
    } catch (error) {
      outcomes.push(failure(row, error));
    }
  }
  return outcomes;
}
