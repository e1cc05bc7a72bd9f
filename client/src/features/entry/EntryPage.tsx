/**
 * Data entry for a month: a department's KPIs due that month, entered in a grid, saved as drafts
 * and submitted to the budget office. `?department=3&month=2026-10-01` picks the sheet.
 */
import {
  addMonths,
  formatMonth,
  formatYearMonth,
  parseYearMonth,
  type WorksheetRow,
} from '@civicstat/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDepartments } from '../../api/useDepartments';
import { useSession } from '../../api/useSession';
import { useSite } from '../../api/useSite';
import { useWorksheet } from '../../api/useWorksheet';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import '../../components/tables.css';
import { EntryGrid } from './EntryGrid';
import { EntrySummary } from './EntrySummary';
import './entry.css';
import {
  draftOf,
  checkSheet,
  isDirty,
  isRatio,
  rowKey,
  type Draft,
  type DraftField,
} from './rowDraft';
import { saveRows, submitRows, type RowOutcome } from './saveRows';
import { useUnsavedChangesWarning } from './useUnsavedChangesWarning';

export function EntryPage() {
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const user = session.data?.user;
  const departments = useDepartments();
  const site = useSite();
  const client = useQueryClient();
  const departmentParam = Number(params.get('department'));
  const departmentId =
    Number.isInteger(departmentParam) && departmentParam > 0
      ? departmentParam
      : user?.departmentIds[0];
  const month = params.get('month') ?? undefined;
  const worksheet = useWorksheet(departmentId, month);
  const [edits, setEdits] = useState<Record<string, Draft>>({});
  const [busy, setBusy] = useState<'saving' | 'submitting' | null>(null);
  const [outcomes, setOutcomes] = useState<RowOutcome[] | null>(null);
  const [triedSubmit, setTriedSubmit] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  usePageTitle(
    worksheet.data ? `Enter values: ${formatMonth(worksheet.data.month)}` : 'Enter values',
  );

  const rows: readonly WorksheetRow[] = worksheet.data?.rows ?? [];
  // What the user typed, by row; every other row shows what is stored. Saved rows (and rows
  // someone else changed meanwhile) are dropped from it, so they show the server's value.
  const drafts: Record<string, Draft> = {};
  for (const row of rows) drafts[rowKey(row)] = edits[rowKey(row)] ?? draftOf(row);

  const role = user?.role ?? 'council';
  const dirtyRows = rows.filter((row) => {
    const draft = drafts[rowKey(row)];
    return draft !== undefined && isDirty(row, draft);
  });
  useUnsavedChangesWarning(
    dirtyRows.length > 0,
    'You have values that are not saved. Leave this page and lose them?',
  );

  if (session.isPending || worksheet.isPending) {
    if (departmentId === undefined && !session.isPending) {
      return (
        <PageState kind="empty" title="No department to enter values for">
          <p>Your account is not linked to a department. Ask an administrator to add it.</p>
        </PageState>
      );
    }
    return <PageState kind="loading" label="Loading the month's KPIs…" />;
  }
  if (worksheet.isError || !worksheet.data) {
    return (
      <PageState
        kind="error"
        title="The month's KPIs could not be loaded"
        error={worksheet.error}
        onRetry={() => void worksheet.refetch()}
      />
    );
  }

  const sheet = worksheet.data;
  const setParam = (name: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(name, value);
      return next;
    });
  /** Another sheet: asks first when this one has unsaved values (they would be lost). */
  const openSheet = (name: string, value: string) => {
    if (
      dirtyRows.length > 0 &&
      !window.confirm('You have values that are not saved. Leave this month and lose them?')
    ) {
      return;
    }
    setEdits({});
    setOutcomes(null);
    setTriedSubmit(false);
    setParam(name, value);
  };
  const shiftMonth = (months: number) =>
    openSheet('month', formatYearMonth(addMonths(parseYearMonth(sheet.month), months)));
  const { invalid, missingNotes, submittable } = checkSheet(rows, drafts, role);

  const finish = async (results: RowOutcome[]) => {
    setOutcomes(results);
    setEdits((current) => {
      const next = { ...current };
      for (const outcome of results) if (outcome.ok || outcome.stale) delete next[outcome.key];
      return next;
    });
    await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    summaryRef.current?.focus();
  };

  const onSave = async () => {
    if (invalid.length > 0) {
      setOutcomes(invalid.map((problem) => ({ ...problem, ok: false })));
      summaryRef.current?.focus();
      return;
    }
    setBusy('saving');
    try {
      const { outcomes: results } = await saveRows(client, rows, drafts);
      await finish(results.length > 0 ? results : []);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = async () => {
    setTriedSubmit(true);
    if (invalid.length > 0 || missingNotes.length > 0) {
      setOutcomes([...invalid, ...missingNotes].map((problem) => ({ ...problem, ok: false })));
      summaryRef.current?.focus();
      return;
    }
    setBusy('submitting');
    try {
      const { outcomes: saved, saved: measurements } = await saveRows(client, rows, drafts);
      const failed = new Set(saved.filter((outcome) => !outcome.ok).map((outcome) => outcome.key));
      const submitted = await submitRows(
        client,
        submittable.filter((row) => !failed.has(rowKey(row))),
        measurements,
      );
      await finish([...saved.filter((outcome) => !outcome.ok), ...submitted]);
    } finally {
      setBusy(null);
    }
  };

  /** The input an error summary's link moves to: the one named, else the value (numerator) typed. */
  const fieldIdOf = (outcome: RowOutcome) => {
    const row = rows.find((candidate) => rowKey(candidate) === outcome.key);
    const field = outcome.field ?? (row && isRatio(row) ? 'numerator' : 'value');
    return `entry-${outcome.key.replace(':', '-')}-${field}`;
  };
  const userDepartments = (departments.data?.data ?? []).filter(
    (department) => role !== 'department_head' || user?.departmentIds.includes(department.id),
  );

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{sheet.department.name}</p>
        <h1>Enter values for {formatMonth(sheet.month)}</h1>
        <p className="lede">
          The KPIs whose period ends in {formatMonth(sheet.month)}. Save as a draft at any time;
          submit when the figures are final, and the budget office reviews them.
        </p>
      </header>
      <div className="entry-toolbar">
        {userDepartments.length > 1 && (
          <div>
            <label htmlFor="entry-department">Department</label>
            <select
              id="entry-department"
              value={sheet.department.id}
              onChange={(event) => openSheet('department', event.target.value)}
            >
              {userDepartments.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <nav aria-label="Month" className="entry-months">
          <button type="button" className="button button--secondary" onClick={() => shiftMonth(-1)}>
            <span aria-hidden="true">←</span>{' '}
            {formatMonth(formatYearMonth(addMonths(parseYearMonth(sheet.month), -1)))}
          </button>
          <button type="button" className="button button--secondary" onClick={() => shiftMonth(1)}>
            {formatMonth(formatYearMonth(addMonths(parseYearMonth(sheet.month), 1)))}{' '}
            <span aria-hidden="true">→</span>
          </button>
        </nav>
      </div>

      <EntrySummary ref={summaryRef} outcomes={outcomes} fieldIdOf={fieldIdOf} />

      {rows.length === 0 ? (
        <p>
          No KPI of {sheet.department.name} has a period ending in {formatMonth(sheet.month)}.
        </p>
      ) : (
        <form
          // The screen checks the values itself and says what is wrong next to each field.
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onSubmit();
          }}
        >
          <EntryGrid
            rows={rows}
            drafts={drafts}
            role={role}
            fiscalYearStartMonth={site.data?.fiscalYearStartMonth ?? 7}
            showNoteErrors={triedSubmit}
            onChange={(key: string, field: DraftField, text: string) =>
              setEdits((current) => {
                const draft = drafts[key];
                return draft ? { ...current, [key]: { ...draft, [field]: text } } : current;
              })
            }
          />
          <div className="button-row entry-actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={busy !== null}
              onClick={() => void onSave()}
            >
              {busy === 'saving' ? 'Saving…' : 'Save as draft'}
            </button>
            <button type="submit" className="button" disabled={busy !== null}>
              {busy === 'submitting' ? 'Submitting…' : 'Submit for review'}
            </button>
            <p className="cell-note">
              {dirtyRows.length > 0
                ? `${dirtyRows.length} unsaved ${dirtyRows.length === 1 ? 'change' : 'changes'}`
                : 'All changes saved'}
            </p>
          </div>
        </form>
      )}
    </>
  );
}
