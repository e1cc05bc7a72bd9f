/**
 * Approving and returning values of the review queue. Each value is its own resource with its own
 * version (sent as If-Match), so each succeeds or fails on its own and says why.
 */
import { formatPeriod, type QueueItem } from '@civicstat/shared';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import { takeStep } from '../../api/useMeasurementWrites';
import { describeError } from '../../components/describeError';

export type ReviewStep = 'approve' | 'return';

export interface ReviewOutcome {
  key: string;
  /** "Permits issued, Nov 2026" */
  label: string;
  ok: boolean;
  /** Why it failed; empty when it worked. */
  message: string;
}

export const itemKey = (item: QueueItem) =>
  `${item.measurement.kpiId}-${item.measurement.periodStart}`;

export const itemLabel = (item: QueueItem, fiscalYearStartMonth: number) =>
  `${item.kpi.name}, ${formatPeriod(item.measurement.periodStart, item.kpi.frequency, fiscalYearStartMonth)}`;

function failureMessage(error: unknown): string {
  if (isApiError(error) && error.status === 412) {
    return 'Someone changed this value since the queue was loaded. Nothing was changed; the queue now shows it as it is stored — check it again.';
  }
  return describeError(error);
}

/** Takes the step for each value in turn, with the version the queue showed for it. */
export async function review(
  client: QueryClient,
  items: readonly QueueItem[],
  step: ReviewStep,
  fiscalYearStartMonth: number,
  comment?: string,
): Promise<ReviewOutcome[]> {
  const outcomes: ReviewOutcome[] = [];
  for (const item of items) {
    const { kpiId, periodStart, version } = item.measurement;
    const base = { key: itemKey(item), label: itemLabel(item, fiscalYearStartMonth) };
    try {
      await takeStep(
        client,
        kpiId,
        periodStart,
        step,
        version,
        step === 'return' ? { comment: comment ?? '' } : undefined,
      );
      outcomes.push({ ...base, ok: true, message: '' });
    } catch (error) {
      outcomes.push({ ...base, ok: false, message: failureMessage(error) });
    }
  }
  return outcomes;
}
