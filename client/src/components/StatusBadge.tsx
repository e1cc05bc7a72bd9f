import { statusLabels, type KpiStatus } from '@civicstat/shared';
import { StatusIcon } from './StatusIcon';

/** A KPI's status as icon and words; colour only repeats what both already say. */
export function StatusBadge({
  status,
  size = 'normal',
}: {
  status: KpiStatus;
  size?: 'normal' | 'large';
}) {
  return (
    <span className={`status-badge status-badge--${status} status-badge--${size}`}>
      <StatusIcon status={status} size={size === 'large' ? 24 : 16} />
      {statusLabels[status]}
    </span>
  );
}
