/**
 * Creating a record, or changing one based on the version the admin opened. Checked with the
 * shared schema before sending; the server's refusals show next to the fields and in the summary.
 * When someone changed the record since (412), nothing is saved: both versions are shown, and the
 * admin may start again from the stored one.
 */
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/ApiError';
import { staleRecord, type StructureWrite } from '../../api/useStructureChanges';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { fieldErrorSentences, type FormField } from '../../components/forms/fieldErrorSentences';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { RecordField } from './RecordField';
import type { RecordForm, Values } from './recordForms';
import { StaleRecordNotice } from './StaleRecordNotice';

interface Versioned {
  id: number;
  version: number;
}

interface RecordEditorProps<Stored extends Versioned, Name extends string> {
  form: RecordForm<Stored, Name>;
  /** Prefix of the fields' ids: `department` gives `department-code`. */
  idPrefix: string;
  /** The record as read when the task opened; none when creating one. */
  stored?: Stored;
  /** Starting values of a new record, on top of the form's own. */
  initial?: Partial<Values<Name>>;
  write: UseMutationResult<Stored, Error, StructureWrite<Stored>>;
  submitLabel: string;
  onSaved(record: Stored): void;
  onCancel(): void;
}

export function RecordEditor<Stored extends Versioned, Name extends string>(
  props: RecordEditorProps<Stored, Name>,
) {
  const { form, idPrefix, write, submitLabel, onSaved, onCancel } = props;
  const creating = props.stored === undefined;
  // The version this change is based on: the one opened, or the stored one after starting again.
  const [base, setBase] = useState(props.stored);
  const [values, setValues] = useState<Values<Name>>({
    ...form.valuesOf(props.stored),
    ...props.initial,
  });
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  const [stale, setStale] = useState<{ typed: Values<Name>; current: Stored }>();
  const { summaryRef, staleRef, refuse } = useFocusOnRefusal(stale);

  const fields = Object.fromEntries(
    form.fields.map((field) => [
      field.name,
      { id: `${idPrefix}-${field.name}`, label: field.label },
    ]),
  ) as Record<Name, FormField>;
  const errors = write.error && !stale ? fieldErrorsOf(write.error) : formErrors;
  const { byField, items } = fieldErrorSentences(fields, errors);
  const message =
    write.error && !stale && items.length === 0 ? describeError(write.error) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (write.isPending || stale) return;
    const checked = validate(
      creating ? form.createSchema : form.changeSchema,
      form.bodyOf(values, creating),
    );
    if (checked.errors) {
      write.reset();
      setFormErrors(checked.errors);
      refuse();
      return;
    }
    setFormErrors({});
    const request: StructureWrite<Stored> = base
      ? { kind: 'change', base, body: checked.data }
      : { kind: 'create', body: checked.data };
    write.mutate(request, {
      onSuccess: onSaved,
      onError: (error) => {
        const current = staleRecord(error, form.schema);
        if (current) setStale({ typed: values, current });
        refuse();
      },
    });
  }

  function startAgain() {
    if (!stale) return;
    setBase(stale.current);
    setValues(form.valuesOf(stale.current));
    setStale(undefined);
    write.reset();
    const first = form.fields[0];
    if (first) document.getElementById(`${idPrefix}-${first.name}`)?.focus();
  }

  return (
    <>
      {stale && (
        <StaleRecordNotice
          ref={staleRef}
          fields={form.fields}
          typed={stale.typed}
          stored={form.valuesOf(stale.current)}
          onStartAgain={startAgain}
        />
      )}
      {(items.length > 0 || message) && (
        <ErrorSummary ref={summaryRef} message={message} items={items} />
      )}
      <form className="form" noValidate onSubmit={submit}>
        {form.fields.map((field) => (
          <RecordField
            key={field.name}
            id={fields[field.name].id}
            field={field}
            value={values[field.name]}
            error={byField[field.name]}
            onChange={(value) => setValues({ ...values, [field.name]: value })}
          />
        ))}
        <div className="button-row">
          {!stale && (
            <button type="submit" className="button" aria-disabled={write.isPending || undefined}>
              {write.isPending ? 'Saving…' : submitLabel}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
