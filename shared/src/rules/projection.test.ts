import fc from 'fast-check';
import { kpiAggregations, type KpiAggregation } from '../schemas/enums';
import { Projection } from '../schemas/performance';
import { fiscalYearToDateValue, statsOf } from './fytd';
import { projectFiscalYearEnd, type ProjectionInput, type ProjectionPoint } from './projection';

const at = (values: number[]): ProjectionPoint[] =>
  values.map((value, index) => ({ index, value }));

const base = {
  direction: 'increase',
  periodsInYear: 12,
  fiscalYearTarget: null,
} as const;

describe('projectFiscalYearEnd', () => {
  it.each<[string, Partial<ProjectionInput>, number, string]>([
    [
      'pro-rates a sum over the year',
      { aggregation: 'sum', points: at([10, 20, 30]) },
      240,
      'pro_rated',
    ],
    [
      'counts a skipped period of a sum as nothing',
      {
        aggregation: 'sum',
        points: [
          { index: 0, value: 30 },
          { index: 2, value: 30 },
        ],
      },
      240,
      'pro_rated',
    ],
    [
      'extends a rising mean along its line',
      { aggregation: 'mean', points: at([1, 2, 3]) },
      6.5,
      'linear_fit',
    ],
    ['carries a single value flat', { aggregation: 'mean', points: at([7]) }, 7, 'linear_fit'],
    [
      'ends a `last` KPI on the fitted final period',
      { aggregation: 'last', points: at([1, 2, 3]) },
      12,
      'linear_fit',
    ],
    [
      'takes the highest fitted value for max',
      { aggregation: 'max', points: at([5, 4, 3]) },
      5,
      'linear_fit',
    ],
    [
      'takes the lowest fitted value for min',
      { aggregation: 'min', points: at([5, 4, 3]) },
      -6,
      'linear_fit',
    ],
    [
      'keeps fitted values inside the bounds',
      { aggregation: 'min', points: at([5, 4, 3]), bounds: { min: 0 } },
      0,
      'linear_fit',
    ],
    [
      'weighs a ratio by its volume',
      {
        aggregation: 'ratio',
        periodsInYear: 2,
        points: [{ index: 0, value: 0.5, numerator: 50, denominator: 100 }],
      },
      0.5,
      'linear_fit',
    ],
    [
      'ends a finished ratio year on Σ numerator / Σ denominator',
      {
        aggregation: 'ratio',
        periodsInYear: 2,
        points: [
          { index: 0, value: 0.9, numerator: 9, denominator: 10 },
          { index: 1, value: 0.5, numerator: 50, denominator: 100 },
        ],
      },
      59 / 110,
      'linear_fit',
    ],
    [
      'ends a finished `last` year on its last value',
      { aggregation: 'last', periodsInYear: 3, points: at([1, 5, 2]) },
      2,
      'linear_fit',
    ],
  ])('%s', (_, input, value, method) => {
    const projection = projectFiscalYearEnd({ ...base, aggregation: 'mean', points: [], ...input });
    expect(projection).toEqual({ value: expect.closeTo(value, 12), status: 'no_target', method });
  });

  it('is null before the first measurement', () => {
    expect(projectFiscalYearEnd({ ...base, aggregation: 'sum', points: [] })).toBeNull();
  });

  it('judges the projection against the fiscal-year target', () => {
    const project = (points: number[], target: number) =>
      projectFiscalYearEnd({
        ...base,
        aggregation: 'sum',
        points: at(points),
        fiscalYearTarget: { value: target },
      })?.status;
    expect(project([100, 100, 100], 1200)).toBe('on_track');
    expect(project([100, 100, 100], 1250)).toBe('at_risk');
    expect(project([100, 100, 100], 1300)).toBe('off_track');
    // 10, 12, 14 … heads to 32 by June: the year's mean, 21, lies well above a 0..15 band.
    expect(
      projectFiscalYearEnd({
        ...base,
        direction: 'range',
        aggregation: 'mean',
        points: at([10, 12, 14]),
        fiscalYearTarget: { low: 0, high: 15 },
      })?.status,
    ).toBe('off_track');
  });

  it('refuses indexes out of order or beyond the year', () => {
    const project = (points: ProjectionPoint[]) => () =>
      projectFiscalYearEnd({ ...base, aggregation: 'mean', points });
    expect(
      project([
        { index: 1, value: 1 },
        { index: 0, value: 1 },
      ]),
    ).toThrow(RangeError);
    expect(project([{ index: 12, value: 1 }])).toThrow(RangeError);
  });

  it('projects a finished year to its fiscal-year-to-date value, whatever the aggregation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kpiAggregations),
        fc.array(
          fc.record({
            numerator: fc.integer({ min: 0, max: 1000 }),
            denominator: fc.integer({ min: 1, max: 1000 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (aggregation: KpiAggregation, parts) => {
          const points = parts.map((p, index) => ({
            index,
            value: p.numerator / p.denominator,
            ...p,
          }));
          const projection = projectFiscalYearEnd({
            ...base,
            aggregation,
            points,
            periodsInYear: points.length,
          });
          const months = points.map((p) => ({
            ...p,
            periodStart: `2025-${String(p.index + 1).padStart(2, '0')}-01`,
          }));
          const actual = fiscalYearToDateValue(statsOf(months), aggregation) as number;
          expect(projection?.value).toBeCloseTo(actual, 9);
        },
      ),
    );
  });

  it('matches the Projection schema the API embeds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kpiAggregations),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (aggregation, values) =>
          Projection.safeParse(
            projectFiscalYearEnd({
              ...base,
              aggregation,
              points: at(values),
              fiscalYearTarget: { value: 1 },
            }),
          ).success,
      ),
    );
  });

  it('projects a steady series to where it already is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kpiAggregations.filter((a) => a !== 'sum' && a !== 'ratio')),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 11 }),
        (aggregation, value, n) => {
          const points = at(Array.from({ length: n }, () => value));
          const projection = projectFiscalYearEnd({ ...base, aggregation, points });
          expect(projection?.value).toBeCloseTo(value, 9);
        },
      ),
    );
  });
});
