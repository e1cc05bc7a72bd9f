/**
 * Adds a dataset (as a proposal) or changes one with If-Match. When someone else changed it
 * meanwhile (412), says so and shows the stored version to start again from.
 */
import {
  datasetAccessLevels,
  datasetFrequencies,
  type Dataset,
  type DatasetAccessLevel,
  type DatasetFrequency,
  type NewDataset,
} from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, isApiError } from '../../api/ApiError';
import { useDepartments } from '../../api/useDepartments';
import { useCreateDataset, useUpdateDataset } from '../../api/useOpenData';
import { describeError } from '../../components/describeError';
import { accessLabels, frequencyLabels } from './labels';

const list = (text: string) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

function initialFields(dataset?: Dataset) {
  return {
    title: dataset?.title ?? '',
    description: dataset?.description ?? '',
    departmentId: dataset ? String(dataset.department.id) : '',
    stewardName: dataset?.stewardName ?? '',
    stewardEmail: dataset?.stewardEmail ?? '',
    systemOfRecord: dataset?.systemOfRecord ?? '',
    accessLevel: (dataset?.accessLevel ?? 'public') as DatasetAccessLevel,
    accessReason: dataset?.accessReason ?? '',
    updateFrequency: (dataset?.updateFrequency ?? 'monthly') as DatasetFrequency,
    lastUpdated: dataset?.lastUpdated ?? '',
    formats: dataset?.formats.join(', ') ?? '',
    downloadUrl: dataset?.downloadUrl ?? '',
    landingUrl: dataset?.landingUrl ?? '',
    license: dataset?.license ?? '',
    keywords: dataset?.keywords.join(', ') ?? '',
    themes: dataset?.themes.join(', ') ?? '',
    publicDemand: String(dataset?.scores.publicDemand ?? 3),
    residentValue: String(dataset?.scores.residentValue ?? 3),
    publishingEffort: String(dataset?.scores.publishingEffort ?? 3),
    risk: String(dataset?.scores.risk ?? 3),
  };
}
type Fields = ReturnType<typeof initialFields>;

function requestOf(f: Fields): NewDataset {
  return {
    title: f.title,
    description: f.description,
    departmentId: Number(f.departmentId),
    stewardName: f.stewardName,
    stewardEmail: f.stewardEmail,
    systemOfRecord: f.systemOfRecord,
    accessLevel: f.accessLevel,
    accessReason: f.accessReason.trim() || null,
    updateFrequency: f.updateFrequency,
    lastUpdated: f.lastUpdated || null,
    formats: list(f.formats),
    downloadUrl: f.downloadUrl.trim() || null,
    landingUrl: f.landingUrl.trim() || null,
    license: f.license.trim() || null,
    keywords: list(f.keywords),
    themes: list(f.themes),
    scores: {
      publicDemand: Number(f.publicDemand),
      residentValue: Number(f.residentValue),
      publishingEffort: Number(f.publishingEffort),
      risk: Number(f.risk),
    },
  };
}

const factorLabels = {
  publicDemand: 'Public demand (1–5)',
  residentValue: 'Value to residents (1–5)',
  publishingEffort: 'Effort to publish (1–5, lower is easier)',
  risk: 'Risk or sensitivity (1–5)',
} as const;

export function DatasetForm({ dataset, onDone }: { dataset?: Dataset; onDone: () => void }) {
  const [fields, setFields] = useState(() => initialFields(dataset));
  const [base, setBase] = useState(dataset);
  const [staleNotice, setStaleNotice] = useState(false);
  const departments = useDepartments();
  const create = useCreateDataset();
  const update = useUpdateDataset();
  const mutation = base ? update : create;
  const errors = fieldErrorsOf(mutation.error);
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStaleNotice(false);
    try {
      if (base) {
        await update.mutateAsync({
          id: base.id,
          version: base.version,
          changes: requestOf(fields),
        });
      } else {
        await create.mutateAsync(requestOf(fields));
      }
      onDone();
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        const current = (error.problem as { current?: Dataset }).current;
        if (current) {
          setBase(current);
          setFields(initialFields(current));
        }
        setStaleNotice(true);
      }
    }
  };

  const text = (name: keyof Fields, label: string, props: object = {}) => (
    <label className={name === 'description' ? 'wide' : undefined}>
      {label}
      <input
        value={fields[name]}
        onChange={set(name)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        {...props}
      />
      {errors[name] && (
        <span id={`${name}-error`} className="form-error">
          {label} {errors[name]}
        </span>
      )}
    </label>
  );

  return (
    <form
      className="dataset-form"
      onSubmit={submit}
      aria-label={base ? `Change ${base.title}` : 'Add a dataset'}
    >
      {staleNotice && (
        <div className="notice wide" role="alert">
          Someone changed this dataset since you opened it. The form now shows their version
          (version {base?.version}); make your change again and save.
        </div>
      )}
      {mutation.isError && !staleNotice && (
        <p className="form-error wide" role="alert">
          Not saved: {describeError(mutation.error)}
        </p>
      )}
      {text('title', 'Title', { required: true })}
      <label className="wide">
        Description
        <textarea value={fields.description} onChange={set('description')} rows={3} />
      </label>
      <label>
        Department
        <select value={fields.departmentId} onChange={set('departmentId')} required>
          <option value="">Choose…</option>
          {departments.data?.data.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {text('stewardName', 'Steward', { required: true })}
      {text('stewardEmail', 'Steward’s email', { type: 'email', required: true })}
      {text('systemOfRecord', 'System of record')}
      <label>
        Access level
        <select value={fields.accessLevel} onChange={set('accessLevel')}>
          {datasetAccessLevels.map((level) => (
            <option key={level} value={level}>
              {accessLabels[level]}
            </option>
          ))}
        </select>
      </label>
      {text('accessReason', 'Why not public', { required: fields.accessLevel !== 'public' })}
      <label>
        Update frequency
        <select value={fields.updateFrequency} onChange={set('updateFrequency')}>
          {datasetFrequencies.map((f) => (
            <option key={f} value={f}>
              {frequencyLabels[f]}
            </option>
          ))}
        </select>
      </label>
      {text('lastUpdated', 'Last updated', { type: 'date' })}
      {text('formats', 'Formats (comma-separated)')}
      {text('downloadUrl', 'Download URL', { type: 'url' })}
      {text('landingUrl', 'Landing page URL', { type: 'url' })}
      {text('license', 'Licence URL', { type: 'url' })}
      {text('keywords', 'Keywords (comma-separated)')}
      {text('themes', 'Themes (comma-separated)')}
      {(Object.keys(factorLabels) as Array<keyof typeof factorLabels>).map((factor) =>
        text(factor, factorLabels[factor], { type: 'number', min: 1, max: 5, step: 1 }),
      )}
      <div className="button-row wide">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {base ? 'Save changes' : 'Add dataset'}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
