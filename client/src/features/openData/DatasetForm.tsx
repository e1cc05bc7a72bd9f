/**
 * Adds a dataset (as a proposal) or changes one with If-Match. Checked with the shared schema
 * before sending; the refusals, the browser's or the server's, show at their fields and in a
 * summary that takes focus. When someone else changed the dataset meanwhile (412), nothing is
 * saved: the form says so and shows the stored version to start again from.
 */
import {
  Dataset,
  datasetAccessLevels,
  datasetFrequencies,
  priorityFactors,
} from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, isApiError } from '../../api/ApiError';
import { useDepartments } from '../../api/useDepartments';
import { useCreateDataset, useUpdateDataset } from '../../api/useOpenData';
import { staleRecord } from '../../api/useStructureChanges';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { fieldErrorSentences } from '../../components/forms/fieldErrorSentences';
import { SelectField } from '../../components/forms/SelectField';
import { TextAreaField } from '../../components/forms/TextAreaField';
import { TextField } from '../../components/forms/TextField';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import type { FieldErrors } from '../../components/forms/validate';
import { StaleNotice } from '../../components/StaleNotice';
import {
  checkDataset,
  datasetFields,
  errorsByField,
  valuesOf,
  type DatasetField,
} from './datasetFields';
import { accessLabels, updateFrequencyLabels } from './labels';

export function DatasetForm({ dataset, onDone }: { dataset?: Dataset; onDone: () => void }) {
  const [values, setValues] = useState(() => valuesOf(dataset));
  // The version this change is based on: the one opened, or the stored one after a 412.
  const [base, setBase] = useState(dataset);
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  // After a 412: the version stored now, which the form then shows (unless the answer lacked it).
  const [stale, setStale] = useState<{ current?: Dataset }>();
  const { summaryRef, staleRef, refuse } = useFocusOnRefusal(stale);
  const departments = useDepartments();
  const create = useCreateDataset();
  const update = useUpdateDataset();
  const mutation = base ? update : create;

  const errors = mutation.error && !stale ? fieldErrorsOf(mutation.error) : formErrors;
  const { byField, items } = fieldErrorSentences(datasetFields, errorsByField(errors));
  const message =
    mutation.error && !stale && items.length === 0 ? describeError(mutation.error) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    mutation.reset();
    setStale(undefined);
    const checked = checkDataset(values);
    if (checked.errors) {
      setFormErrors(checked.errors);
      refuse();
      return;
    }
    setFormErrors({});
    const settled = {
      onSuccess: () => onDone(),
      onError: (error: Error) => {
        if (isApiError(error) && error.status === 412) {
          const current = staleRecord(error, Dataset);
          if (current) {
            setBase(current);
            setValues(valuesOf(current));
          }
          setStale({ current });
        }
        refuse();
      },
    };
    if (base) {
      update.mutate({ id: base.id, version: base.version, changes: checked.data }, settled);
    } else {
      create.mutate(checked.data, settled);
    }
  }

  /** The props every input shares: its id, label, error, name and value. */
  const field = (name: DatasetField) => ({
    ...datasetFields[name],
    error: byField[name],
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <>
      {stale && (
        <StaleNotice ref={staleRef}>
          <p>
            Nothing was saved.{' '}
            {stale.current
              ? `The form now shows their version (version ${stale.current.version}); make your change again and save.`
              : 'Open the dataset again to see their version, then make your change again.'}
          </p>
        </StaleNotice>
      )}
      {(items.length > 0 || message) && (
        <ErrorSummary ref={summaryRef} message={message} items={items} />
      )}
      <form
        className="dataset-form"
        noValidate
        onSubmit={submit}
        aria-label={base ? `Change ${base.title}` : 'Add a dataset'}
      >
        <TextField {...field('title')} required />
        {/* The kit's fields take no class: the wrapper spans the grid's width. */}
        <div className="wide">
          <TextAreaField {...field('description')} rows={3} />
        </div>
        <SelectField
          {...field('departmentId')}
          options={[
            { value: '', label: 'Choose…' },
            ...(departments.data?.data.map((d) => ({ value: String(d.id), label: d.name })) ?? []),
          ]}
          required
        />
        <TextField {...field('stewardName')} required />
        <TextField {...field('stewardEmail')} type="email" required />
        <TextField {...field('systemOfRecord')} />
        <SelectField
          {...field('accessLevel')}
          options={datasetAccessLevels.map((level) => ({
            value: level,
            label: accessLabels[level],
          }))}
        />
        <TextField {...field('accessReason')} required={values.accessLevel !== 'public'} />
        <SelectField
          {...field('updateFrequency')}
          options={datasetFrequencies.map((f) => ({ value: f, label: updateFrequencyLabels[f] }))}
        />
        <TextField {...field('lastUpdated')} type="date" />
        <TextField {...field('formats')} />
        <TextField {...field('downloadUrl')} type="url" />
        <TextField {...field('landingUrl')} type="url" />
        <TextField {...field('license')} type="url" />
        <TextField {...field('keywords')} />
        <TextField {...field('themes')} />
        {priorityFactors.map((factor) => (
          <TextField key={factor} {...field(factor)} type="number" min={1} max={5} step={1} />
        ))}
        <div className="button-row wide">
          <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
            {base ? 'Save changes' : 'Add dataset'}
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
