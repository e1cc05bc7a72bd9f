import fc from 'fast-check';
import { kpiFrequencies, userRoles, workflowStates } from '../schemas/enums';
import { addDays, fiscalYearRange, periodStartOf } from './fiscal';
import {
  editableStates,
  isPeriodLocked,
  periodLockLabel,
  periodLockRange,
  periodStartProblem,
  workflowSteps,
  workflowTransitions,
} from './measurement';

const TODAY = '2026-11-25';

describe('periodStartProblem', () => {
  it.each([
    ['2026-10-01', 'monthly', 7],
    ['2026-10-01', 'quarterly', 7],
    ['2026-07-01', 'annual', 7],
    ['2026-11-25', 'daily', 7],
    ['2026-11-01', 'quarterly', 2],
    ['2026-01-01', 'annual', 1],
  ] as const)(
    'accepts %s for frequency %s (fiscal year from month %s)',
    (date, frequency, start) => {
      expect(periodStartProblem(date, frequency, start, TODAY)).toBeNull();
    },
  );

  it.each([
    ['2026-10-15', 'monthly', 7, 'must be the first day of a month for a monthly KPI'],
    [
      '2026-08-01',
      'quarterly',
      7,
      'must be the first day of a fiscal quarter (July 1, October 1, January 1, April 1) for a quarterly KPI',
    ],
    [
      '2026-10-01',
      'quarterly',
      2,
      'must be the first day of a fiscal quarter (February 1, May 1, August 1, November 1) for a quarterly KPI',
    ],
    [
      '2026-01-01',
      'annual',
      7,
      'must be the first day of a fiscal year (July 1) for an annual KPI',
    ],
    ['2026-11-26', 'daily', 7, 'must not be in the future (today is 2026-11-25)'],
    ['2026-12-01', 'monthly', 7, 'must not be in the future (today is 2026-11-25)'],
  ] as const)(
    'refuses %s for frequency %s (from month %s): %s',
    (date, frequency, start, message) => {
      expect(periodStartProblem(date, frequency, start, TODAY)).toBe(message);
    },
  );

  it('accepts exactly the period starts up to today, for every frequency and calendar', () => {
    const date = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...kpiFrequencies),
        fc.integer({ min: 1, max: 12 }),
        (d, frequency, start) => {
          const accepted = periodStartProblem(d, frequency, start, TODAY) === null;
          return accepted === (periodStartOf(d, frequency, start) === d && d <= TODAY);
        },
      ),
    );
  });
});

describe('the review workflow', () => {
  it('moves draft or returned to submitted, submitted to approved or returned, approved back to submitted', () => {
    const moves = workflowSteps.map((step) => {
      const { from, to, role } = workflowTransitions[step];
      return `${step}: ${from.join('|')} → ${to} by ${role}`;
    });
    expect(moves).toEqual([
      'submit: draft|returned → submitted by department_head',
      'approve: submitted → approved by budget_office',
      'return: submitted → returned by budget_office',
      'reopen: approved → submitted by budget_office',
    ]);
  });

  it('lets no one change an approved value, and only staff who enter or review change any', () => {
    for (const role of userRoles) expect(editableStates(role)).not.toContain('approved');
    expect(editableStates('department_head')).toEqual(['draft', 'returned']);
    expect(editableStates('budget_office')).toEqual(['draft', 'returned', 'submitted']);
    expect(editableStates('council')).toEqual([]);
    expect(editableStates('admin')).toEqual([]);
  });

  it('reaches every state from draft', () => {
    const reached = new Set<string>(['draft']);
    for (let round = 0; round < workflowStates.length; round += 1) {
      for (const step of workflowSteps) {
        const { from, to } = workflowTransitions[step];
        if (from.some((state) => reached.has(state))) reached.add(to);
      }
    }
    expect([...reached].sort()).toEqual([...workflowStates].sort());
  });
});

describe('period locks', () => {
  it.each([
    [2025, null, 'FY2025'],
    [2025, 4, 'FY2025 Q4'],
  ])('names FY%s quarter %s as %s', (fiscalYear, quarter, label) => {
    expect(periodLockLabel(fiscalYear, quarter)).toBe(label);
  });

  it.each([
    [2025, null, 7, '2024-07-01', '2025-06-30'],
    [2025, 1, 7, '2024-07-01', '2024-09-30'],
    [2025, 3, 7, '2025-01-01', '2025-03-31'],
    [2025, 4, 7, '2025-04-01', '2025-06-30'],
    [2024, 4, 3, '2023-12-01', '2024-02-29'],
    [2025, 2, 1, '2025-04-01', '2025-06-30'],
  ])('FY%s quarter %s (from month %s) covers %s to %s', (fy, quarter, start, from, to) => {
    expect(periodLockRange(fy, quarter, start)).toEqual({ start: from, end: to });
  });

  it('splits a fiscal year into four quarters that meet end to start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        (fy, m) => {
          const quarters = [1, 2, 3, 4].map((q) => periodLockRange(fy, q, m));
          const year = fiscalYearRange(fy, m);
          return (
            quarters[0]?.start === year.start &&
            quarters[3]?.end === year.end &&
            quarters.every((q, i) => i === 0 || q.start === addDays(quarters[i - 1]?.end ?? '', 1))
          );
        },
      ),
    );
  });

  it('refuses a quarter outside 1..4', () => {
    expect(() => periodLockRange(2025, 5, 7)).toThrow(RangeError);
  });

  it('covers a value only when its whole period lies inside the locked dates', () => {
    const q4 = periodLockRange(2025, 4, 7);
    expect(isPeriodLocked('2025-04-01', 'monthly', 7, q4)).toBe(true);
    expect(isPeriodLocked('2025-06-30', 'daily', 7, q4)).toBe(true);
    expect(isPeriodLocked('2025-04-01', 'quarterly', 7, q4)).toBe(true);
    expect(isPeriodLocked('2025-03-01', 'monthly', 7, q4)).toBe(false);
    expect(isPeriodLocked('2025-07-01', 'monthly', 7, q4)).toBe(false);
    // The year's value spans more than the quarter: it stays open until the year is locked.
    expect(isPeriodLocked('2024-07-01', 'annual', 7, q4)).toBe(false);
    expect(isPeriodLocked('2024-07-01', 'annual', 7, periodLockRange(2025, null, 7))).toBe(true);
  });
});
