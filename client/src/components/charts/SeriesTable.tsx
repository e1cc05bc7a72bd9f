import { formatTarget, formatValue, statusLabels, type SeriesPoint } from '@civicstat/shared';
import { StatusIcon } from '../StatusIcon';
import { partialNote, periodLabel, type SeriesDescription } from './chartData';

/** The chart's numbers as a table, one row per period, oldest first like the chart. */
export function SeriesTable({
  points,
  description,
  caption,
}: {
  points: readonly SeriesPoint[];
  description: SeriesDescription;
  caption: string;
}) {
  const { format } = description;
  return (
    <div className="table-scroll series-table">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" className="numeric">
              Value
            </th>
            <th scope="col" className="numeric">
              Target
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => {
            const partial = partialNote(point, description);
            return (
              <tr key={point.periodStart}>
                <th scope="row">
                  {periodLabel(point, description)}
                  {partial && <span className="cell-note">{partial}</span>}
                </th>
                <td className="numeric">{formatValue(point.value, format, { withUnit: true })}</td>
                <td className="numeric">
                  {formatTarget(point.target, format, { withUnit: true })}
                </td>
                <td>
                  <span className="series-table__status">
                    <StatusIcon status={point.status} size={14} />
                    {statusLabels[point.status]}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
