import {
  directionLabels,
  formatDate,
  formatValue,
  frequencyLabels,
  type KpiDetail,
} from '@civicstat/shared';
import { Link } from 'react-router';

/** How the KPI is measured and who answers for it, and the events that explain its history. */
export function KpiAbout({ kpi }: { kpi: KpiDetail }) {
  const annotations = [...kpi.annotations].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <>
      <section aria-labelledby="kpi-events-heading" className="kpi-section">
        <h2 id="kpi-events-heading">Events</h2>
        {annotations.length === 0 ? (
          <p>No events have been noted for this KPI.</p>
        ) : (
          <ul className="kpi-events" role="list">
            {annotations.map((annotation) => (
              <li key={annotation.id}>
                <time dateTime={annotation.date}>{formatDate(annotation.date)}</time>
                {': '}
                <strong>{annotation.label}</strong>
                {annotation.kpiId === null && (
                  <span className="kpi-events__scope"> (city-wide)</span>
                )}
                {annotation.description && <p>{annotation.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="kpi-about-heading" className="kpi-section">
        <h2 id="kpi-about-heading">About this KPI</h2>
        <dl className="kpi-about">
          <dt>Methodology</dt>
          <dd>{kpi.methodology || 'Not described yet.'}</dd>
          <dt>Data source</dt>
          <dd>{kpi.dataSource || 'Not stated yet.'}</dd>
          <dt>Owner</dt>
          <dd>{kpi.owner || 'Not assigned yet.'}</dd>
          <dt>Department</dt>
          <dd>{kpi.department.name}</dd>
          <dt>Reported</dt>
          <dd>{frequencyLabels[kpi.frequency]}</dd>
          <dt>Direction</dt>
          <dd>
            {directionLabels[kpi.direction]}; at risk within{' '}
            {formatValue(kpi.tolerance, { displayFormat: 'percent', unit: '%' })} of the target
          </dd>
          <dt>Goal and objective</dt>
          <dd>
            {kpi.goal && kpi.objective ? (
              <>
                <Link to={`/goals/${kpi.goal.number}`}>
                  Goal {kpi.goal.number}: {kpi.goal.title}
                </Link>
                <br />
                Objective {kpi.goal.number}.{kpi.objective.number}: {kpi.objective.title}
              </>
            ) : (
              'An operational KPI, outside the strategic plan’s goals'
            )}
          </dd>
          <dt>Code</dt>
          <dd>{kpi.code}</dd>
        </dl>
      </section>
    </>
  );
}
