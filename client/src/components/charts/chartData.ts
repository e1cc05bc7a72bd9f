/**
 * A KPI series turned into the rows the chart draws: positions in time, the target as a value
 * or a band, the at-risk band around it, and the fiscal-year-end projection. Pure, so it is
 * tested without a browser; KpiChart only hands the rows to Recharts.
 */
import {
  daysBetween,
  formatPeriod,
  formatTarget,
  monthsPerPeriod,
  parseYearMonth,
  formatValue,
  statusLabels,
  type KpiDirection,
  type KpiFrequency,
  type KpiStatus,
  type SeriesGranularity,
  type SeriesPoint,
  type TargetValue,
  type ValueFormat,
} from '@civicstat/shared';
import { lttb } from './lttb';

/** Where the fiscal year is heading: its value at `date` (the year's last day). */
export interface ChartProjection {
  date: string;
  value: number;
  status: KpiStatus;
  fiscalYear: number;
}

export interface ChartAnnotation {
  date: string;
  label: string;
}

export interface ChartRow {
  /** Milliseconds since the epoch of the period's first day (UTC midnight): the x position. */
  x: number;
  /** The series point, or undefined on the projection's own row at the fiscal year's end. */
  point?: SeriesPoint;
  value?: number;
  target?: number;
  /** A `range` KPI's band: [low, high]. */
  targetBand?: [number, number];
  /** Values that score "at risk" against the target: [low, high]. */
  riskBand?: [number, number];
  /** On the last point and on the year-end row: the dashed line between them. */
  projection?: number;
}

/** Charts stay readable and fast below about this many points; longer series are downsampled. */
export const MAX_CHART_POINTS = 300;

export const granularityFrequency: Record<SeriesGranularity, KpiFrequency | 'fy'> = {
  day: 'daily',
  month: 'monthly',
  quarter: 'quarterly',
  fy: 'fy',
};

export const granularityWords: Record<SeriesGranularity, string> = {
  day: 'day',
  month: 'month',
  quarter: 'quarter',
  fy: 'fiscal year',
};

export function dateToX(date: string): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

/**
 * The values that score "at risk" against a target (DESIGN.md §3): within `tolerance` below an
 * `increase` target, above a `decrease` target, or outside a `range`'s band. None for a target
 * of 0, which is met or missed.
 */
export function riskBandOf(
  target: TargetValue,
  direction: KpiDirection,
  tolerance: number,
): [number, number] | undefined {
  if (tolerance <= 0) return undefined;
  if ('low' in target) {
    const width = target.high > target.low ? target.high - target.low : Math.abs(target.low);
    if (width === 0) return undefined;
    return [target.low - tolerance * width, target.high + tolerance * width];
  }
  const t = target.value;
  if (t === 0) return undefined;
  if (direction === 'decrease') {
    // target / actual ≥ 1 − tolerance
    return [t, t > 0 && tolerance < 1 ? t / (1 - tolerance) : t + tolerance * Math.abs(t)];
  }
  return [t - tolerance * Math.abs(t), t];
}

export interface ChartInput {
  points: readonly SeriesPoint[];
  direction: KpiDirection;
  tolerance: number;
  projection?: ChartProjection | null;
  maxPoints?: number;
}

/** The rows to draw, downsampled (LTTB) past `maxPoints`, keeping every change of target. */
export function chartRows({
  points,
  direction,
  tolerance,
  projection,
  maxPoints = MAX_CHART_POINTS,
}: ChartInput): ChartRow[] {
  const kept = downsample(points, maxPoints);
  const rows: ChartRow[] = kept.map((point) => {
    const row: ChartRow = { x: dateToX(point.periodStart), point, value: point.value };
    if (point.target) {
      if ('value' in point.target) row.target = point.target.value;
      else row.targetBand = [point.target.low, point.target.high];
      row.riskBand = riskBandOf(point.target, direction, tolerance);
    }
    return row;
  });
  const last = rows.at(-1);
  if (projection && last && dateToX(projection.date) > last.x) {
    last.projection = last.value;
    rows.push({ x: dateToX(projection.date), projection: projection.value });
  }
  return rows;
}

function sameTarget(a: TargetValue | null, b: TargetValue | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function downsample(points: readonly SeriesPoint[], maxPoints: number): readonly SeriesPoint[] {
  if (points.length <= maxPoints) return points;
  const sampled = new Set(
    lttb(
      points,
      maxPoints,
      (p) => dateToX(p.periodStart),
      (p) => p.value,
    ),
  );
  // The target's steps must stay where they are: keep each point where the target changes.
  return points.filter(
    (point, i) =>
      sampled.has(point) || (i > 0 && !sameTarget(point.target, points[i - 1]?.target ?? null)),
  );
}

/**
 * The x positions to label: every point when there are few, otherwise the starts of quarters
 * or fiscal years, thinned to at most `max`.
 */
export function tickPositions(
  points: readonly SeriesPoint[],
  fiscalYearStartMonth: number,
  max = 12,
): number[] {
  const starts = points.map((p) => p.periodStart);
  const monthOffset = (date: string) => (Number(date.slice(5, 7)) - fiscalYearStartMonth + 12) % 12;
  const firstOfMonth = (date: string) => date.endsWith('-01');
  const candidates = [
    starts,
    starts.filter((d) => firstOfMonth(d) && monthOffset(d) % 3 === 0),
    starts.filter((d) => firstOfMonth(d) && monthOffset(d) === 0),
  ];
  const chosen = candidates.find((list) => list.length > 0 && list.length <= max);
  let ticks = chosen ?? candidates.findLast((list) => list.length > 0) ?? starts;
  if (ticks.length > max) {
    const step = Math.ceil(ticks.length / max);
    ticks = ticks.filter((_, i) => i % step === 0);
  }
  return ticks.map(dateToX);
}

export interface SeriesDescription {
  granularity: SeriesGranularity;
  fiscalYearStartMonth: number;
  format: ValueFormat;
  /** The KPI's own frequency: a combined period holding fewer of its values says so. */
  frequency?: KpiFrequency;
}

const ownGranularity: Record<KpiFrequency, SeriesGranularity> = {
  daily: 'day',
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'fy',
};

const periodNouns: Record<KpiFrequency, readonly [string, string]> = {
  daily: ['day', 'days'],
  monthly: ['month', 'months'],
  quarterly: ['quarter', 'quarters'],
  annual: ['year', 'years'],
};

/**
 * For a quarter or fiscal year combined from fewer of the KPI's values than it holds (the
 * current quarter, a month not reported), how many: "1 of 3 months". A sum over one month of
 * three would otherwise read as a collapse. Null for a whole period or the KPI's own periods.
 */
export function partialNote(
  point: SeriesPoint,
  { granularity, frequency }: SeriesDescription,
): string | null {
  if (!frequency || ownGranularity[frequency] === granularity) return null;
  const months = (date: string) => {
    const { year, month } = parseYearMonth(date);
    return year * 12 + month;
  };
  const whole =
    frequency === 'daily'
      ? daysBetween(point.periodStart, point.periodEnd) + 1
      : (months(point.periodEnd) - months(point.periodStart) + 1) / monthsPerPeriod[frequency];
  if (point.periods >= whole) return null;
  const [one, many] = periodNouns[frequency];
  return `${point.periods} of ${whole} ${whole === 1 ? one : many}`;
}

/** A point's period in words: "Oct 2026", "FY2027 Q2", "FY2027". */
export function periodLabel(
  point: SeriesPoint,
  { granularity, fiscalYearStartMonth }: SeriesDescription,
) {
  return formatPeriod(point.periodStart, granularityFrequency[granularity], fiscalYearStartMonth);
}

/**
 * What the chart shows, in a sentence or two, for its caption and its accessible name:
 * "Monthly values from Jul 2024 to Oct 2026 against the target. Latest, Oct 2026: 12 days
 * (Off track; target 10 days)."
 */
export function describeSeries(
  points: readonly SeriesPoint[],
  description: SeriesDescription,
): string {
  const first = points[0];
  const last = points.at(-1);
  const per = granularityWords[description.granularity];
  if (!first || !last) return `No values by ${per} in this range yet.`;
  const span =
    first === last
      ? `One value by ${per}, ${periodLabel(first, description)}`
      : `Values by ${per} from ${periodLabel(first, description)} to ${periodLabel(last, description)}`;
  const target = last.target
    ? `target ${formatTarget(last.target, description.format, { withUnit: true })}`
    : 'no target';
  const latest = `${formatValue(last.value, description.format, { withUnit: true })} (${statusLabels[last.status]}; ${target})`;
  const partial = partialNote(last, description);
  return `${span}, against the target. Latest, ${periodLabel(last, description)}${partial ? ` (${partial})` : ''}: ${latest}.`;
}

/** 1, 2, 2.5 or 5 times a power of ten: the step between value ticks. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const scaled = rough / power;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The value axis: round ticks around everything drawn (values, targets, bands, projection),
 * not from 0, so that small changes stay visible; never below 0 when nothing is negative.
 */
export function valueTicks(rows: readonly ChartRow[], count = 5): number[] {
  const drawn = rows.flatMap((row) => [
    row.value,
    row.target,
    row.projection,
    ...(row.targetBand ?? []),
    ...(row.riskBand ?? []),
  ]);
  const values = drawn.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (values.length === 0) return [0, 1];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    const spread = Math.abs(low) || 1;
    low -= spread / 2;
    high += spread / 2;
  }
  const step = niceStep((high - low) / (count - 1));
  let first = Math.floor(low / step) * step;
  if (low >= 0 && first < 0) first = 0;
  const ticks: number[] = [];
  // Rounded, so that 0.1 + 0.2 does not print as 0.30000000000000004.
  for (let tick = first; tick < high + step; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}
