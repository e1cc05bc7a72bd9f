/**
 * The month's values as a keyboard-friendly grid: Tab moves across a row, Enter and the arrow keys
 * move down and up a column like a spreadsheet, and a column pasted from Excel fills the rows below.
 */
import {
  formatPeriod,
  formatTarget,
  formatValue,
  statusLabels,
  type UserRole,
  type WorksheetRow,
} from '@civicstat/shared';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { StatusBadge } from '../../components/StatusBadge';
import { entryHint, pastedColumn } from './entryValue';
import { evaluate, isEditable, isRatio, rowKey, type Draft, type DraftField } from './rowDraft';

const stateLabels = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  returned: 'Returned',
};

interface EntryGridProps {
  rows: readonly WorksheetRow[];
  drafts: Record<string, Draft>;
  role: UserRole;
  fiscalYearStartMonth: number;
  /** Show commentary problems too (after the user tried to submit). */
  showNoteErrors: boolean;
  onChange: (key: string, field: DraftField, text: string) => void;
}

/**
 * Moves focus down (or up) the grid from a row: to the same field in the nearest row that can take
 * it, or to that row's first input (a ratio row has a numerator where others have a value).
 * Read-only rows (locked, or already submitted) are skipped.
 */
function focusNextRow(fromRow: number, field: DraftField, step: 1 | -1) {
  const inputs = [
    ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-entry-row]'),
  ].filter((element) => !element.readOnly);
  const rowOf = (element: HTMLElement) => Number(element.dataset.entryRow);
  const candidates = inputs
    .filter((element) => (step === 1 ? rowOf(element) > fromRow : rowOf(element) < fromRow))
    .sort((a, b) => (rowOf(a) - rowOf(b)) * step);
  const nearest = candidates[0];
  if (!nearest) return;
  const row = rowOf(nearest);
  const sameField = candidates.find(
    (element) => rowOf(element) === row && element.dataset.entryField === field,
  );
  (sameField ?? nearest).focus();
}

export function EntryGrid({
  rows,
  drafts,
  role,
  fiscalYearStartMonth,
  showNoteErrors,
  onChange,
}: EntryGridProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, rowIndex: number, field: DraftField) => {
    const isNote = field === 'note';
    const down =
      (event.key === 'Enter' && !event.shiftKey && !isNote) ||
      (event.key === 'ArrowDown' && !isNote);
    const up =
      (event.key === 'Enter' && event.shiftKey && !isNote) || (event.key === 'ArrowUp' && !isNote);
    if (!down && !up) return;
    event.preventDefault();
    focusNextRow(rowIndex, field, down ? 1 : -1);
  };

  const onPaste = (
    event: ClipboardEvent<HTMLInputElement>,
    rowIndex: number,
    field: DraftField,
  ) => {
    const cells = pastedColumn(event.clipboardData.getData('text/plain'));
    if (cells.length < 2) return; // one value pastes as usual
    event.preventDefault();
    let target = rowIndex;
    for (const cell of cells) {
      // Skip rows that cannot take a value (locked, submitted) or lack this field.
      while (target < rows.length) {
        const row = rows[target];
        if (row && isEditable(row, role) && (field === 'value') !== isRatio(row)) break;
        target += 1;
      }
      const row = rows[target];
      if (!row) break;
      onChange(rowKey(row), field, cell);
      target += 1;
    }
  };

  return (
    <div className="table-scroll">
      <table className="kpi-table entry-grid">
        <caption className="visually-hidden">Values to enter for the month</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col" className="numeric">
              Last period
            </th>
            <th scope="col" className="numeric">
              Target
            </th>
            <th scope="col">Value</th>
            <th scope="col">Status it gives</th>
            <th scope="col">Commentary</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const key = rowKey(row);
            const draft = drafts[key];
            if (!draft) return null;
            const { kpi } = row;
            const result = evaluate(row, draft);
            const editable = isEditable(row, role);
            const id = `entry-${kpi.id}-${row.periodStart}`;
            const describe = (field: DraftField) =>
              [`${id}-hint`, result.errors[field] ? `${id}-${field}-error` : '']
                .filter(Boolean)
                .join(' ');
            const input = (field: 'value' | 'numerator' | 'denominator', label: string) => (
              <div className="entry-field">
                <label
                  htmlFor={`${id}-${field}`}
                  className={field === 'value' ? 'visually-hidden' : undefined}
                >
                  {label}
                  <span className="visually-hidden"> of {kpi.name}</span>
                </label>
                <input
                  id={`${id}-${field}`}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  data-entry-row={index}
                  data-entry-field={field}
                  value={draft[field]}
                  readOnly={!editable}
                  aria-invalid={result.errors[field] ? true : undefined}
                  aria-describedby={describe(field)}
                  onChange={(event) => onChange(key, field, event.target.value)}
                  onKeyDown={(event) => onKeyDown(event, index, field)}
                  onPaste={(event) => onPaste(event, index, field)}
                />
                {result.errors[field] && (
                  <p id={`${id}-${field}-error`} className="field__error">
                    {label} {result.errors[field]}
                  </p>
                )}
              </div>
            );
            const noteError = showNoteErrors && result.needsNote;
            return (
              <tr key={key} className={editable ? undefined : 'entry-grid__row--readonly'}>
                <th scope="row">
                  <span className="entry-grid__name">{kpi.name}</span>
                  <span className="cell-note">
                    {kpi.code} ·{' '}
                    {formatPeriod(row.periodStart, kpi.frequency, fiscalYearStartMonth)}
                    {kpi.unit && ` · ${kpi.unit}`}
                  </span>
                  <span id={`${id}-hint`} className="cell-note">
                    {isRatio(row)
                      ? 'numerator and denominator, as counts'
                      : entryHint(kpi.displayFormat)}
                  </span>
                  <EntryState row={row} />
                </th>
                <td className="numeric">
                  {row.previous ? formatValue(row.previous.value, kpi) : 'None'}
                  {row.previous && (
                    <span className="cell-note">
                      {formatPeriod(row.previous.periodStart, kpi.frequency, fiscalYearStartMonth)}
                    </span>
                  )}
                </td>
                <td className="numeric">{formatTarget(row.target, kpi)}</td>
                <td>
                  {isRatio(row) ? (
                    <>
                      {input('numerator', 'Numerator')}
                      {input('denominator', 'Denominator')}
                      <p className="cell-note" aria-live="polite">
                        {result.value === null ? '' : `= ${formatValue(result.value, kpi)}`}
                      </p>
                    </>
                  ) : (
                    input('value', 'Value')
                  )}
                </td>
                <td aria-live="polite">
                  <StatusBadge status={result.status} />
                  <span className="visually-hidden">
                    {` for ${kpi.name}: ${statusLabels[result.status]}`}
                  </span>
                </td>
                <td>
                  <label htmlFor={`${id}-note`} className="visually-hidden">
                    Commentary on {kpi.name}
                    {result.needsNote ? ' (required: the value is off track)' : ''}
                  </label>
                  <textarea
                    id={`${id}-note`}
                    rows={2}
                    data-entry-row={index}
                    data-entry-field="note"
                    value={draft.note}
                    readOnly={!editable}
                    required={result.needsNote}
                    aria-invalid={noteError ? true : undefined}
                    aria-describedby={noteError ? `${id}-note-error` : undefined}
                    placeholder={
                      result.needsNote
                        ? 'Why is it off track, and what are we doing about it?'
                        : 'Optional'
                    }
                    onChange={(event) => onChange(key, 'note', event.target.value)}
                  />
                  {noteError && (
                    <p id={`${id}-note-error`} className="field__error">
                      Commentary is required: the value is off track. Say why, and what the
                      department is doing about it.
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function EntryState({ row }: { row: WorksheetRow }) {
  const stored = row.measurement;
  return (
    <span className="entry-state">
      {row.locked && <strong>Locked period · </strong>}
      {stored ? stateLabels[stored.state] : 'Not entered'}
      {!stored && row.overdue && ' · overdue'}
      {stored?.state === 'returned' && stored.reviewComment && (
        <span className="entry-state__comment">Returned: “{stored.reviewComment}”</span>
      )}
    </span>
  );
}
