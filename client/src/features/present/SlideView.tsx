import {
  formatDate,
  formatPeriod,
  formatShare,
  formatTarget,
  formatValue,
} from '@civicstat/shared';
import { StatusBadge } from '../../components/StatusBadge';
import { StatusDistribution } from '../../components/StatusDistribution';
import type { Slide } from './slides';

/** One slide, in type large enough to read from the back of the council chamber. */
export function SlideView({
  slide,
  headingId,
  fiscalYearStartMonth,
}: {
  slide: Slide;
  headingId: string;
  fiscalYearStartMonth: number;
}) {
  if (slide.kind === 'title') {
    const { plan } = slide;
    return (
      <div className="slide slide--title">
        <p className="slide__eyebrow">
          FY{plan.fiscalYear} · as of {formatDate(plan.asOf)}
        </p>
        <h1 id={headingId}>{plan.title}</h1>
        <p className="slide__vision">{plan.vision}</p>
        <p className="slide__share">
          <strong>{formatShare(plan.rollUp.shareOnTrack)}</strong> of KPIs on track
        </p>
        <StatusDistribution rollUp={plan.rollUp} />
      </div>
    );
  }
  const { goal, kpis, part, parts } = slide;
  return (
    <div className="slide">
      <header className="slide__header">
        <p className="slide__eyebrow">
          Goal {goal.number}
          {parts > 1 && ` · part ${part} of ${parts}`}
        </p>
        <h1 id={headingId}>{goal.title}</h1>
        <div className="slide__summary">
          <p className="slide__share">
            <strong>{formatShare(goal.rollUp.shareOnTrack)}</strong> on track
          </p>
          <StatusDistribution rollUp={goal.rollUp} />
        </div>
      </header>
      {kpis.length === 0 ? (
        <p className="slide__empty">No KPIs measure this goal yet.</p>
      ) : (
        <ul className="slide__kpis">
          {kpis.map((kpi) => {
            const latest = kpi.performance.latest;
            return (
              <li key={kpi.id} className="slide-kpi">
                <StatusBadge status={kpi.performance.status} size="large" />
                <span className="slide-kpi__name">{kpi.name}</span>
                <span className="slide-kpi__value">
                  {latest ? formatValue(latest.value, kpi, { withUnit: true }) : 'No data yet'}
                  {latest && (
                    <span className="slide-kpi__detail">
                      {formatPeriod(latest.periodStart, kpi.frequency, fiscalYearStartMonth)} ·
                      target {formatTarget(latest.target, kpi, { withUnit: true })}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
