/**
 * Writes of one KPI value: enter or correct it (PUT), and move it through review (submit,
 * approve, return, reopen). Each change after the first carries the version it was based on.
 */
import { Measurement, type MeasurementInput, type WorkflowStep } from '@civicstat/shared';
import type { QueryClient } from '@tanstack/react-query';
import { apiSend } from './apiSend';

const pathOf = (kpiId: number, periodStart: string) => `/kpis/${kpiId}/measurements/${periodStart}`;

export function putMeasurement(
  client: QueryClient,
  kpiId: number,
  periodStart: string,
  input: MeasurementInput,
  version: number | undefined,
): Promise<Measurement> {
  return apiSend('PUT', pathOf(kpiId, periodStart), input, Measurement, client, {
    ifMatch: version,
  });
}

export function takeStep(
  client: QueryClient,
  kpiId: number,
  periodStart: string,
  step: WorkflowStep,
  version: number,
  body?: { comment: string } | { reason: string },
): Promise<Measurement> {
  return apiSend('POST', `${pathOf(kpiId, periodStart)}/${step}`, body, Measurement, client, {
    ifMatch: version,
  });
}
