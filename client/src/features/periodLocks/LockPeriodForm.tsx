/**
 * Locking a fiscal year or one of its quarters: choose it, say why, then confirm after reading
 * what a lock does. Checked with the shared schema; the server's refusals (such as a period that
 * is locked already) show above the form.
 */
import { PeriodLockRequest, type PeriodLock } from '@civicstat/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/ApiError';
import { useLockPeriod } from '../../api/usePeriodLocks';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { fieldErrorSentences } from '../../components/forms/fieldErrorSentences';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { SelectField } from '../../components/forms/SelectField';
import { TextAreaField } from '../../components/forms/TextAreaField';
import { describePeriod } from './lockWording';

const fields = {
  fiscalYear: { id: 'lock-fiscal-year', label: 'Fiscal year' },
  quarter: { id: 'lock-quarter', label: 'Period' },
  reason: { id: 'lock-reason', label: 'Reason (optional)' },
};

interface LockPeriodFormProps {
  /** The fiscal year today is in: the years offered are it and the ten before it. */
  currentFiscalYear: number;
  fiscalYearStartMonth: number;
  onLocked(lock: PeriodLock): void;
  /** A new attempt begins: what was said about the last one no longer applies. */
  onStart(): void;
}

export function LockPeriodForm(props: LockPeriodFormProps) {
  const { currentFiscalYear, fiscalYearStartMonth, onLocked, onStart } = props;
  const lock = useLockPeriod();
  const [values, setValues] = useState({
    fiscalYear: String(currentFiscalYear),
    quarter: '',
    reason: '',
  });
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState<PeriodLockRequest>();
  const { summaryRef, refuse } = useFocusOnRefusal();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const reviewRef = useRef<HTMLButtonElement>(null);
  // Going back from the confirmation returns focus to the button that led to it.
  const [wentBack, setWentBack] = useState(0);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (wentBack > 0) reviewRef.current?.focus();
  }, [wentBack]);

  const errors = lock.error ? fieldErrorsOf(lock.error) : formErrors;
  const { byField, items } = fieldErrorSentences(fields, errors);
  const message = lock.error && items.length === 0 ? describeError(lock.error) : undefined;

  const years = Array.from({ length: 11 }, (_, index) => currentFiscalYear - index);
  const fiscalYear = Number(values.fiscalYear);
  const quarterOptions = [
    {
      value: '',
      label: `The whole fiscal year (${describePeriod(fiscalYear, null, fiscalYearStartMonth).dates})`,
    },
    ...[1, 2, 3, 4].map((quarter) => ({
      value: String(quarter),
      label: `Quarter ${quarter} (${describePeriod(fiscalYear, quarter, fiscalYearStartMonth).dates})`,
    })),
  ];

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onStart();
    const checked = validate(PeriodLockRequest, {
      fiscalYear,
      quarter: values.quarter === '' ? null : Number(values.quarter),
      reason: values.reason.trim() === '' ? undefined : values.reason,
    });
    lock.reset();
    if (checked.errors) {
      setFormErrors(checked.errors);
      refuse();
      return;
    }
    setFormErrors({});
    setConfirming(checked.data);
  }

  function confirm() {
    if (!confirming || lock.isPending) return;
    lock.mutate(confirming, {
      onSuccess: (locked) => {
        setConfirming(undefined);
        setValues({ ...values, reason: '' });
        onLocked(locked);
      },
      onError: () => {
        setConfirming(undefined);
        refuse();
      },
    });
  }

  const period =
    confirming &&
    describePeriod(confirming.fiscalYear, confirming.quarter ?? null, fiscalYearStartMonth);

  return (
    <>
      {(items.length > 0 || message) && (
        <ErrorSummary ref={summaryRef} message={message} items={items} />
      )}
      <form className="form" noValidate onSubmit={review}>
        <SelectField
          id={fields.fiscalYear.id}
          label={fields.fiscalYear.label}
          error={byField.fiscalYear}
          options={years.map((year) => ({ value: String(year), label: `FY${year}` }))}
          value={values.fiscalYear}
          disabled={confirming !== undefined}
          onChange={(event) => setValues({ ...values, fiscalYear: event.target.value })}
        />
        <SelectField
          id={fields.quarter.id}
          label={fields.quarter.label}
          hint="A whole fiscal year, or one of its quarters: every value whose period lies inside it is locked, months included."
          error={byField.quarter}
          options={quarterOptions}
          value={values.quarter}
          disabled={confirming !== undefined}
          onChange={(event) => setValues({ ...values, quarter: event.target.value })}
        />
        <TextAreaField
          id={fields.reason.id}
          label={fields.reason.label}
          hint="Shown to department heads who try to change a locked value, e.g. “Closed for the annual report”."
          error={byField.reason}
          rows={2}
          value={values.reason}
          disabled={confirming !== undefined}
          onChange={(event) => setValues({ ...values, reason: event.target.value })}
        />
        {confirming && period ? (
          <div className="lock-confirm">
            <h3 ref={confirmRef} tabIndex={-1} className="lock-confirm__title">
              Lock {period.label}?
            </h3>
            <p>
              {period.label} runs from {period.dates}. Once it is locked, department heads can no
              longer enter or change values of that period, and nobody can submit, approve, return
              or reopen them, until the budget office unlocks it.
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button"
                aria-disabled={lock.isPending || undefined}
                onClick={confirm}
              >
                {lock.isPending ? 'Locking…' : `Lock ${period.label}`}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setConfirming(undefined);
                  setWentBack((count) => count + 1);
                }}
              >
                Go back
              </button>
            </div>
          </div>
        ) : (
          <div className="button-row">
            <button ref={reviewRef} type="submit" className="button">
              Lock this period…
            </button>
          </div>
        )}
      </form>
    </>
  );
}
