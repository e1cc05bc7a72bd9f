/** One department's outstanding periods: each KPI's period, when it was due, where it stands. */
import {
  formatDate,
  formatPeriod,
  type OverdueReport,
  type OutstandingState,
  type OverdueItem,
} from '@civicstat/shared';
import { Link } from 'react-router';
import { countsOf, describeCounts } from './overdueCounts';

type Department = OverdueReport['departments'][number]['department'];

export const outstandingLabels: Record<OutstandingState, string> = {
  missing: 'Missing',
  draft: 'Draft',
  returned: 'Returned',
  submitted: 'Submitted',
};

export const departmentSectionId = (department: Department) =>
  `overdue-department-${department.id}`;

export function OverdueTable({
  department,
  items,
  fiscalYearStartMonth,
}: {
  department: Department;
  items: readonly OverdueItem[];
  fiscalYearStartMonth: number;
}) {
  const headingId = departmentSectionId(department);
  return (
    <section className="overdue-department" aria-labelledby={headingId}>
      <h2 id={headingId} className="overdue-department__title">
        {department.name}
      </h2>
      <p className="overdue-department__counts">{describeCounts(countsOf(items))}</p>
      <div className="table-scroll">
        <table className="kpi-table overdue-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">KPI</th>
              <th scope="col">Period</th>
              <th scope="col">Due</th>
              <th scope="col">State</th>
              <th scope="col">Overdue</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.kpi.id}-${item.periodStart}`}>
                <th scope="row">
                  <span className="kpi-table__name">
                    <Link to={`/kpis/${item.kpi.id}`}>{item.kpi.name}</Link>
                  </span>
                  <span className="kpi-table__code">{item.kpi.code}</span>
                </th>
                <td>{formatPeriod(item.periodStart, item.kpi.frequency, fiscalYearStartMonth)}</td>
                <td>{formatDate(item.due)}</td>
                <td>
                  <span className={`outstanding-state outstanding-state--${item.state}`}>
                    {outstandingLabels[item.state]}
                  </span>
                </td>
                <td>
                  {item.overdue ? (
                    <strong className="overdue-flag">
                      <span aria-hidden="true">! </span>Yes
                    </strong>
                  ) : (
                    'No'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
