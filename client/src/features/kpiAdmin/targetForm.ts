/** A target as typed (a value, or low and high for a range KPI) and as the API takes it. */
import type { DisplayFormat, KpiDirection, TargetValue } from '@civicstat/shared';
import { measureText, parseMeasure } from './measureInput';

export interface TargetText {
  target: string;
  low: string;
  high: string;
}

export const emptyTarget: TargetText = { target: '', low: '', high: '' };

export function targetText(value: TargetValue | undefined, format: DisplayFormat): TargetText {
  if (!value) return emptyTarget;
  if ('value' in value) return { ...emptyTarget, target: measureText(value.value, format) };
  return { target: '', low: measureText(value.low, format), high: measureText(value.high, format) };
}

/** The request body for the shared TargetRequest schema: a band for a range KPI, else a value. */
export function targetRequestOf(
  text: TargetText,
  direction: KpiDirection,
  format: DisplayFormat,
): Record<string, unknown> {
  if (direction === 'range') {
    return {
      low: parseMeasure(text.low, format, undefined),
      high: parseMeasure(text.high, format, undefined),
    };
  }
  return { target: parseMeasure(text.target, format, undefined) };
}
