import { formatShare } from '@civicstat/shared';

export interface SharePoint {
  fiscalYear: number;
  /** Null when no KPI had a status that year. */
  share: number | null;
}

/**
 * The share of KPIs on track at the end of each fiscal year, as small columns. The columns are
 * decorative; a visually hidden table gives screen readers the same numbers.
 */
export function ShareHistory({ points, label }: { points: SharePoint[]; label: string }) {
  if (points.length === 0) return null;
  const width = 112;
  const height = 36;
  const gap = 3;
  const barWidth = (width - gap * (points.length - 1)) / points.length;
  return (
    <div className="share-history">
      <svg
        className="share-history__chart"
        width={width}
        height={height + 12}
        viewBox={`0 0 ${width} ${height + 12}`}
        aria-hidden="true"
        focusable="false"
      >
        {points.map((point, i) => {
          const x = i * (barWidth + gap);
          const barHeight = point.share === null ? 0 : Math.max(1, point.share * height);
          return (
            <g key={point.fiscalYear}>
              <rect className="share-history__track" x={x} y={0} width={barWidth} height={height} />
              <rect
                className="share-history__bar"
                x={x}
                y={height - barHeight}
                width={barWidth}
                height={barHeight}
              />
              <text className="share-history__year" x={x + barWidth / 2} y={height + 10}>
                {String(point.fiscalYear).slice(2)}
              </text>
            </g>
          );
        })}
      </svg>
      {/* Wrapped: a table ignores the 1px width that hides other elements. */}
      <div className="visually-hidden">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Fiscal year</th>
              <th scope="col">Share on track</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.fiscalYear}>
                <th scope="row">FY{point.fiscalYear}</th>
                <td>{formatShare(point.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
