import fc from 'fast-check';
import { kpiStatuses, type KpiStatus } from '../schemas/enums';
import { RollUp } from '../schemas/performance';
import { rollUp, type RollUpItem } from './rollup';

const items = fc.array(
  fc.record({ kpiId: fc.integer({ min: 1, max: 1e6 }), status: fc.constantFrom(...kpiStatuses) }),
  { maxLength: 60 },
);
const of = (...statuses: KpiStatus[]): RollUpItem[] =>
  statuses.map((status, i) => ({ kpiId: i + 1, status }));

describe('rollUp', () => {
  it.each<[string, RollUpItem[], number | null, number[]]>([
    ['nothing', [], null, []],
    ['only KPIs without a status to judge', of('no_target', 'no_data'), null, []],
    ['all on track', of('on_track', 'on_track'), 1, []],
    ['one of each', of(...kpiStatuses), 1 / 3, [3]],
    [
      'off-track KPIs in the order given',
      of('off_track', 'at_risk', 'off_track', 'on_track'),
      1 / 4,
      [1, 3],
    ],
  ])('rolls up %s', (_, input, share, offTrack) => {
    const result = rollUp(input);
    expect(result.total).toBe(input.length);
    expect(result.shareOnTrack).toBe(share);
    expect(result.offTrack).toEqual(offTrack);
  });

  it('counts every status, with 0 for those no KPI has', () => {
    expect(rollUp(of('on_track', 'at_risk', 'at_risk')).counts).toEqual({
      on_track: 1,
      at_risk: 2,
      off_track: 0,
      no_target: 0,
      no_data: 0,
    });
  });

  it('matches the RollUp schema the API embeds', () => {
    fc.assert(fc.property(items, (list) => RollUp.safeParse(rollUp(list)).success));
  });

  it('has counts that add up to the total and a share between 0 and 1', () => {
    fc.assert(
      fc.property(items, (list) => {
        const { total, counts, shareOnTrack } = rollUp(list);
        const counted = kpiStatuses.reduce((sum, s) => sum + counts[s], 0);
        return (
          counted === total && (shareOnTrack === null || (shareOnTrack >= 0 && shareOnTrack <= 1))
        );
      }),
    );
  });

  it('never lowers the share when an on-track KPI joins', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 1e6 }), (list, kpiId) => {
        const before = rollUp(list).shareOnTrack ?? 0;
        const after = rollUp([...list, { kpiId, status: 'on_track' }]).shareOnTrack;
        return after !== null && after >= before;
      }),
    );
  });

  it('lists exactly the off-track KPIs', () => {
    fc.assert(
      fc.property(items, (list) => {
        const { offTrack, counts } = rollUp(list);
        return (
          offTrack.length === counts.off_track &&
          offTrack.every((id) => list.some((i) => i.kpiId === id && i.status === 'off_track'))
        );
      }),
    );
  });
});
