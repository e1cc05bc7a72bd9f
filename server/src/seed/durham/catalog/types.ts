/**
 * The shape of one demo KPI: its definition as stored, plus the profile its made-up history is
 * generated from. Percentages are stored as fractions (0.87 means 87%) so that a ratio KPI's
 * value is exactly numerator / denominator and fiscal-year roll-ups are Σ numerator / Σ denominator.
 */
import type {
  DisplayFormat,
  KpiAggregation,
  KpiDirection,
  MonthBasedFrequency,
} from '@civicstat/shared';
import type { DepartmentCode } from '../departments';

/** Where the KPI's latest value lands against this fiscal year's target. */
export type Outlook = 'on_track' | 'at_risk' | 'off_track';

/** Something that moved the series: a closure, a new system, a staffing gap. */
export interface SeriesEvent {
  /** First month affected, YYYY-MM-01. */
  from: string;
  /** Relative change at full strength: -0.3 is 30% lower. */
  effect: number;
  /** Months to reach full strength (default 1: at once). */
  rampMonths?: number;
  /** Months to fade back to normal after full strength; omitted, the change lasts. */
  recoverMonths?: number;
  /** Commentary for the first period the event touches. */
  note?: string;
}

/** A smooth path with trend, seasonality, events and noise. */
export interface PathProfile {
  /** The typical value of one period in July 2016: a quarter's total for a quarterly `sum`, a fraction for a percentage. */
  level: number;
  /** Relative change per year: 0.03 is 3% a year. */
  trend?: number;
  /** Seasonal swing as a share of the level, highest in `peakMonth` (calendar month, 1..12). */
  amplitude?: number;
  peakMonth?: number;
  /** Standard deviation of the period-to-period noise, as a share of the value. */
  noise?: number;
  events?: readonly SeriesEvent[];
}

export interface SeriesProfile extends PathProfile {
  /** Decimals the value is stored with (ratio values are numerator / denominator). */
  decimals?: number;
  /** Ratio KPIs: what is counted in the denominator each period (cases, calls, tons). */
  volume?: PathProfile & { decimals?: number };
  /** Ratio KPIs: decimals of the numerator (0 for counts, 2 for dollars). */
  numeratorDecimals?: number;
  /** Range KPIs: the band the value should stay inside, the same every fiscal year. */
  band?: { low: number; high: number };
  /** Range KPIs: which side of the band an at-risk or off-track value strays to. */
  strays?: 'above' | 'below';
}

export interface KpiDefinition {
  code: string;
  name: string;
  description: string;
  department: DepartmentCode;
  /** "goal.objective", e.g. "1.4"; null for an operational KPI outside the plan. */
  objective: string | null;
  unit: string;
  format: DisplayFormat;
  direction: KpiDirection;
  /** The history is generated month by month (series.ts), so no demo KPI is daily. */
  frequency: MonthBasedFrequency;
  aggregation: KpiAggregation;
  tolerance?: number;
  /** Defaults: 0..1 for percentages, at least 0 for everything else. */
  min?: number | null;
  max?: number | null;
  /** Defaults to true. */
  isPublic?: boolean;
  dataSource: string;
  methodology: string;
  /** Defaults to the department's owner. */
  owner?: string;
  /** First day of service, when later than the plan's start (the DSC opened 2017-04-03). */
  startsOn?: string;
  series: SeriesProfile;
  outlook: Outlook;
  /** Commentary for the latest periods when the KPI is behind: why, and what is being done. */
  story?: { why: string; action: string };
}
