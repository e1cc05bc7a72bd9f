/**
 * Setting one target: a fiscal year's, or one period's override. Replacing a stored target sends
 * the version the form opened with (If-Match); after a 412 the form holds the saved target.
 */
import {
  formatPeriod,
  formatTarget,
  TargetRequest,
  type KpiDetail,
  type KpiTarget,
} from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/ApiError';
import { staleTarget, useSetTarget } from '../../api/useKpiTargets';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { fieldErrorSentences } from '../../components/forms/fieldErrorSentences';
import { TextField } from '../../components/forms/TextField';
import { StaleNotice } from '../../components/StaleNotice';
import { StoredValues } from '../../components/StoredValues';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { measureHint } from './measureInput';
import { SelectField } from '../../components/forms/SelectField';
import { targetRequestOf, targetText, type TargetText } from './targetForm';

type Kpi = Pick<KpiDetail, 'id' | 'direction' | 'displayFormat' | 'unit' | 'frequency'>;

interface TargetFormProps {
  kpi: Kpi;
  targets: readonly KpiTarget[];
  /** The fiscal years the form may set; one for a fixed year. */
  fiscalYears: readonly number[];
  /** The periods an override may be for; undefined for a fiscal year's target. */
  periodsOf?: (fiscalYear: number) => string[];
  fiscalYearStartMonth: number;
  onDone(message: string): void;
  onCancel(): void;
}

const fields = {
  fiscalYear: { id: 'target-fiscal-year', label: 'Fiscal year' },
  periodStart: { id: 'target-period', label: 'Period' },
  target: { id: 'target-value', label: 'Target' },
  low: { id: 'target-low', label: 'Low end of the range' },
  high: { id: 'target-high', label: 'High end of the range' },
};

export function TargetForm(props: TargetFormProps) {
  const { kpi, targets, fiscalYears, periodsOf, fiscalYearStartMonth, onDone, onCancel } = props;
  const format = { displayFormat: kpi.displayFormat, unit: kpi.unit };
  const setTarget = useSetTarget();
  const [fiscalYear, setFiscalYear] = useState(fiscalYears[0] ?? 0);
  const [periodStart, setPeriodStart] = useState(periodsOf?.(fiscalYear)[0]);
  const find = (year: number, period: string | undefined) =>
    targets.find((t) => t.fiscalYear === year && t.periodStart === (period ?? null));
  // The stored target this change replaces, as it was when the form opened (or after a 412).
  const [base, setBase] = useState(() => find(fiscalYear, periodStart));
  const [values, setValues] = useState<TargetText>(() =>
    targetText(base?.target, kpi.displayFormat),
  );
  const [refused, setRefused] = useState<FieldErrors>({});
  const [stale, setStale] = useState<{ yours: TargetText; current: KpiTarget }>();
  const { summaryRef, staleRef, refuse } = useFocusOnRefusal(stale);

  const errors = setTarget.error ? fieldErrorsOf(setTarget.error) : refused;
  const { byField, items } = fieldErrorSentences(fields, errors);
  const message =
    setTarget.error && !stale && items.length === 0 ? describeError(setTarget.error) : undefined;
  const periodLabel = (p: string) => formatPeriod(p, kpi.frequency, fiscalYearStartMonth);

  function select(year: number, period: string | undefined) {
    setFiscalYear(year);
    setPeriodStart(period);
    const stored = find(year, period);
    setBase(stored);
    setValues(targetText(stored?.target, kpi.displayFormat));
    setStale(undefined);
    setTarget.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (setTarget.isPending) return;
    const checked = validate(
      TargetRequest,
      targetRequestOf(values, kpi.direction, kpi.displayFormat),
    );
    if (!checked.data) {
      setTarget.reset();
      setRefused(checked.errors);
      refuse();
      return;
    }
    setRefused({});
    const what = periodStart ? periodLabel(periodStart) : `FY${fiscalYear}`;
    setTarget.mutate(
      { kpiId: kpi.id, fiscalYear, periodStart, value: checked.data, version: base?.version },
      {
        onSuccess: (saved) => {
          setStale(undefined);
          onDone(
            `The ${what} target is now ${formatTarget(saved.target, format, { withUnit: true })}.`,
          );
        },
        onError: (error) => {
          const current = staleTarget(error);
          if (current) {
            setStale({ yours: values, current });
            setBase(current);
            setValues(targetText(current.target, kpi.displayFormat));
          }
          refuse();
        },
      },
    );
  }

  const measure = (name: 'target' | 'low' | 'high') => (
    <TextField
      id={fields[name].id}
      label={fields[name].label}
      hint={measureHint(kpi.displayFormat)}
      error={byField[name]}
      inputMode="decimal"
      autoComplete="off"
      value={values[name]}
      onChange={(event) => setValues({ ...values, [name]: event.target.value })}
    />
  );

  return (
    <>
      {stale && (
        <StaleNotice ref={staleRef}>
          <p>Nothing was saved. The form now holds the saved target.</p>
          <StoredValues
            rows={[
              {
                label: 'Yours (not saved)',
                value:
                  kpi.direction === 'range'
                    ? `${stale.yours.low} – ${stale.yours.high}`
                    : stale.yours.target,
              },
              {
                label: 'Saved now',
                value: formatTarget(stale.current.target, format, { withUnit: true }),
              },
            ]}
          />
          <p>Change it again if your target is still needed.</p>
        </StaleNotice>
      )}
      {(items.length > 0 || message) && (
        <ErrorSummary ref={summaryRef} message={message} items={items} />
      )}
      <form className="form" noValidate onSubmit={submit}>
        {fiscalYears.length > 1 && (
          <SelectField
            id={fields.fiscalYear.id}
            label={fields.fiscalYear.label}
            value={String(fiscalYear)}
            options={fiscalYears.map((y) => ({ value: String(y), label: `FY${y}` }))}
            onChange={(event) => {
              const year = Number(event.target.value);
              select(year, periodsOf?.(year)[0]);
            }}
          />
        )}
        {periodsOf && periodStart && (
          <SelectField
            id={fields.periodStart.id}
            label={fields.periodStart.label}
            value={periodStart}
            options={periodsOf(fiscalYear).map((p) => ({ value: p, label: periodLabel(p) }))}
            onChange={(event) => select(fiscalYear, event.target.value)}
          />
        )}
        <p className="kpi-form__current">
          {base
            ? `Saved now: ${formatTarget(base.target, format, { withUnit: true })}.`
            : 'No target is saved for it yet.'}
        </p>
        {kpi.direction === 'range' ? (
          <div className="kpi-form__row">
            {measure('low')}
            {measure('high')}
          </div>
        ) : (
          measure('target')
        )}
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={setTarget.isPending || undefined}>
            {setTarget.isPending ? 'Saving…' : 'Save target'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
