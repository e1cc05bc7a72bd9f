/** Creating a KPI (budget office): the definition first, then its targets on its edit page. */
import { NewKpi } from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../api/ApiError';
import { useCreateKpi } from '../../api/useKpiDefinition';
import { useDepartments } from '../../api/useDepartments';
import { useObjectives } from '../../api/useObjectives';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { fieldErrorSentences } from '../../components/forms/fieldErrorSentences';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { definitionFields, emptyDefinition, fieldsOf, formErrors } from './definitionForm';
import { DefinitionFields } from './DefinitionFields';
import './kpiAdmin.css';

export function NewKpiPage() {
  usePageTitle('New KPI');
  const navigate = useNavigate();
  const departments = useDepartments();
  const objectives = useObjectives();
  const create = useCreateKpi();
  const [values, setValues] = useState(emptyDefinition);
  const [refused, setRefused] = useState<FieldErrors>({});
  const { summaryRef, refuse } = useFocusOnRefusal();

  const errors = formErrors(create.error ? fieldErrorsOf(create.error) : refused);
  const { byField, items } = fieldErrorSentences(definitionFields, errors);
  const message = create.error && items.length === 0 ? describeError(create.error) : undefined;

  if (departments.isPending || objectives.isPending) {
    return <PageState kind="loading" label="Loading departments and objectives…" />;
  }
  if (departments.isError || objectives.isError) {
    return (
      <PageState
        kind="error"
        title="The form could not be loaded"
        error={departments.error ?? objectives.error}
        onRetry={() => void (departments.isError ? departments.refetch() : objectives.refetch())}
      />
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const checked = validate(NewKpi, fieldsOf(values));
    if (!checked.data) {
      create.reset();
      setRefused(checked.errors);
      refuse();
      return;
    }
    setRefused({});
    create.mutate(checked.data, {
      onSuccess: (kpi) =>
        void navigate(`/kpis/${kpi.id}/edit`, {
          state: { announcement: `${kpi.name} was created. Set its targets below.` },
        }),
      onError: refuse,
    });
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/kpis">All KPIs</Link>
          </li>
          <li aria-current="page">New KPI</li>
        </ol>
      </nav>
      <header className="page-header">
        <p className="eyebrow">Budget office</p>
        <h1>New KPI</h1>
        <p className="lede">
          Define what the KPI measures and how it is judged. You set its targets once it is created.
        </p>
      </header>
      {(items.length > 0 || message) && (
        <ErrorSummary ref={summaryRef} message={message} items={items} />
      )}
      <form className="form kpi-form" noValidate onSubmit={submit} aria-label="New KPI">
        <DefinitionFields
          values={values}
          onChange={setValues}
          errors={byField}
          departments={departments.data.data}
          objectives={objectives.data.data}
        />
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
            {create.isPending ? 'Creating…' : 'Create KPI'}
          </button>
          <Link to="/kpis" className="button button--secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
