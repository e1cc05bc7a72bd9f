/**
 * A cheap trend line for tables with hundreds of rows: one SVG path, no charting library.
 * Decorative for screen readers: the row around it gives the numbers in words.
 */
import './performance.css';

export interface SparklineProps {
  values: readonly number[];
  /** A value to draw as a dotted reference line (the current target), if any. */
  reference?: number | null;
  width?: number;
  height?: number;
}

export function Sparkline({ values, reference = null, width = 96, height = 28 }: SparklineProps) {
  if (values.length < 2) return <span className="sparkline sparkline--empty" aria-hidden="true" />;
  const all = reference === null ? values : [...values, reference];
  const low = Math.min(...all);
  const high = Math.max(...all);
  const spread = high - low || 1;
  const pad = 2;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (values.length - 1);
  const y = (v: number) => height - pad - ((v - low) * (height - 2 * pad)) / spread;
  const path = values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`)
    .join('');
  const last = values[values.length - 1] ?? 0;
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {reference !== null && (
        <line
          className="sparkline__target"
          x1={pad}
          x2={width - pad}
          y1={y(reference)}
          y2={y(reference)}
        />
      )}
      <path className="sparkline__line" d={path} />
      <circle className="sparkline__last" cx={x(values.length - 1)} cy={y(last)} r={2.2} />
    </svg>
  );
}
