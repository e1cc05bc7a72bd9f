import {
  formatCount,
  statusLabels,
  statusSeverity,
  type KpiStatus,
  type RollUp,
} from '@civicstat/shared';
import { StatusIcon } from './StatusIcon';

const order = (Object.keys(statusSeverity) as KpiStatus[]).sort(
  (a, b) => statusSeverity[b] - statusSeverity[a],
);

/** How many KPIs have each status: a bar for the eye, and the same counts in words beside it. */
export function StatusDistribution({ rollUp }: { rollUp: RollUp }) {
  const shown = order.filter((status) => rollUp.counts[status] > 0);
  return (
    <div className="status-distribution">
      <div className="status-bar" aria-hidden="true">
        {shown.map((status) => (
          <span
            key={status}
            className={`status-bar__segment status-bar__segment--${status}`}
            style={{ flexGrow: rollUp.counts[status] }}
          />
        ))}
      </div>
      <ul className="status-legend">
        {shown.map((status) => (
          <li key={status}>
            <StatusIcon status={status} size={14} />
            {formatCount(rollUp.counts[status])} {statusLabels[status].toLowerCase()}
          </li>
        ))}
        {shown.length === 0 && <li>No KPIs yet</li>}
      </ul>
    </div>
  );
}
