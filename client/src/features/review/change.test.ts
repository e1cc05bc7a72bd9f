import { describeChange } from './change';

const permits = { displayFormat: 'count', unit: 'permits', direction: 'increase' } as const;
const days = { displayFormat: 'days', unit: 'days', direction: 'decrease' } as const;
const share = { displayFormat: 'percent', unit: '%', direction: 'increase' } as const;
const ph = { displayFormat: 'count', unit: '', direction: 'range' } as const;

describe('describeChange', () => {
  test('a rise of a KPI that should rise is better, in percent and in its unit', () => {
    expect(describeChange(300, 288, permits)).toEqual({
      summary: 'Up 4.2%',
      detail: '+12 permits, from 288 permits',
      judgement: 'better',
    });
  });

  test('a fall of a KPI that should fall is better', () => {
    expect(describeChange(9, 12, days)).toEqual({
      summary: 'Down 25%',
      detail: '−3 days, from 12 days',
      judgement: 'better',
    });
  });

  test('a percent KPI changes by percentage points, between the figures as shown', () => {
    expect(describeChange(0.84, 0.8, share)).toEqual({
      summary: 'Up 4 points',
      detail: 'from 80%',
      judgement: 'better',
    });
    expect(describeChange(0.79, 0.8, share).summary).toBe('Down 1 point');
    // 89.8% to 85.3% on the screen: 4.5 points, though the values differ by 4.44.
    expect(describeChange(0.85326, 0.89766, share)).toMatchObject({
      summary: 'Down 4.5 points',
      detail: 'from 89.8%',
    });
  });

  test('from zero there is no percentage; a range KPI is neither better nor worse', () => {
    expect(describeChange(5, 0, permits).summary).toBe('Up 5 permits');
    expect(describeChange(7.2, 7, ph).judgement).toBeNull();
  });

  test('no change, and nothing to compare with', () => {
    expect(describeChange(12, 12, permits)).toEqual({
      summary: 'No change',
      detail: 'Same as 12 permits',
      judgement: null,
    });
    expect(describeChange(12, null, permits)).toEqual({
      summary: 'No earlier value',
      detail: '',
      judgement: null,
    });
  });
});
