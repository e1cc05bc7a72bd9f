import fc from 'fast-check';
import type { DisplayFormat } from '../schemas/enums';
import { formatCount, formatShare, formatTarget, formatValue } from './number';

describe('formatValue', () => {
  test.each<[number, DisplayFormat, string, string, string]>([
    // value, format, unit, plain, with unit
    [0.875, 'percent', '% of responses', '87.5%', '87.5% of responses'],
    [0.9, 'percent', '%', '90%', '90%'],
    [0.0125, 'percent', '% of stops', '1.25%', '1.25% of stops'],
    [0, 'percent', '% of stops', '0%', '0% of stops'],
    [1234567, 'count', 'jobs', '1,234,567', '1,234,567 jobs'],
    [12.345, 'count', 'miles', '12.3', '12.3 miles'],
    [3.14159, 'rate', 'per 1,000 residents', '3.14', '3.14 per 1,000 residents'],
    [2500000, 'currency', 'US dollars', '$2,500,000', '$2,500,000'],
    [42.5, 'currency', 'US dollars', '$42.50', '$42.50'],
    [1, 'days', 'days', '1', '1 day'],
    [12.34, 'days', 'days', '12.3', '12.3 days'],
    [4.5, 'hours', 'hours', '4.5', '4.5 hours'],
    [7, 'minutes', 'minutes', '7', '7 minutes'],
    [-3.5, 'count', 'cases', '-3.5', '-3.5 cases'],
  ])(
    '%p as %s (%s) reads "%s", or "%s" with its unit',
    (value, displayFormat, unit, plain, withUnit) => {
      expect(formatValue(value, { displayFormat, unit })).toBe(plain);
      expect(formatValue(value, { displayFormat, unit }, { withUnit: true })).toBe(withUnit);
    },
  );

  test('compact forms shorten large counts and dollars', () => {
    expect(formatValue(2_500_000, { displayFormat: 'currency', unit: '' }, { compact: true })).toBe(
      '$2.5M',
    );
    expect(formatValue(12_400, { displayFormat: 'count', unit: 'jobs' }, { compact: true })).toBe(
      '12.4K',
    );
  });

  test('every finite value of every format gives text with a digit in it', () => {
    const formats: DisplayFormat[] = [
      'percent',
      'count',
      'currency',
      'days',
      'hours',
      'minutes',
      'rate',
    ];
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom(...formats),
        fc.boolean(),
        (value, displayFormat, withUnit) =>
          /\d/.test(formatValue(value, { displayFormat, unit: 'things' }, { withUnit })),
      ),
    );
  });
});

describe('formatTarget', () => {
  test('a single value, a band, or no target', () => {
    const format = { displayFormat: 'count' as const, unit: 'mg/L' };
    expect(formatTarget({ value: 7 }, format)).toBe('7');
    expect(formatTarget({ low: 6.5, high: 8.5 }, format, { withUnit: true })).toBe(
      '6.5 – 8.5 mg/L',
    );
    expect(formatTarget(null, format)).toBe('No target');
  });
});

describe('formatShare and formatCount', () => {
  test('whole percents and thousands separators', () => {
    expect(formatShare(0.625)).toBe('63%');
    expect(formatShare(null)).toBe('No KPIs with a status');
    expect(formatCount(6962)).toBe('6,962');
  });
});
