import type { SeriesGranularity } from '@civicstat/shared';
import { useId } from 'react';
import { granularityWords } from '../../components/charts/chartData';
import { rangeLabel, seriesRangeKeys, type SeriesRangeKey, type SeriesView } from './seriesView';

/** The range and granularity of the chart, as native selects (keyboard and screen readers for free). */
export function SeriesControls({
  view,
  granularities,
  currentFiscalYear,
}: {
  view: SeriesView;
  granularities: readonly SeriesGranularity[];
  currentFiscalYear: number;
}) {
  const rangeId = useId();
  const granularityId = useId();
  return (
    <div className="series-controls">
      <div className="series-controls__field">
        <label htmlFor={rangeId}>Show</label>
        <select
          id={rangeId}
          value={view.range}
          onChange={(event) => view.setRange(event.target.value as SeriesRangeKey)}
        >
          {seriesRangeKeys.map((key) => (
            <option key={key} value={key}>
              {rangeLabel(key, currentFiscalYear)}
            </option>
          ))}
        </select>
      </div>
      {granularities.length > 1 && (
        <div className="series-controls__field">
          <label htmlFor={granularityId}>Values by</label>
          <select
            id={granularityId}
            value={view.granularity}
            onChange={(event) => view.setGranularity(event.target.value as SeriesGranularity)}
          >
            {granularities.map((granularity) => (
              <option key={granularity} value={granularity}>
                {granularityWords[granularity]}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
