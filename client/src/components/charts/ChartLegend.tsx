import { chartColours } from './chartColours';

/** What each mark of the chart means; drawn with the same strokes, so it reads without colour too. */
export function ChartLegend({
  band,
  riskBand,
  projection,
  annotations,
}: {
  /** A `range` KPI: the target is a band, not a line. */
  band: boolean;
  riskBand: boolean;
  projection: boolean;
  annotations: boolean;
}) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      <li>
        <svg width="28" height="12" aria-hidden="true" focusable="false">
          <line x1="1" y1="6" x2="27" y2="6" stroke={chartColours.actual} strokeWidth="2.5" />
          <circle cx="14" cy="6" r="3" fill={chartColours.actual} />
        </svg>
        Actual
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true" focusable="false">
          {band ? (
            <rect
              x="1"
              y="1"
              width="26"
              height="10"
              fill={chartColours.targetBand}
              stroke={chartColours.targetBandEdge}
            />
          ) : (
            <path d="M1 9h12V3h14" fill="none" stroke={chartColours.target} strokeWidth="1.5" />
          )}
        </svg>
        {band ? 'Target range' : 'Target'}
      </li>
      {riskBand && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <rect x="1" y="1" width="26" height="10" fill={chartColours.riskBand} />
          </svg>
          At risk (within tolerance of the target)
        </li>
      )}
      {projection && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line
              x1="1"
              y1="6"
              x2="27"
              y2="6"
              stroke={chartColours.projection}
              strokeWidth="2"
              strokeDasharray="6 4"
            />
          </svg>
          Projection to the fiscal year’s end
        </li>
      )}
      {annotations && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line
              x1="14"
              y1="0"
              x2="14"
              y2="12"
              stroke={chartColours.annotation}
              strokeDasharray="3 3"
            />
          </svg>
          Event
        </li>
      )}
    </ul>
  );
}
