import { formatShare } from '@civicstat/shared';

/**
 * How the share on track moved since the previous fiscal year's end, in percentage points, with
 * an arrow; more KPIs on track is always better.
 */
export function ShareChange({
  current,
  previous,
  previousYear,
}: {
  current: number | null;
  previous: number | null | undefined;
  previousYear: number;
}) {
  if (current === null || previous === null || previous === undefined) {
    return <span className="trend trend--none">No comparison with FY{previousYear}</span>;
  }
  const points = Math.round((current - previous) * 100);
  const label = points > 0 ? 'improving' : points < 0 ? 'worsening' : 'flat';
  const arrow = points > 0 ? '↑' : points < 0 ? '↓' : '→';
  const words =
    points === 0
      ? `Same as FY${previousYear} (${formatShare(previous)})`
      : `${points > 0 ? 'Up' : 'Down'} ${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'} from FY${previousYear} (${formatShare(previous)})`;
  return (
    <span className={`trend trend--${label}`}>
      <span aria-hidden="true" className="trend__arrow">
        {arrow}
      </span>
      {words}
    </span>
  );
}
