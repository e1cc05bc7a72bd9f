/**
 * The one Recharts wrapper: a KPI's actual values against its target over time. Loaded lazily
 * (see KpiFigure), so pages without a chart never download Recharts.
 */
import {
  formatDate,
  formatTarget,
  formatValue,
  statusLabels,
  type KpiDirection,
  type KpiFrequency,
  type SeriesGranularity,
  type SeriesPoint,
  type ValueFormat,
} from '@civicstat/shared';
import { useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
} from 'recharts';
import { StatusIcon } from '../StatusIcon';
import { chartColours } from './chartColours';
import {
  chartRows,
  dateToX,
  partialNote,
  periodLabel,
  tickPositions,
  type ChartAnnotation,
  type ChartProjection,
  type ChartRow,
  type SeriesDescription,
  valueTicks,
} from './chartData';

export interface KpiChartProps {
  points: readonly SeriesPoint[];
  granularity: SeriesGranularity;
  /** The KPI's own frequency, so that a partly reported quarter or year says so. */
  frequency?: KpiFrequency;
  format: ValueFormat;
  direction: KpiDirection;
  tolerance: number;
  fiscalYearStartMonth: number;
  annotations?: readonly ChartAnnotation[];
  projection?: ChartProjection | null;
  /** The chart's accessible name, and the sentence that sums it up. */
  title: string;
  summary: string;
  height?: number;
}

export default function KpiChart({
  points,
  granularity,
  frequency,
  format,
  direction,
  tolerance,
  fiscalYearStartMonth,
  annotations = [],
  projection = null,
  title,
  summary,
  height = 320,
}: KpiChartProps) {
  const rows = useMemo(
    () => chartRows({ points, direction, tolerance, projection }),
    [points, direction, tolerance, projection],
  );
  const description: SeriesDescription = { granularity, fiscalYearStartMonth, format, frequency };
  // The projection runs to the fiscal year's end: a tick there says how far it reaches.
  const projectionX = rows.at(-1)?.point ? undefined : rows.at(-1)?.x;
  const ticks = useMemo(
    () => [
      ...tickPositions(points, fiscalYearStartMonth),
      ...(projectionX === undefined ? [] : [projectionX]),
    ],
    [points, fiscalYearStartMonth, projectionX],
  );
  const yTicks = useMemo(() => valueTicks(rows), [rows]);
  const labelOf = new Map(rows.flatMap((row) => (row.point ? [[row.x, row.point]] : [])));
  const first = rows[0]?.x ?? 0;
  const last = rows.at(-1)?.x ?? 0;
  const shownAnnotations = annotations.filter((a) => {
    const x = dateToX(a.date);
    return x >= first && x <= last;
  });
  const hasBand = rows.some((row) => row.targetBand);
  const showDots = points.length <= 60;

  return (
    <ComposedChart
      responsive
      width="100%"
      height={height}
      data={rows}
      margin={{ top: 8 + 16 * Math.min(shownAnnotations.length, 3), right: 16, bottom: 8, left: 8 }}
      role="img"
      title={title}
      desc={summary}
      className="kpi-chart"
    >
      <CartesianGrid stroke={chartColours.grid} vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        ticks={ticks}
        tickFormatter={(x: number) => {
          const point = labelOf.get(x);
          if (point) return periodLabel(point, description);
          return x === projectionX && projection ? `FY${projection.fiscalYear} end` : '';
        }}
        tick={{ fill: chartColours.text, fontSize: 13 }}
        stroke={chartColours.annotation}
        minTickGap={12}
      />
      <YAxis
        domain={[yTicks[0] ?? 0, yTicks.at(-1) ?? 1]}
        ticks={yTicks}
        allowDataOverflow
        width={72}
        tickFormatter={(value: number) => formatValue(value, format, { compact: true })}
        tick={{ fill: chartColours.text, fontSize: 13 }}
        stroke={chartColours.annotation}
      />
      <Area
        dataKey="riskBand"
        type="stepAfter"
        stroke="none"
        fill={chartColours.riskBand}
        fillOpacity={1}
        isAnimationActive={false}
        activeDot={false}
        connectNulls
      />
      {hasBand && (
        <Area
          dataKey="targetBand"
          type="stepAfter"
          stroke={chartColours.targetBandEdge}
          fill={chartColours.targetBand}
          fillOpacity={1}
          isAnimationActive={false}
          activeDot={false}
          connectNulls
        />
      )}
      {!hasBand && (
        <Line
          dataKey="target"
          type="stepAfter"
          stroke={chartColours.target}
          strokeWidth={1.5}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
          connectNulls
        />
      )}
      {shownAnnotations.map((annotation, index) => (
        <ReferenceLine
          key={`${annotation.date}-${annotation.label}`}
          x={dateToX(annotation.date)}
          stroke={chartColours.annotation}
          strokeDasharray="3 3"
          label={<AnnotationLabel text={annotation.label} row={index % 3} />}
        />
      ))}
      <Line
        dataKey="projection"
        stroke={chartColours.projection}
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        activeDot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="value"
        stroke={chartColours.actual}
        strokeWidth={2.5}
        dot={showDots ? { r: 3, fill: chartColours.actual, strokeWidth: 0 } : false}
        activeDot={{ r: 5 }}
        isAnimationActive={false}
      />
      <Tooltip
        content={({ active, payload }) => (
          <ChartTooltip
            active={active}
            row={payload?.[0]?.payload as ChartRow | undefined}
            description={description}
            projection={projection}
          />
        )}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}

/** An annotation's label at the top of its line, on one of three rows so that close ones do not overlap. */
function AnnotationLabel({
  text,
  row,
  viewBox,
}: {
  text: string;
  row: number;
  viewBox?: { x?: number; y?: number };
}) {
  const plot = usePlotArea();
  const x = viewBox?.x ?? 0;
  // Near the right edge the label runs leftwards from its line.
  const leftwards = plot ? x > plot.x + plot.width * 0.65 : false;
  return (
    <text
      x={x + (leftwards ? -4 : 4)}
      y={(plot?.y ?? 0) - 6 - 16 * row}
      textAnchor={leftwards ? 'end' : 'start'}
      fill={chartColours.text}
      fontSize={12}
    >
      {text}
    </text>
  );
}

function ChartTooltip({
  active,
  row,
  description,
  projection,
}: {
  active: boolean | undefined;
  row: ChartRow | undefined;
  description: SeriesDescription;
  projection: ChartProjection | null;
}) {
  if (!active || !row) return null;
  const { format } = description;
  if (!row.point) {
    if (!projection) return null;
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip__period">
          FY{projection.fiscalYear} projection (to {formatDate(projection.date, { short: true })})
        </p>
        <p>{formatValue(projection.value, format, { withUnit: true })}</p>
        <p className="chart-tooltip__status">
          <StatusIcon status={projection.status} size={14} /> {statusLabels[projection.status]}
        </p>
      </div>
    );
  }
  const { point } = row;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__period">
        {periodLabel(point, description)}
        {partialNote(point, description) && ` (${partialNote(point, description)})`}
      </p>
      <dl>
        <dt>Actual</dt>
        <dd>{formatValue(point.value, format, { withUnit: true })}</dd>
        <dt>Target</dt>
        <dd>{formatTarget(point.target, format, { withUnit: true })}</dd>
      </dl>
      <p className="chart-tooltip__status">
        <StatusIcon status={point.status} size={14} /> {statusLabels[point.status]}
      </p>
    </div>
  );
}
