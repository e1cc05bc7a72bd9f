/**
 * The budget office's editor of one KPI: its definition (PATCH with If-Match), archive or
 * restore, its targets by fiscal year, and the change history of both.
 */
import type { KpiDefinition } from '@civicstat/shared';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { isNotFound } from '../../api/ApiError';
import { useDepartments } from '../../api/useDepartments';
import { useKpi } from '../../api/useKpi';
import { useObjectives } from '../../api/useObjectives';
import { usePlan } from '../../api/usePlan';
import { useSite } from '../../api/useSite';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { ArchiveKpi } from './ArchiveKpi';
import { ChangeHistory } from './ChangeHistory';
import { definitionOf } from './definitionForm';
import { EditDefinitionForm } from './EditDefinitionForm';
import { TargetsEditor } from './TargetsEditor';
import './kpiAdmin.css';

export function KpiEditPage() {
  const { id: param = '' } = useParams();
  const id = /^\d{1,9}$/.test(param) ? Number(param) : undefined;
  const kpi = useKpi(id ?? 0, { enabled: id !== undefined });
  const site = useSite();
  const plan = usePlan();
  const departments = useDepartments();
  const objectives = useObjectives();
  usePageTitle(kpi.data ? `Edit ${kpi.data.name}` : 'Edit a KPI');

  if (id === undefined) return <NotFoundPage message={`There is no KPI “${param}”.`} />;
  const queries = [kpi, site, plan, departments, objectives];
  if (queries.some((q) => q.isPending))
    return <PageState kind="loading" label="Loading the KPI…" />;
  if (isNotFound(kpi.error)) return <NotFoundPage message="There is no KPI at this address." />;
  const failed = queries.find((q) => q.isError);
  if (failed || !kpi.data || !site.data || !plan.data || !departments.data || !objectives.data) {
    return (
      <PageState
        kind="error"
        title="The KPI could not be loaded"
        error={failed?.error}
        onRetry={() => void failed?.refetch()}
      />
    );
  }
  return (
    <KpiEditor
      // Another KPI's editor starts afresh.
      key={id}
      initial={definitionOf(kpi.data)}
      goal={kpi.data.goal}
      site={site.data}
      planYears={{ first: plan.data.firstFiscalYear, last: plan.data.lastFiscalYear }}
      currentFiscalYear={plan.data.fiscalYear}
      departments={departments.data.data}
      objectives={objectives.data.data}
    />
  );
}

interface KpiEditorProps {
  initial: KpiDefinition;
  goal: { number: number } | null;
  site: { timeZone: string; fiscalYearStartMonth: number };
  planYears: { first: number; last: number };
  currentFiscalYear: number;
  departments: readonly { id: number; name: string }[];
  objectives: Parameters<typeof EditDefinitionForm>[0]['objectives'];
}

function KpiEditor(props: KpiEditorProps) {
  const { goal, site, planYears, currentFiscalYear, departments, objectives } = props;
  const location = useLocation();
  const created = (location.state as { announcement?: string } | null)?.announcement;
  // The version every change on this page is based on; each successful write answers the next.
  const [base, setBase] = useState(props.initial);
  // A new key drops the form's unsaved edits (after loading the saved version).
  const [formKey, setFormKey] = useState(0);
  const context = { departments, objectives, displayFormat: base.displayFormat, unit: base.unit };

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/kpis">All KPIs</Link>
          </li>
          {goal && (
            <li>
              <Link to={`/goals/${goal.number}`}>Goal {goal.number}</Link>
            </li>
          )}
          <li>
            <Link to={`/kpis/${base.id}`}>{base.name}</Link>
          </li>
          <li aria-current="page">Edit</li>
        </ol>
      </nav>
      <header className="page-header">
        <p className="eyebrow">
          {base.code} · Budget office<span className="visually-hidden">:</span>
        </p>
        <h1>Edit {base.name}</h1>
        <p className="lede">
          Its definition, its targets, and who changed what.{' '}
          <Link to={`/kpis/${base.id}`}>See the KPI’s page</Link>
        </p>
        {created && (
          <p role="status" className="status-note">
            {created}
          </p>
        )}
        {base.archived && (
          <p className="note" role="note">
            This KPI is archived: it shows in no list or roll-up. Restore it to change it.
          </p>
        )}
      </header>
      <section aria-labelledby="definition-heading" className="kpi-admin__section">
        <h2 id="definition-heading">Definition</h2>
        <EditDefinitionForm
          key={formKey}
          base={base}
          onSaved={setBase}
          departments={departments}
          objectives={objectives}
        />
      </section>
      <TargetsEditor
        kpi={base}
        planYears={planYears}
        currentFiscalYear={currentFiscalYear}
        fiscalYearStartMonth={site.fiscalYearStartMonth}
      />
      <ArchiveKpi
        base={base}
        onDone={setBase}
        onReload={(current) => {
          setBase(current);
          setFormKey((key) => key + 1);
        }}
      />
      <ChangeHistory
        kpiId={base.id}
        context={{
          ...context,
          frequency: base.frequency,
          fiscalYearStartMonth: site.fiscalYearStartMonth,
        }}
        timeZone={site.timeZone}
      />
    </>
  );
}
