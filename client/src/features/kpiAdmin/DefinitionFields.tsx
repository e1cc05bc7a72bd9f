/** The inputs of a KPI definition, grouped by what they say about the KPI. */
import {
  directionLabels,
  displayFormats,
  frequencyLabels,
  kpiAggregations,
  kpiDirections,
  kpiFrequencies,
  type ObjectiveList,
} from '@civicstat/shared';
import { TextField } from '../../components/forms/TextField';
import { definitionFields as fields, type DefinitionValues } from './definitionForm';
import { aggregationLabels, displayFormatLabels, objectiveText } from './fieldText';
import { measureHint } from './measureInput';
import { SelectField } from '../../components/forms/SelectField';
import { TextAreaField } from '../../components/forms/TextAreaField';

interface DefinitionFieldsProps {
  values: DefinitionValues;
  onChange(values: DefinitionValues): void;
  /** Full sentences by field. */
  errors: Partial<Record<keyof DefinitionValues, string>>;
  departments: readonly { id: number; name: string }[];
  objectives: ObjectiveList['data'];
}

export function DefinitionFields(props: DefinitionFieldsProps) {
  const { values, onChange, errors, departments, objectives } = props;
  const set = <K extends keyof DefinitionValues>(name: K, value: DefinitionValues[K]) =>
    onChange({ ...values, [name]: value });
  const text = (name: keyof DefinitionValues) => ({
    id: fields[name].id,
    label: fields[name].label,
    error: errors[name],
    name,
    value: values[name] as string,
    autoComplete: 'off',
  });
  const boundHint = measureHint(values.displayFormat) ?? 'Leave empty for no bound.';

  return (
    <>
      <fieldset className="kpi-form__group">
        <legend>What it measures</legend>
        <TextField {...text('name')} onChange={(e) => set('name', e.target.value)} required />
        <TextField
          {...text('code')}
          hint="Capital letters, digits, “.”, “_” or “-”, such as DSC-01."
          onChange={(e) => set('code', e.target.value)}
          required
        />
        <TextAreaField
          {...text('description')}
          onChange={(e) => set('description', e.target.value)}
        />
        <div className="kpi-form__row">
          <SelectField
            {...text('displayFormat')}
            options={displayFormats.map((v) => ({ value: v, label: displayFormatLabels[v] }))}
            onChange={(e) =>
              set('displayFormat', e.target.value as DefinitionValues['displayFormat'])
            }
          />
          <TextField
            {...text('unit')}
            hint="Words after a value, such as “permits” or “% of requests”."
            onChange={(e) => set('unit', e.target.value)}
          />
        </div>
      </fieldset>

      <fieldset className="kpi-form__group">
        <legend>Where it belongs</legend>
        <div className="kpi-form__row">
          <SelectField
            {...text('departmentId')}
            options={[
              { value: '', label: 'Choose a department' },
              ...departments.map((d) => ({ value: String(d.id), label: d.name })),
            ]}
            onChange={(e) => set('departmentId', e.target.value)}
            required
          />
          <TextField
            {...text('owner')}
            hint="Who answers for it, such as a position."
            onChange={(e) => set('owner', e.target.value)}
          />
        </div>
        <SelectField
          {...text('objectiveId')}
          options={[
            { value: '', label: objectiveText(null, objectives) },
            ...objectives.map((o) => ({
              value: String(o.id),
              label: objectiveText(o.id, objectives),
            })),
          ]}
          onChange={(e) => set('objectiveId', e.target.value)}
        />
        <div className="kpi-form__check">
          <input
            id={fields.isPublic.id}
            type="checkbox"
            checked={values.isPublic}
            aria-describedby={`${fields.isPublic.id}-hint`}
            onChange={(e) => set('isPublic', e.target.checked)}
          />
          <label htmlFor={fields.isPublic.id}>Public</label>
          <p id={`${fields.isPublic.id}-hint`} className="field__hint">
            Residents see a public KPI on the site and in open data; others only staff see.
          </p>
        </div>
      </fieldset>

      <fieldset className="kpi-form__group">
        <legend>How it is judged</legend>
        <div className="kpi-form__row">
          <SelectField
            {...text('direction')}
            options={kpiDirections.map((v) => ({ value: v, label: directionLabels[v] }))}
            onChange={(e) => set('direction', e.target.value as DefinitionValues['direction'])}
          />
          <TextField
            {...text('tolerance')}
            hint="How far short of target still counts as at risk, in percent: 5 for 5%."
            inputMode="decimal"
            onChange={(e) => set('tolerance', e.target.value)}
          />
        </div>
        <div className="kpi-form__row">
          <SelectField
            {...text('frequency')}
            options={kpiFrequencies.map((v) => ({ value: v, label: frequencyLabels[v] }))}
            onChange={(e) => set('frequency', e.target.value as DefinitionValues['frequency'])}
          />
          <SelectField
            {...text('aggregation')}
            hint="How the periods of a fiscal year add up to its value."
            options={kpiAggregations.map((v) => ({ value: v, label: aggregationLabels[v] }))}
            onChange={(e) => set('aggregation', e.target.value as DefinitionValues['aggregation'])}
          />
        </div>
        <div className="kpi-form__row">
          <TextField
            {...text('minValue')}
            hint={boundHint}
            inputMode="decimal"
            onChange={(e) => set('minValue', e.target.value)}
          />
          <TextField
            {...text('maxValue')}
            hint={boundHint}
            inputMode="decimal"
            onChange={(e) => set('maxValue', e.target.value)}
          />
        </div>
      </fieldset>

      <fieldset className="kpi-form__group">
        <legend>How it is measured</legend>
        <TextAreaField
          {...text('methodology')}
          rows={6}
          onChange={(e) => set('methodology', e.target.value)}
        />
        <TextAreaField
          {...text('dataSource')}
          onChange={(e) => set('dataSource', e.target.value)}
        />
      </fieldset>
    </>
  );
}
