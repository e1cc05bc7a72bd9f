/**
 * The budget office's yearly target setting: every KPI (filtered by department or goal) with
 * last year's target and result, an input for the new target, and one all-or-nothing save.
 */
import { formatTarget, formatValue, type KpiSummary } from '@civicstat/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAllKpis } from '../../api/useAllKpis';
import { useDepartments } from '../../api/useDepartments';
import { useSetFiscalYearTargets, useTargetsOfYear } from '../../api/useKpiTargets';
import { usePlan } from '../../api/usePlan';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { PageState } from '../../components/PageState';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { BulkTargetInputs, inputIdOf } from './BulkTargetInputs';
import { checkRows, rowErrorsOf, type BulkRow } from './bulkRows';
import { targetText, type TargetText } from './targetForm';
import '../../components/tables.css';
import './kpiAdmin.css';

export function BulkTargetsPage() {
  const { fiscalYear: param = '' } = useParams();
  const fiscalYear = /^\d{4}$/.test(param) ? Number(param) : undefined;
  usePageTitle(fiscalYear ? `FY${fiscalYear} targets` : 'Page not found');
  const plan = usePlan();
  if (fiscalYear === undefined)
    return <NotFoundPage message={`There is no fiscal year “${param}”.`} />;
  if (!plan.isSuccess) {
    return (
      <QueryState query={plan} loading="Loading the plan…" failed="The plan could not be loaded" />
    );
  }
  const { firstFiscalYear: first, lastFiscalYear: last } = plan.data;
  if (fiscalYear < first || fiscalYear > last) {
    return (
      <NotFoundPage
        message={`Targets follow the active plan, FY${first} to FY${last}; FY${fiscalYear} is outside it.`}
      />
    );
  }
  return (
    <BulkTargets
      fiscalYear={fiscalYear}
      currentFiscalYear={plan.data.fiscalYear}
      goals={plan.data.goals}
    />
  );
}

interface BulkTargetsProps {
  fiscalYear: number;
  currentFiscalYear: number;
  goals: readonly { id: number; number: number; title: string }[];
}

function BulkTargets({ fiscalYear, currentFiscalYear, goals }: BulkTargetsProps) {
  const [search, setSearch] = useSearchParams();
  const department = search.get('department') ?? '';
  const goal = search.get('goal') ?? '';
  // Last year's figures: the year before, or today's when the year asked for is further out.
  const previousYear = Math.min(fiscalYear - 1, currentFiscalYear);
  const filters = useMemo(() => {
    const f: Record<string, string> = { fy: String(previousYear) };
    if (department) f.department = department;
    if (goal) f.goal = goal;
    return f;
  }, [previousYear, department, goal]);
  const kpis = useAllKpis(filters);
  const departments = useDepartments();
  const list = kpis.data?.kpis ?? [];
  const targets = useTargetsOfYear(fiscalYear);
  const save = useSetFiscalYearTargets();
  const [texts, setTexts] = useState<Map<number, TargetText>>(new Map());
  const [rowErrors, setRowErrors] = useState<Map<number, string>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const { summaryRef, refuse } = useFocusOnRefusal();

  const savedTargets = useMemo(
    () => new Map((targets.data ?? []).map((t) => [t.kpiId, t])),
    [targets.data],
  );
  const rows: BulkRow[] = list.map((kpi) => ({
    kpi,
    saved: savedTargets.get(kpi.id),
    text: texts.get(kpi.id) ?? { target: '', low: '', high: '' },
  }));
  // Without the stored targets' versions a save could not say which ones it replaces.
  const loadingTargets = targets.isPending || targets.isError;
  const byId = new Map(list.map((kpi) => [kpi.id, kpi]));

  function setText(kpiId: number, text: TargetText) {
    setTexts((before) => new Map(before).set(kpiId, text));
  }

  function copyLastYear() {
    let copied = 0;
    const next = new Map(texts);
    for (const { kpi, text } of rows) {
      const lastTarget = kpi.performance.fiscalYearToDate.target;
      const blank = !text.target && !text.low && !text.high;
      if (!lastTarget || !blank) continue;
      next.set(kpi.id, targetText(lastTarget, kpi.displayFormat));
      copied += 1;
    }
    setTexts(next);
    setAnnouncement(
      copied === 0
        ? `No target was copied: every row shown has a typed target already, or had no FY${previousYear} target.`
        : `Copied FY${previousYear}’s targets into ${copied} empty row${copied === 1 ? '' : 's'}. Review them, then save.`,
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || loadingTargets) return;
    setAnnouncement('');
    const { targets: changed, errors } = checkRows(rows);
    if (errors.size > 0 || changed.length === 0) {
      save.reset();
      setRowErrors(errors);
      if (errors.size === 0)
        setAnnouncement('Nothing to save: type a new target in at least one row.');
      else refuse();
      return;
    }
    setRowErrors(new Map());
    save.mutate(
      { fiscalYear, targets: changed },
      {
        onSuccess: (result) => {
          setTexts((before) => {
            const next = new Map(before);
            for (const t of result.targets) next.delete(t.kpiId);
            return next;
          });
          setAnnouncement(
            `Saved FY${fiscalYear} targets for ${result.targets.length} KPI${result.targets.length === 1 ? '' : 's'}.`,
          );
        },
        onError: (error) => {
          setRowErrors(rowErrorsOf(error, changed, byId));
          refuse();
        },
      },
    );
  }

  const failedKpis = [...rowErrors.keys()]
    .map((id) => byId.get(id))
    .filter((k): k is KpiSummary => !!k);
  const summaryItems = failedKpis.map((kpi) => ({
    fieldId: inputIdOf(kpi),
    text: `${kpi.code}: ${rowErrors.get(kpi.id) ?? ''}`,
  }));
  const message = save.error
    ? describeError(save.error)
    : rowErrors.size > 0
      ? `${rowErrors.size} row${rowErrors.size === 1 ? '' : 's'} cannot be saved as typed; nothing was saved.`
      : undefined;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/kpis">All KPIs</Link>
          </li>
          <li aria-current="page">FY{fiscalYear} targets</li>
        </ol>
      </nav>
      <header className="page-header">
        <p className="eyebrow">Budget office</p>
        <h1>FY{fiscalYear} targets</h1>
        <p className="lede">
          Type the new targets, or copy last year’s and adjust them; then save them all at once.
          Empty rows are left as they are. <Link to="/kpis/new">New KPI</Link>
        </p>
      </header>
      <div className="kpi-filters" role="search" aria-label="Filter the KPIs">
        <div>
          <label htmlFor="bulk-department">Department</label>
          <select
            id="bulk-department"
            value={department}
            onChange={(e) =>
              setSearch(
                (s) => (
                  e.target.value ? s.set('department', e.target.value) : s.delete('department'),
                  s
                ),
                { replace: true },
              )
            }
          >
            <option value="">All departments</option>
            {(departments.data?.data ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="bulk-goal">Goal</label>
          <select
            id="bulk-goal"
            value={goal}
            onChange={(e) =>
              setSearch(
                (s) => (e.target.value ? s.set('goal', e.target.value) : s.delete('goal'), s),
                { replace: true },
              )
            }
          >
            <option value="">All goals</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                Goal {g.number}: {g.title}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={copyLastYear}>
          Copy FY{previousYear}’s targets into empty rows
        </button>
      </div>
      {(message || summaryItems.length > 0) && (
        <ErrorSummary ref={summaryRef} message={message} items={summaryItems} />
      )}
      <p role="status" className="status-note">
        {announcement}
      </p>
      {targets.isError && (
        <p role="alert" className="inline-error">
          Saving is off: the stored FY{fiscalYear} targets could not be loaded.{' '}
          {describeError(targets.error)}
        </p>
      )}
      {kpis.isPending ? (
        <PageState kind="loading" label="Loading the KPIs…" />
      ) : kpis.isError ? (
        <p role="alert" className="inline-error">
          The KPIs could not be loaded: {describeError(kpis.error)}
        </p>
      ) : (
        <form noValidate onSubmit={submit} aria-label={`FY${fiscalYear} targets`}>
          <div className="table-scroll">
            <table className="kpi-table bulk-targets">
              <caption>
                {list.length} KPI{list.length === 1 ? '' : 's'}, by code
              </caption>
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col" className="numeric">
                    FY{previousYear} target
                  </th>
                  <th scope="col" className="numeric">
                    FY{previousYear} {previousYear === currentFiscalYear ? 'to date' : 'actual'}
                  </th>
                  <th scope="col" className="numeric">
                    Saved FY{fiscalYear} target
                  </th>
                  <th scope="col">New FY{fiscalYear} target</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const { kpi, saved } = row;
                  const fytd = kpi.performance.fiscalYearToDate;
                  const error = rowErrors.get(kpi.id);
                  return (
                    <tr key={kpi.id} className={error ? 'bulk-targets__row--error' : undefined}>
                      <th scope="row">
                        <Link to={`/kpis/${kpi.id}/edit`}>
                          <span className="bulk-targets__code">{kpi.code}</span> {kpi.name}
                        </Link>
                        <span className="bulk-targets__department">{kpi.department.name}</span>
                      </th>
                      <td className="numeric">
                        {formatTarget(fytd.target, kpi, { withUnit: true })}
                      </td>
                      <td className="numeric">
                        {fytd.value === null
                          ? 'No data'
                          : formatValue(fytd.value, kpi, { withUnit: true })}
                      </td>
                      <td className="numeric">
                        {targets.isPending
                          ? 'Loading…'
                          : targets.isError
                            ? 'Not loaded'
                            : saved
                              ? formatTarget(saved.target, kpi, { withUnit: true })
                              : 'None'}
                      </td>
                      <td>
                        <BulkTargetInputs
                          kpi={kpi}
                          fiscalYear={fiscalYear}
                          text={row.text}
                          error={error}
                          onChange={(text) => setText(kpi.id, text)}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="button-row">
            <button
              type="submit"
              className="button"
              aria-disabled={save.isPending || loadingTargets || undefined}
            >
              {save.isPending ? 'Saving…' : `Save FY${fiscalYear} targets`}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
