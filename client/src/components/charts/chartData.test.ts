import type { SeriesPoint } from '@civicstat/shared';
import {
  chartRows,
  dateToX,
  describeSeries,
  partialNote,
  riskBandOf,
  tickPositions,
  valueTicks,
} from './chartData';

function point(periodStart: string, value: number, target: SeriesPoint['target']): SeriesPoint {
  return {
    periodStart,
    periodEnd: periodStart,
    fiscalYear: 2027,
    value,
    numerator: null,
    denominator: null,
    periods: 1,
    target,
    status: 'on_track',
    note: '',
  };
}

describe('riskBandOf', () => {
  it.each([
    ['increase', { value: 100 }, [95, 100]],
    ['decrease', { value: 10 }, [10, 10 / 0.95]],
    ['range', { low: 6, high: 8 }, [5.9, 8.1]],
  ] as const)('gives the at-risk values of an %s KPI', (direction, target, band) => {
    const [low, high] = riskBandOf(target, direction, 0.05) ?? [];
    expect(low).toBeCloseTo(band[0]);
    expect(high).toBeCloseTo(band[1]);
  });

  it('has none for a target of 0, which is met or missed', () => {
    expect(riskBandOf({ value: 0 }, 'increase', 0.05)).toBeUndefined();
  });
});

describe('chartRows', () => {
  it('places each point at its period start, with its target and band', () => {
    const rows = chartRows({
      points: [point('2026-07-01', 90, { value: 100 }), point('2026-08-01', 101, null)],
      direction: 'increase',
      tolerance: 0.1,
    });
    expect(rows.map((r) => [r.x, r.value, r.target, r.riskBand])).toEqual([
      [Date.UTC(2026, 6, 1), 90, 100, [90, 100]],
      [Date.UTC(2026, 7, 1), 101, undefined, undefined],
    ]);
  });

  it('draws the projection from the last value to the fiscal year’s end', () => {
    const rows = chartRows({
      points: [point('2026-07-01', 90, { value: 100 })],
      direction: 'increase',
      tolerance: 0.05,
      projection: { date: '2027-06-30', value: 97, status: 'at_risk', fiscalYear: 2027 },
    });
    expect(rows.map((r) => [r.x, r.projection])).toEqual([
      [dateToX('2026-07-01'), 90],
      [dateToX('2027-06-30'), 97],
    ]);
  });

  it('downsamples a long daily series but keeps every change of target', () => {
    const points = Array.from({ length: 1000 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
      return point(date, Math.sin(i / 10), { value: date < '2024-07-01' ? 1 : 2 });
    });
    const rows = chartRows({ points, direction: 'increase', tolerance: 0.05, maxPoints: 100 });
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(rows.length).toBeLessThanOrEqual(101);
    expect(rows.map((r) => r.point?.periodStart)).toContain('2024-07-01');
  });
});

describe('tickPositions', () => {
  it('labels every point of a short series and only fiscal years of a long one', () => {
    const months = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        point(new Date(Date.UTC(2020, 6 + i, 1)).toISOString().slice(0, 10), 1, null),
      );
    expect(tickPositions(months(6), 7)).toHaveLength(6);
    const yearly = tickPositions(months(60), 7);
    expect(yearly.map((x) => new Date(x).toISOString().slice(0, 7))).toEqual([
      '2020-07',
      '2021-07',
      '2022-07',
      '2023-07',
      '2024-07',
    ]);
  });
});

describe('describeSeries', () => {
  it('says what the chart shows and where it ends, in words', () => {
    const text = describeSeries(
      [
        point('2026-07-01', 9, { value: 10 }),
        { ...point('2026-10-01', 12, { value: 10 }), status: 'off_track' },
      ],
      {
        granularity: 'month',
        fiscalYearStartMonth: 7,
        format: { displayFormat: 'days', unit: 'days' },
      },
    );
    expect(text).toBe(
      'Values by month from Jul 2026 to Oct 2026, against the target. Latest, Oct 2026: 12 days (Off track; target 10 days).',
    );
  });
});

describe('partialNote', () => {
  const quarter = (periodStart: string, periodEnd: string, periods: number): SeriesPoint => ({
    ...point(periodStart, 21435, { value: 21000 }),
    periodEnd,
    periods,
  });
  const byQuarter = {
    granularity: 'quarter' as const,
    fiscalYearStartMonth: 7,
    format: { displayFormat: 'count' as const, unit: 'boardings' },
  };

  it('says how many of its own periods a combined quarter or year holds, when not all', () => {
    const partial = quarter('2026-10-01', '2026-12-31', 1);
    expect(partialNote(partial, { ...byQuarter, frequency: 'monthly' })).toBe('1 of 3 months');
    expect(
      partialNote(quarter('2026-07-01', '2026-09-30', 3), { ...byQuarter, frequency: 'monthly' }),
    ).toBeNull();
    const days = quarter('2026-10-01', '2026-12-31', 40);
    expect(partialNote(days, { ...byQuarter, frequency: 'daily' })).toBe('40 of 92 days');
    const year = { ...quarter('2026-07-01', '2027-06-30', 2), periodEnd: '2027-06-30' };
    expect(partialNote(year, { ...byQuarter, granularity: 'fy', frequency: 'quarterly' })).toBe(
      '2 of 4 quarters',
    );
    expect(describeSeries([partial], { ...byQuarter, frequency: 'monthly' })).toContain(
      'Latest, FY2027 Q2 (1 of 3 months): 21,435 boardings',
    );
  });

  it('says nothing of the KPI’s own periods, or without its frequency', () => {
    const month = point('2026-10-01', 9, { value: 10 });
    expect(
      partialNote(month, { ...byQuarter, granularity: 'month', frequency: 'monthly' }),
    ).toBeNull();
    expect(partialNote(quarter('2026-10-01', '2026-12-31', 1), byQuarter)).toBeNull();
  });
});

describe('valueTicks', () => {
  const rows = (values: number[]) => values.map((value, i) => ({ x: i, value }));

  it('gives round ticks around the values drawn, not from 0', () => {
    expect(valueTicks(rows([18_950, 22_310]))).toEqual([
      18_000, 19_000, 20_000, 21_000, 22_000, 23_000,
    ]);
  });

  it('includes targets and bands, and stays at 0 or above for positive values', () => {
    expect(valueTicks([{ x: 0, value: 0.1, riskBand: [0.855, 0.9], target: 0.9 }])).toEqual([
      0, 0.2, 0.4, 0.6, 0.8, 1,
    ]);
  });

  it('spreads a flat series around its value', () => {
    expect(valueTicks(rows([5, 5]))).toEqual([2, 4, 6, 8]);
  });
});
