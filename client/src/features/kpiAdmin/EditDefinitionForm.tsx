/**
 * Changing a KPI's definition, based on the version the budget office opened: only the changed
 * fields are sent, with If-Match. When someone changed the KPI since (412), nothing is saved and
 * both versions show side by side until the user starts again from the saved one.
 */
import { KpiChanges, type KpiDefinition, type ObjectiveList } from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/ApiError';
import { staleKpi, useUpdateKpi } from '../../api/useKpiDefinition';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { fieldErrorSentences } from '../../components/forms/fieldErrorSentences';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { changedFields, definitionFields, fieldsOf, formErrors, valuesOf } from './definitionForm';
import { DefinitionFields } from './DefinitionFields';
import { KpiStaleNotice } from './KpiStaleNotice';

interface EditDefinitionFormProps {
  base: KpiDefinition;
  onSaved(kpi: KpiDefinition): void;
  departments: readonly { id: number; name: string }[];
  objectives: ObjectiveList['data'];
}

export function EditDefinitionForm({
  base,
  onSaved,
  departments,
  objectives,
}: EditDefinitionFormProps) {
  const update = useUpdateKpi();
  const [values, setValues] = useState(() => valuesOf(base));
  const [refused, setRefused] = useState<FieldErrors>({});
  const [stale, setStale] = useState<{ current: KpiDefinition; yours: Record<string, unknown> }>();
  const { summaryRef, staleRef, refuse } = useFocusOnRefusal(stale);
  const [announcement, setAnnouncement] = useState('');

  const errors = formErrors(update.error ? fieldErrorsOf(update.error) : refused);
  const { byField, items } = fieldErrorSentences(definitionFields, errors);
  const message =
    update.error && !stale && items.length === 0 ? describeError(update.error) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    if (base.archived) {
      setAnnouncement('This KPI is archived: restore it to change its definition.');
      return;
    }
    setAnnouncement('');
    const fields = fieldsOf(values);
    const checked = validate(KpiChanges, fields);
    if (!checked.data) {
      update.reset();
      setRefused(checked.errors);
      refuse();
      return;
    }
    setRefused({});
    const changes = changedFields(checked.data, base);
    if (Object.keys(changes).length === 0) {
      update.reset();
      setAnnouncement('Nothing to save: no field differs from the saved definition.');
      return;
    }
    update.mutate(
      { base, changes },
      {
        onSuccess: (saved) => {
          setStale(undefined);
          setValues(valuesOf(saved));
          setAnnouncement(`Saved. ${saved.name} is now at version ${saved.version}.`);
          onSaved(saved);
        },
        onError: (error) => {
          const current = staleKpi(error);
          if (current) setStale({ current, yours: checked.data });
          refuse();
        },
      },
    );
  }

  function startAgain(current: KpiDefinition) {
    update.reset();
    setStale(undefined);
    setValues(valuesOf(current));
    setAnnouncement('The form now holds the saved version.');
    onSaved(current);
    document.getElementById(definitionFields.name.id)?.focus();
  }

  return (
    <>
      {stale && (
        <KpiStaleNotice
          ref={staleRef}
          yours={stale.yours}
          current={stale.current}
          context={{ departments, objectives }}
          onStartAgain={() => startAgain(stale.current)}
        />
      )}
      {(items.length > 0 || message) && (
        <ErrorSummary ref={summaryRef} message={message} items={items} />
      )}
      <form
        className="form kpi-form"
        noValidate
        onSubmit={submit}
        aria-labelledby="definition-heading"
      >
        <fieldset className="kpi-form__all" disabled={base.archived}>
          <DefinitionFields
            values={values}
            onChange={setValues}
            errors={byField}
            departments={departments}
            objectives={objectives}
          />
        </fieldset>
        <div className="button-row">
          <button
            type="submit"
            className="button"
            aria-disabled={update.isPending || base.archived || undefined}
          >
            {update.isPending ? 'Saving…' : 'Save definition'}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              update.reset();
              setRefused({});
              setStale(undefined);
              setValues(valuesOf(base));
              setAnnouncement('Your unsaved changes were undone.');
            }}
          >
            Undo unsaved changes
          </button>
        </div>
        <p role="status" className="status-note">
          {announcement}
        </p>
      </form>
    </>
  );
}
