/**
 * "My department": a department head's month at a glance — what is due, what is overdue, what the
 * budget office returned, what was submitted lately — and the department's KPIs with their status.
 */
import {
  formatDate,
  formatMonth,
  formatInstant,
  formatPeriod,
  formatValue,
  periodEndOf,
} from '@civicstat/shared';
import { Link, useSearchParams } from 'react-router';
import { useAllKpis } from '../../api/useAllKpis';
import { useDepartments } from '../../api/useDepartments';
import { useSession } from '../../api/useSession';
import { useSite } from '../../api/useSite';
import { useWorksheet } from '../../api/useWorksheet';
import { useMeasurements, useOverdueReport } from '../../api/useWorkspaceReads';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import '../../components/tables.css';
import { KpiTable } from '../goals/KpiTable';
import { countLabel } from '../goals/countLabel';
import './workspace.css';

const stateWords = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  returned: 'Returned',
};
const outstandingWords = {
  missing: 'not entered',
  draft: 'a draft not submitted',
  returned: 'returned, not resubmitted',
  submitted: 'submitted, waiting for review',
};
/** The entry screen's month for a period: the month it ends in. */
const entryMonthOf = (periodEnd: string) => `${periodEnd.slice(0, 7)}-01`;

export function ScorecardPage() {
  const session = useSession();
  const user = session.data?.user;
  const [params, setParams] = useSearchParams();
  const departments = useDepartments();
  const site = useSite();
  const chosen = Number(params.get('department'));
  const departmentId = Number.isInteger(chosen) && chosen > 0 ? chosen : user?.departmentIds[0];
  const department = departments.data?.data.find((candidate) => candidate.id === departmentId);
  const id = String(departmentId ?? '');
  const worksheet = useWorksheet(departmentId, undefined);
  const overdue = useOverdueReport();
  const returned = useMeasurements({ department: id, state: 'returned', sort: 'recent' });
  const history = useMeasurements({ department: id, sort: 'recent', limit: '15' });
  const kpis = useAllKpis({ department: id, sort: 'status' });
  usePageTitle(department ? `${department.name}: my department` : 'My department');

  if (session.isPending) return <PageState kind="loading" label="Loading your department…" />;
  if (departmentId === undefined) {
    return (
      <PageState kind="empty" title="No department linked to your account">
        <p>Ask a civicstat administrator to link your account to the department you report for.</p>
      </PageState>
    );
  }
  const startMonth = site.data?.fiscalYearStartMonth ?? 7;
  const timeZone = site.data?.timeZone ?? 'America/New_York';
  const sheet = worksheet.data;
  const notEntered = sheet?.rows.filter((row) => !row.measurement) ?? [];
  const drafts = sheet?.rows.filter((row) => row.measurement?.state === 'draft') ?? [];
  const outstanding =
    overdue.data?.departments.find((entry) => entry.department.id === departmentId)?.items ?? [];
  const late = outstanding.filter((item) => item.overdue);
  const mine = (departments.data?.data ?? []).filter(
    (candidate) => user?.role !== 'department_head' || user.departmentIds.includes(candidate.id),
  );

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">My department</p>
        <h1>{department?.name ?? 'Your department'}</h1>
        {mine.length > 1 && (
          <div className="fy-select">
            <label htmlFor="scorecard-department">Department</label>
            <select
              id="scorecard-department"
              value={departmentId}
              onChange={(event) => setParams({ department: event.target.value })}
            >
              {mine.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </header>

      <div className="workspace-cards">
        <section className="workspace-card" aria-labelledby="due-heading">
          <h2 id="due-heading">Due now{sheet ? `: ${formatMonth(sheet.month)}` : ''}</h2>
          {!sheet ? (
            <p>Loading…</p>
          ) : sheet.rows.length === 0 ? (
            <p>Nothing is due for {formatMonth(sheet.month)}.</p>
          ) : (
            <>
              <p>
                {countLabel(sheet.rows.length, 'KPI')} due · {notEntered.length} not entered ·{' '}
                {drafts.length} {drafts.length === 1 ? 'draft' : 'drafts'} not submitted
              </p>
              <Link
                className="button"
                to={`/workspace/entry?department=${departmentId}&month=${sheet.month}`}
              >
                Enter values for {formatMonth(sheet.month)}
              </Link>
            </>
          )}
        </section>

        <section className="workspace-card" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">Overdue</h2>
          {!overdue.data ? (
            <p>Loading…</p>
          ) : late.length === 0 ? (
            <p>Nothing is overdue this fiscal year.</p>
          ) : (
            <ul className="workspace-list">
              {late.slice(0, 8).map((item) => (
                <li key={`${item.kpi.id}:${item.periodStart}`}>
                  <Link
                    to={`/workspace/entry?department=${departmentId}&month=${entryMonthOf(item.periodEnd)}`}
                  >
                    {item.kpi.name},{' '}
                    {formatPeriod(item.periodStart, item.kpi.frequency, startMonth)}
                  </Link>{' '}
                  — {outstandingWords[item.state]}, due {formatDate(item.due, { short: true })}
                </li>
              ))}
              {late.length > 8 && <li>and {late.length - 8} more</li>}
            </ul>
          )}
        </section>

        <section className="workspace-card" aria-labelledby="returned-heading">
          <h2 id="returned-heading">Returned to you</h2>
          {!returned.data ? (
            <p>Loading…</p>
          ) : returned.data.data.length === 0 ? (
            <p>The budget office has not returned any value.</p>
          ) : (
            <ul className="workspace-list">
              {returned.data.data.map((item) => (
                <li key={item.measurement.id}>
                  <Link
                    to={`/workspace/entry?department=${departmentId}&month=${entryMonthOf(periodEndOf(item.measurement.periodStart, item.kpi.frequency, startMonth))}`}
                  >
                    {item.kpi.name},{' '}
                    {formatPeriod(item.measurement.periodStart, item.kpi.frequency, startMonth)}
                  </Link>
                  <span className="workspace-list__comment">
                    “{item.measurement.reviewComment}”
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Recent submissions and reviews</h2>
        {!history.data ? (
          <p>Loading…</p>
        ) : history.data.data.length === 0 ? (
          <p>No value has been entered yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="kpi-table">
              <caption className="visually-hidden">Recent submissions and reviews</caption>
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col">Period</th>
                  <th scope="col" className="numeric">
                    Value
                  </th>
                  <th scope="col">State</th>
                  <th scope="col">Last change</th>
                </tr>
              </thead>
              <tbody>
                {history.data.data.map((item) => {
                  const m = item.measurement;
                  const when = m.reviewedAt ?? m.submittedAt ?? m.enteredAt;
                  const who = (
                    m.reviewedAt ? m.reviewedBy : m.submittedAt ? m.submittedBy : m.enteredBy
                  )?.name;
                  return (
                    <tr key={m.id}>
                      <th scope="row">{item.kpi.name}</th>
                      <td>{formatPeriod(m.periodStart, item.kpi.frequency, startMonth)}</td>
                      <td className="numeric">{formatValue(m.value, item.kpi)}</td>
                      <td>{stateWords[m.state]}</td>
                      <td>
                        {formatInstant(when, timeZone)}
                        {who && <span className="cell-note">by {who}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="kpis-heading">
        <h2 id="kpis-heading">The department&rsquo;s KPIs</h2>
        {kpis.isError ? (
          <PageState
            kind="error"
            title="The KPIs could not be loaded"
            error={kpis.error}
            onRetry={() => void kpis.refetch()}
          />
        ) : !kpis.data ? (
          <p>Loading…</p>
        ) : (
          <KpiTable
            kpis={kpis.data.kpis}
            caption="The department's KPIs, worst status first"
            fiscalYearStartMonth={startMonth}
          />
        )}
      </section>
    </>
  );
}
