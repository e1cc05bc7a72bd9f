import type { SeriesPoint } from '@civicstat/shared';

/** The department's notes on each period, newest first. */
export function CommentaryTimeline({
  points,
  labelOf,
}: {
  points: readonly SeriesPoint[];
  labelOf: (point: SeriesPoint) => string;
}) {
  const notes = points.filter((point) => point.note.trim() !== '').reverse();
  if (notes.length === 0) {
    return <p>No commentary for the periods shown. Choose a longer range to see older notes.</p>;
  }
  return (
    <ol className="commentary" role="list">
      {notes.map((point) => (
        <li key={point.periodStart} className="commentary__item">
          <p className="commentary__period">
            <time dateTime={point.periodStart}>{labelOf(point)}</time>
          </p>
          <p className="commentary__note">{point.note}</p>
        </li>
      ))}
    </ol>
  );
}
