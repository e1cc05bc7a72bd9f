import type { WorksheetRow } from '@civicstat/shared';
import { checkSheet, draftOf, evaluate, isDirty, rowKey, type Draft } from './rowDraft';

function row(code: string, overrides: Partial<WorksheetRow> = {}): WorksheetRow {
  return {
    kpi: {
      id: code.length,
      code,
      name: `KPI ${code}`,
      unit: 'days',
      displayFormat: 'days',
      direction: 'decrease',
      frequency: 'monthly',
      aggregation: 'mean',
      tolerance: 0.05,
      minValue: 0,
      maxValue: null,
      isPublic: true,
      description: '',
    },
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    fiscalYear: 2027,
    target: { value: 10 },
    previous: null,
    measurement: null,
    locked: false,
    due: '2026-12-30',
    overdue: false,
    ...overrides,
  };
}

const typed = (r: WorksheetRow, value: string, note = ''): Draft => ({
  ...draftOf(r),
  value,
  note,
});

describe('evaluate', () => {
  test('gives the status the typed value would have, and asks for commentary when off track', () => {
    const r = row('A');
    expect(evaluate(r, typed(r, '9')).status).toBe('on_track');
    expect(evaluate(r, typed(r, '10.4')).status).toBe('at_risk');
    const off = evaluate(r, typed(r, '20'));
    expect(off).toMatchObject({ status: 'off_track', needsNote: true, value: 20 });
    expect(evaluate(r, typed(r, '20', 'Two inspectors out')).needsNote).toBe(false);
  });

  test('names what is wrong with a value that does not read or breaks a bound', () => {
    const r = row('A');
    expect(evaluate(r, typed(r, 'ten')).errors.value).toBe('must be a number, such as 1,234.5');
    expect(evaluate(r, typed(r, '-1')).errors.value).toBe('must be at least 0');
  });

  test('a ratio KPI computes its value from numerator and denominator', () => {
    const r = row('R', {
      kpi: {
        ...row('R').kpi,
        aggregation: 'ratio',
        displayFormat: 'percent',
        direction: 'increase',
      },
      target: { value: 0.9 },
    });
    const draft = { ...draftOf(r), numerator: '45', denominator: '50' };
    expect(evaluate(r, draft)).toMatchObject({ value: 0.9, status: 'on_track' });
    expect(evaluate(r, { ...draft, denominator: '' }).errors.denominator).toBe(
      'is required with the numerator',
    );
  });
});

describe('isDirty', () => {
  test('compares values, not how they were typed', () => {
    const stored = row('P', {
      kpi: { ...row('P').kpi, displayFormat: 'percent' },
      measurement: {
        id: 1,
        kpiId: 1,
        periodStart: '2026-11-01',
        value: 0.85,
        numerator: null,
        denominator: null,
        note: '',
        state: 'draft',
        reviewComment: '',
        version: 1,
        enteredBy: null,
        enteredAt: '2026-11-20T12:00:00.000Z',
        submittedBy: null,
        submittedAt: null,
        reviewedBy: null,
        reviewedAt: null,
      },
    });
    expect(isDirty(stored, typed(stored, '85%'))).toBe(false);
    expect(isDirty(stored, typed(stored, '86'))).toBe(true);
  });
});

describe('checkSheet', () => {
  test('lists unreadable values, off-track values without commentary, and what a submit sends', () => {
    const fine = row('AA');
    const off = row('BBB');
    const broken = row('CCCC');
    const locked = row('DDDDD', { locked: true });
    const rows = [fine, off, broken, locked];
    const drafts = {
      [rowKey(fine)]: typed(fine, '8'),
      [rowKey(off)]: typed(off, '30'),
      [rowKey(broken)]: typed(broken, 'n/a'),
      [rowKey(locked)]: typed(locked, '1'),
    };
    const { invalid, missingNotes, submittable } = checkSheet(rows, drafts, 'department_head');
    expect(invalid.map((problem) => [problem.kpiName, problem.field])).toEqual([
      ['KPI CCCC', 'value'],
    ]);
    expect(missingNotes.map((problem) => [problem.kpiName, problem.field])).toEqual([
      ['KPI BBB', 'note'],
    ]);
    expect(submittable.map((r) => r.kpi.code)).toEqual(['AA', 'BBB']);
  });
});
