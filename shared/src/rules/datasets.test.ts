import fc from 'fast-check';
import { pipelineStates, type PipelineState } from '../schemas/openData';
import {
  canMovePipeline,
  datasetFreshness,
  defaultFactorWeights,
  isDatasetStale,
  nextUpdateDue,
  priorityFactors,
  priorityScore,
  publishBlockers,
  rankForRelease,
  type FactorScores,
  type FactorWeights,
} from './datasets';

const factor = fc.integer({ min: 1, max: 5 });
const scores = fc.record({
  publicDemand: factor,
  residentValue: factor,
  publishingEffort: factor,
  risk: factor,
});
const weights = fc
  .record({
    publicDemand: fc.integer({ min: 0, max: 10 }),
    residentValue: fc.integer({ min: 0, max: 10 }),
    publishingEffort: fc.integer({ min: 0, max: 10 }),
    risk: fc.integer({ min: 0, max: 10 }),
  })
  .filter((w) => w.publicDemand + w.residentValue + w.publishingEffort + w.risk > 0);
const even: FactorWeights = { publicDemand: 1, residentValue: 1, publishingEffort: 1, risk: 1 };

describe('priorityScore', () => {
  it.each<[string, FactorScores, FactorWeights, number]>([
    [
      'the best on every factor',
      { publicDemand: 5, residentValue: 5, publishingEffort: 1, risk: 1 },
      even,
      100,
    ],
    [
      'the worst on every factor',
      { publicDemand: 1, residentValue: 1, publishingEffort: 5, risk: 5 },
      even,
      0,
    ],
    [
      'the middle of every factor',
      { publicDemand: 3, residentValue: 3, publishingEffort: 3, risk: 3 },
      even,
      50,
    ],
    [
      'demand alone, when only demand weighs',
      { publicDemand: 4, residentValue: 1, publishingEffort: 5, risk: 5 },
      { publicDemand: 2, residentValue: 0, publishingEffort: 0, risk: 0 },
      75,
    ],
    [
      'effort inverted',
      { publicDemand: 1, residentValue: 1, publishingEffort: 2, risk: 5 },
      { publicDemand: 0, residentValue: 0, publishingEffort: 1, risk: 0 },
      75,
    ],
    [
      'the default weights',
      { publicDemand: 5, residentValue: 4, publishingEffort: 2, risk: 1 },
      defaultFactorWeights,
      87.5,
    ],
  ])('scores %s', (_name, s, w, expected) => {
    expect(priorityScore(s, w)).toBeCloseTo(expected, 10);
  });

  it('refuses scores outside 1–5 and weights that are all 0 or out of range', () => {
    const fine = { publicDemand: 3, residentValue: 3, publishingEffort: 3, risk: 3 };
    expect(() => priorityScore({ ...fine, risk: 0 }, even)).toThrow(RangeError);
    expect(() => priorityScore({ ...fine, risk: 2.5 }, even)).toThrow(RangeError);
    expect(() => priorityScore(fine, { ...even, risk: 11 })).toThrow(RangeError);
    expect(() =>
      priorityScore(fine, { publicDemand: 0, residentValue: 0, publishingEffort: 0, risk: 0 }),
    ).toThrow(RangeError);
  });

  it('stays within 0–100 for any scores and weights', () => {
    fc.assert(
      fc.property(scores, weights, (s, w) => {
        const score = priorityScore(s, w);
        return score >= 0 && score <= 100;
      }),
    );
  });

  it('rises with demand and value, and falls with effort and risk', () => {
    fc.assert(
      fc.property(scores, weights, fc.constantFrom(...priorityFactors), (s, w, f) => {
        fc.pre(s[f] < 5);
        const higher = priorityScore({ ...s, [f]: s[f] + 1 }, w);
        const base = priorityScore(s, w);
        return f === 'publishingEffort' || f === 'risk' ? higher <= base : higher >= base;
      }),
    );
  });

  it('does not change when every weight is multiplied by the same amount', () => {
    fc.assert(
      fc.property(scores, weights, fc.integer({ min: 2, max: 10 }), (s, w, k) => {
        const scaled = Object.fromEntries(
          Object.entries(w).map(([factor, v]) => [factor, v / k]),
        ) as FactorWeights;
        return Math.abs(priorityScore(s, w) - priorityScore(s, scaled)) < 1e-9;
      }),
    );
  });
});

describe('rankForRelease', () => {
  it('ranks the highest score first, equal scores by title then id', () => {
    const s = (d: number, e: number) => ({
      publicDemand: d,
      residentValue: 3,
      publishingEffort: e,
      risk: 3,
    });
    const ranked = rankForRelease(
      [
        { id: 1, title: 'Parking citations', scores: s(2, 3) },
        { id: 2, title: 'Building permits', scores: s(5, 2) },
        { id: 3, title: 'Zoning cases', scores: s(4, 3) },
        { id: 4, title: 'Bus stops', scores: s(4, 3) },
      ],
      even,
    );
    expect(ranked.map((d) => [d.rank, d.title])).toEqual([
      [1, 'Building permits'],
      [2, 'Bus stops'],
      [3, 'Zoning cases'],
      [4, 'Parking citations'],
    ]);
  });

  it('orders any list by non-increasing score', () => {
    fc.assert(
      fc.property(fc.array(scores, { maxLength: 20 }), weights, (list, w) => {
        const ranked = rankForRelease(
          list.map((sc, i) => ({ id: i + 1, title: `D${i}`, scores: sc })),
          w,
        );
        return ranked.every((d, i) => i === 0 || ranked[i - 1]!.priorityScore >= d.priorityScore);
      }),
    );
  });
});

describe('the release pipeline', () => {
  it.each<[PipelineState, PipelineState, boolean]>([
    ['proposed', 'approved', true],
    ['approved', 'preparing', true],
    ['preparing', 'published', true],
    ['published', 'retired', true],
    ['proposed', 'published', false],
    ['proposed', 'preparing', false],
    ['approved', 'proposed', false],
    ['published', 'preparing', false],
    ['retired', 'published', false],
    ['retired', 'proposed', false],
    ['published', 'published', false],
  ])('from %s to %s is %s', (from, to, allowed) => {
    expect(canMovePipeline(from, to)).toBe(allowed);
  });

  it('only ever moves one step forward', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pipelineStates), fc.constantFrom(...pipelineStates), (a, b) =>
        canMovePipeline(a, b) ? pipelineStates.indexOf(b) === pipelineStates.indexOf(a) + 1 : true,
      ),
    );
  });

  it('publishes only what may be public and has a link', () => {
    expect(
      publishBlockers({
        accessLevel: 'public',
        downloadUrl: 'https://x.example/a.csv',
        landingUrl: null,
      }),
    ).toEqual([]);
    expect(
      publishBlockers({
        accessLevel: 'restricted',
        downloadUrl: null,
        landingUrl: 'https://x.example',
      }),
    ).toEqual([]);
    expect(
      publishBlockers({ accessLevel: 'public', downloadUrl: null, landingUrl: null }),
    ).toHaveLength(1);
    expect(
      publishBlockers({
        accessLevel: 'non_public',
        downloadUrl: 'https://x.example',
        landingUrl: null,
      }),
    ).toHaveLength(1);
  });
});

describe('dataset freshness', () => {
  const today = '2026-11-25';
  it.each([
    ['2026-11-24', 'daily', 'due_soon'],
    ['2026-11-09', 'daily', 'stale'],
    ['2026-11-10', 'daily', 'due_soon'],
    ['2026-11-03', 'weekly', 'stale'],
    ['2026-11-04', 'weekly', 'due_soon'],
    ['2026-10-15', 'monthly', 'due_soon'],
    ['2026-09-30', 'monthly', 'stale'],
    ['2026-10-10', 'monthly', 'stale'],
    ['2026-10-11', 'monthly', 'due_soon'],
    ['2026-11-10', 'monthly', 'current'],
    ['2026-08-10', 'quarterly', 'stale'],
    ['2026-08-11', 'quarterly', 'due_soon'],
    ['2025-11-10', 'annual', 'stale'],
    ['2025-11-11', 'annual', 'due_soon'],
    ['2020-01-01', 'as_needed', 'not_scheduled'],
  ] as const)(
    'a dataset last updated %s, %s, is %s on 2026-11-25',
    (lastUpdated, frequency, expected) => {
      expect(datasetFreshness({ lastUpdated, frequency, today })).toBe(expected);
    },
  );

  it('is never stale without a first update, and refuses a malformed today', () => {
    expect(isDatasetStale({ lastUpdated: null, frequency: 'daily', today })).toBe(false);
    expect(() =>
      datasetFreshness({ lastUpdated: '2026-01-01', frequency: 'daily', today: 'soon' }),
    ).toThrow();
  });

  it('keeps the month end when the next month is shorter', () => {
    expect(nextUpdateDue('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextUpdateDue('2024-02-29', 'annual')).toBe('2025-02-28');
  });

  it('turns stale exactly one day after the due date plus the grace', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (grace) => {
        const due = nextUpdateDue('2026-01-15', 'monthly')!;
        const at = (d: string) =>
          isDatasetStale({
            lastUpdated: '2026-01-15',
            frequency: 'monthly',
            today: d,
            graceDays: grace,
          });
        const edge = new Date(`${due}T00:00:00Z`);
        edge.setUTCDate(edge.getUTCDate() + grace);
        const onEdge = edge.toISOString().slice(0, 10);
        edge.setUTCDate(edge.getUTCDate() + 1);
        return !at(onEdge) && at(edge.toISOString().slice(0, 10));
      }),
    );
  });
});
