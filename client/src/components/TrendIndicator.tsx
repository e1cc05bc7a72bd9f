import { trendWords, type Trend } from '@civicstat/shared';
import './performance.css';

/** An arrow for which way the numbers move, and a word for whether that is good for the KPI. */
export function TrendIndicator({ trend }: { trend: Trend | null }) {
  if (!trend) return <span className="trend trend--none">Not enough data</span>;
  const arrow = trend.label === 'flat' || trend.slope === 0 ? '→' : trend.slope > 0 ? '↗' : '↘';
  return (
    <span className={`trend trend--${trend.label}`}>
      <span aria-hidden="true" className="trend__arrow">
        {arrow}
      </span>
      {trendWords[trend.label]}
    </span>
  );
}
