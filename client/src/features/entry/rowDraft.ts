/**
 * One worksheet row being edited: what was typed, what it parses to, the status it would have,
 * and what must be fixed before it can be saved or submitted.
 */
import {
  commentaryRequired,
  editableStates,
  formatValue,
  MeasurementInput,
  statusOf,
  type KpiStatus,
  type UserRole,
  type WorksheetRow,
} from '@civicstat/shared';
import { parseEntry, toInputText } from './entryValue';

export interface Draft {
  value: string;
  numerator: string;
  denominator: string;
  note: string;
}

export type DraftField = keyof Draft;
export type DraftErrors = Partial<Record<DraftField, string>>;

export interface Evaluated {
  /** What a PUT would send; null when nothing is typed. */
  input: MeasurementInput | null;
  /** The value the row would have, in stored units (a fraction for percentages). */
  value: number | null;
  status: KpiStatus;
  /** Problems that stop a save. */
  errors: DraftErrors;
  /** Commentary is required before submitting an off-track value. */
  needsNote: boolean;
}

export const rowKey = (row: WorksheetRow) => `${row.kpi.id}:${row.periodStart}`;

export const isRatio = (row: WorksheetRow) => row.kpi.aggregation === 'ratio';

export function draftOf(row: WorksheetRow): Draft {
  const stored = row.measurement;
  return {
    value: toInputText(stored?.value, row.kpi.displayFormat),
    numerator: stored?.numerator === null || !stored ? '' : String(stored.numerator),
    denominator: stored?.denominator === null || !stored ? '' : String(stored.denominator),
    note: stored?.note ?? '',
  };
}

/** Whether this user may change the row's value now (not locked, and in a state their role edits). */
export function isEditable(row: WorksheetRow, role: UserRole): boolean {
  if (row.locked) return false;
  return !row.measurement || editableStates(role).includes(row.measurement.state);
}

export function evaluate(row: WorksheetRow, draft: Draft): Evaluated {
  const { kpi } = row;
  const errors: DraftErrors = {};
  let value: number | null = null;
  let numerator: number | null = null;
  let denominator: number | null = null;

  if (isRatio(row)) {
    const n = parseEntry(draft.numerator, 'count');
    const d = parseEntry(draft.denominator, 'count');
    if (n.kind === 'invalid') errors.numerator = 'must be a number, such as 1,234';
    if (d.kind === 'invalid') errors.denominator = 'must be a number, such as 1,234';
    if (n.kind === 'number' && d.kind === 'empty')
      errors.denominator = 'is required with the numerator';
    if (d.kind === 'number' && n.kind === 'empty')
      errors.numerator = 'is required with the denominator';
    if (d.kind === 'number' && d.value <= 0) errors.denominator = 'must be greater than 0';
    if (n.kind === 'number' && d.kind === 'number' && d.value > 0) {
      numerator = n.value;
      denominator = d.value;
      value = Number((n.value / d.value).toPrecision(12));
    }
  } else {
    const parsed = parseEntry(draft.value, kpi.displayFormat);
    if (parsed.kind === 'invalid') {
      errors.value =
        kpi.displayFormat === 'percent'
          ? 'must be a percentage, such as 85.5'
          : 'must be a number, such as 1,234.5';
    }
    if (parsed.kind === 'number') value = parsed.value;
  }

  if (value !== null) {
    const field: DraftField = isRatio(row) ? 'numerator' : 'value';
    if (kpi.minValue !== null && value < kpi.minValue) {
      errors[field] = `must be at least ${formatValue(kpi.minValue, kpi)}`;
    } else if (kpi.maxValue !== null && value > kpi.maxValue) {
      errors[field] = `must be at most ${formatValue(kpi.maxValue, kpi)}`;
    }
  } else if (row.measurement && Object.keys(errors).length === 0) {
    errors[isRatio(row) ? 'numerator' : 'value'] =
      'cannot be emptied once stored: correct it instead';
  }

  const input: MeasurementInput | null =
    value === null
      ? null
      : {
          value,
          numerator: isRatio(row) ? numerator : null,
          denominator: isRatio(row) ? denominator : null,
          note: draft.note.trim(),
        };
  if (input) {
    // The same schema the server validates with: one definition of a valid value.
    const checked = MeasurementInput.safeParse(input);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = (issue.path[0] as DraftField | undefined) ?? 'value';
        errors[field in draft ? field : 'value'] ??= issue.message;
      }
    }
  }

  const status = statusOf({
    direction: kpi.direction,
    actual: value,
    target: row.target,
    tolerance: kpi.tolerance,
  });
  return {
    input,
    value,
    status,
    errors,
    needsNote: commentaryRequired(status) && draft.note.trim() === '',
  };
}

/** Whether the row differs from what is stored: by value, not by how it was typed ("85%" is 85). */
export function isDirty(row: WorksheetRow, draft: Draft): boolean {
  const stored = draftOf(row);
  if (stored.note.trim() !== draft.note.trim()) return true;
  return (['value', 'numerator', 'denominator'] as const).some((field) => {
    if (stored[field].trim() === draft[field].trim()) return false;
    const format = field === 'value' ? row.kpi.displayFormat : 'count';
    const before = parseEntry(stored[field], format);
    const after = parseEntry(draft[field], format);
    if (before.kind === 'number' && after.kind === 'number') return before.value !== after.value;
    return before.kind !== after.kind || after.kind === 'invalid';
  });
}

export interface RowProblem {
  key: string;
  kpiName: string;
  /** The input the error summary's link moves focus to. */
  field: DraftField;
  message: string;
}

/**
 * What stops the sheet from being saved (values that do not read) or submitted (also: off-track
 * values without commentary), and which rows a submit would send.
 */
export function checkSheet(
  rows: readonly WorksheetRow[],
  drafts: Record<string, Draft>,
  role: UserRole,
): { invalid: RowProblem[]; missingNotes: RowProblem[]; submittable: WorksheetRow[] } {
  const invalid: RowProblem[] = [];
  const missingNotes: RowProblem[] = [];
  const submittable: WorksheetRow[] = [];
  for (const row of rows) {
    const draft = drafts[rowKey(row)] ?? draftOf(row);
    if (!isEditable(row, role)) continue;
    const result = evaluate(row, draft);
    const dirty = isDirty(row, draft);
    const problem = { key: rowKey(row), kpiName: row.kpi.name };
    const field = (Object.keys(result.errors)[0] as DraftField | undefined) ?? 'value';
    if (dirty && Object.keys(result.errors).length > 0) {
      invalid.push({
        ...problem,
        field,
        message: 'Fix the value first: see the message under it.',
      });
    }
    const pending =
      row.measurement === null || ['draft', 'returned'].includes(row.measurement.state) || dirty;
    if (result.input === null || !pending) continue;
    submittable.push(row);
    if (result.needsNote) {
      missingNotes.push({
        ...problem,
        field: 'note',
        message:
          'Add commentary: the value is off track. Say why, and what the department is doing about it.',
      });
    }
  }
  return { invalid, missingNotes, submittable };
}
