/**
 * Missing and overdue data: the ended periods of a fiscal year (`?fy=2026`, the current one by
 * default) without an approved value, counted per department and in total, then listed.
 */
import {
  fiscalYearOf,
  formatCount,
  formatDate,
  localDate,
  outstandingStates,
} from '@civicstat/shared';
import { useOverdueReport } from '../../api/useOverdueReport';
import { usePlan } from '../../api/usePlan';
import { useSite } from '../../api/useSite';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageState } from '../../components/PageState';
import { QueryState } from '../../components/QueryState';
import { useFiscalYearParam } from '../../components/useFiscalYearParam';
import { usePageTitle } from '../../components/usePageTitle';
import '../../components/tables.css';
import { addCounts, countsOf, describeCounts, type OverdueCounts } from './overdueCounts';
import { departmentSectionId, OverdueTable, outstandingLabels } from './OverdueTable';
import { ReviewNav } from './ReviewNav';
import './review.css';

const noCounts: OverdueCounts = {
  missing: 0,
  draft: 0,
  returned: 0,
  submitted: 0,
  total: 0,
  overdue: 0,
};

export function OverdueReportPage() {
  usePageTitle('Missing and overdue data');
  const [fiscalYear, setFiscalYear] = useFiscalYearParam();
  const site = useSite();
  const plan = usePlan();
  const report = useOverdueReport(fiscalYear);

  if (!site.isSuccess) {
    return (
      <QueryState
        query={site}
        loading="Loading the report…"
        failed="The report could not be loaded"
      />
    );
  }
  const { timeZone, fiscalYearStartMonth } = site.data;
  const currentFiscalYear = fiscalYearOf(localDate(new Date(), timeZone), fiscalYearStartMonth);
  const shownYear = report.data?.fiscalYear ?? fiscalYear ?? currentFiscalYear;
  const departments = (report.data?.departments ?? []).map((entry) => ({
    ...entry,
    counts: countsOf(entry.items),
  }));
  const totals = departments.reduce((sum, entry) => addCounts(sum, entry.counts), noCounts);

  return (
    <>
      <ReviewNav />
      <header className="page-header overdue-header">
        <div>
          <p className="eyebrow">Review</p>
          <h1>Missing and overdue data, FY{shownYear}</h1>
          <p className="lede">
            Periods of FY{shownYear} that have ended without an approved value
            {report.data ? `, as of ${formatDate(report.data.asOf)}` : ''}. A value is overdue 30
            days after its period ends.
          </p>
        </div>
        <div className="page-header__tools">
          <FiscalYearSelect
            value={fiscalYear}
            currentFiscalYear={currentFiscalYear}
            firstFiscalYear={plan.data?.firstFiscalYear ?? currentFiscalYear - 5}
            onChange={setFiscalYear}
          />
        </div>
      </header>

      {report.isPending ? (
        <PageState kind="loading" label="Loading the missing and overdue data…" />
      ) : report.isError ? (
        <PageState
          kind="error"
          title="The report could not be loaded"
          error={report.error}
          onRetry={() => void report.refetch()}
        />
      ) : departments.length === 0 ? (
        <div className="queue-empty">
          <p className="queue-empty__title">
            Every ended period of FY{shownYear} has an approved value.
          </p>
        </div>
      ) : (
        <>
          <section aria-labelledby="overdue-summary-heading">
            <h2 id="overdue-summary-heading" className="overdue-summary__title">
              By department
            </h2>
            <p className="overdue-summary__total">
              {describeCounts(totals)}, in{' '}
              {departments.length === 1
                ? '1 department'
                : `${formatCount(departments.length)} departments`}
              .
            </p>
            <div className="table-scroll">
              <table className="kpi-table overdue-summary">
                <caption className="visually-hidden">
                  Outstanding periods of FY{shownYear} by department and state
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Department</th>
                    {outstandingStates.map((state) => (
                      <th key={state} scope="col" className="numeric">
                        {outstandingLabels[state]}
                      </th>
                    ))}
                    <th scope="col" className="numeric">
                      Outstanding
                    </th>
                    <th scope="col" className="numeric">
                      Overdue
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {departments.map(({ department, counts }) => (
                    <tr key={department.id}>
                      <th scope="row">
                        <a href={`#${departmentSectionId(department)}`}>{department.name}</a>
                      </th>
                      {outstandingStates.map((state) => (
                        <td key={state} className="numeric">
                          {formatCount(counts[state])}
                        </td>
                      ))}
                      <td className="numeric">{formatCount(counts.total)}</td>
                      <td className="numeric">{formatCount(counts.overdue)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Total</th>
                    {outstandingStates.map((state) => (
                      <td key={state} className="numeric">
                        {formatCount(totals[state])}
                      </td>
                    ))}
                    <td className="numeric">{formatCount(totals.total)}</td>
                    <td className="numeric">{formatCount(totals.overdue)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
          {departments.map(({ department, items }) => (
            <OverdueTable
              key={department.id}
              department={department}
              items={items}
              fiscalYearStartMonth={fiscalYearStartMonth}
            />
          ))}
        </>
      )}
    </>
  );
}
