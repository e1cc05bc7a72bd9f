/**
 * Which part of a KPI's series the page shows — a range of fiscal years and a granularity —
 * kept in the URL (`?range=all&granularity=quarter`) so every view can be linked.
 */
import {
  fiscalYearOf,
  fiscalYearRange,
  type KpiFrequency,
  type SeriesGranularity,
} from '@civicstat/shared';
import { useSearchParams } from 'react-router';
import type { SeriesRange } from '../../api/useKpi';

export const seriesRangeKeys = ['fy', '3y', 'all'] as const;
export type SeriesRangeKey = (typeof seriesRangeKeys)[number];
export const DEFAULT_RANGE: SeriesRangeKey = '3y';

const coarser: Record<KpiFrequency, SeriesGranularity[]> = {
  daily: ['day', 'month', 'quarter', 'fy'],
  monthly: ['month', 'quarter', 'fy'],
  quarterly: ['quarter', 'fy'],
  annual: ['fy'],
};

/** The granularities a KPI has values for: its own frequency and coarser ones. */
export function granularitiesFor(frequency: KpiFrequency): SeriesGranularity[] {
  return coarser[frequency];
}

export function rangeLabel(key: SeriesRangeKey, currentFiscalYear: number): string {
  switch (key) {
    case 'fy':
      return `This fiscal year (FY${currentFiscalYear})`;
    case '3y':
      return `3 fiscal years (FY${currentFiscalYear - 2}–FY${currentFiscalYear})`;
    case 'all':
      return 'All years';
  }
}

/**
 * The dates a range covers as of `asOf` (the KPI's "today", or the end of a past fiscal year
 * the page was asked for): from the start of this or the third-last fiscal year, or from the
 * first value. `to` only when looking back at a past year.
 */
export function seriesRangeOf(
  key: SeriesRangeKey,
  granularity: SeriesGranularity,
  {
    asOf,
    fiscalYearStartMonth,
    pastYear,
  }: { asOf: string; fiscalYearStartMonth: number; pastYear: boolean },
): SeriesRange {
  const year = fiscalYearOf(asOf, fiscalYearStartMonth);
  const to = pastYear ? asOf : undefined;
  switch (key) {
    case 'fy':
      return { granularity, from: fiscalYearRange(year, fiscalYearStartMonth).start, to };
    case '3y':
      return { granularity, from: fiscalYearRange(year - 2, fiscalYearStartMonth).start, to };
    case 'all':
      return { granularity, to };
  }
}

export interface SeriesView {
  range: SeriesRangeKey;
  granularity: SeriesGranularity;
  setRange(range: SeriesRangeKey): void;
  setGranularity(granularity: SeriesGranularity): void;
}

/** The view in the URL; anything missing or unknown there means the default (3 years, the KPI's own frequency). */
export function useSeriesView(frequency: KpiFrequency): SeriesView {
  const [params, setParams] = useSearchParams();
  const offered = granularitiesFor(frequency);
  const rawRange = params.get('range');
  const range = seriesRangeKeys.find((key) => key === rawRange) ?? DEFAULT_RANGE;
  const rawGranularity = params.get('granularity');
  const granularity =
    offered.find((g) => g === rawGranularity) ?? (offered[0] as SeriesGranularity);
  const set = (name: string, value: string, fallback: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (value === fallback) updated.delete(name);
        else updated.set(name, value);
        return updated;
      },
      { replace: true },
    );
  return {
    range,
    granularity,
    setRange: (next) => set('range', next, DEFAULT_RANGE),
    setGranularity: (next) => set('granularity', next, offered[0] as string),
  };
}
