/** SQL fragments the staff workspaces' reads share. */
import type { MeasurementView } from './storedMeasurements';

const userRef = (column: string) =>
  `(select json_build_object('id', u.id, 'name', u.name, 'email', u.email)
      from users u where u.id = ${column})`;

/**
 * The measurement under `alias` as one JSON object shaped like a MeasurementView (null when the
 * left join found none), for presentMeasurement. json_build_object writes numeric as a number,
 * date as YYYY-MM-DD and timestamptz as ISO 8601.
 */
export function measurementJson(alias: string): string {
  const m = alias;
  return `case when ${m}.id is null then null else json_build_object(
      'id', ${m}.id, 'kpi_id', ${m}.kpi_id, 'period_start', ${m}.period_start,
      'value', ${m}.value, 'numerator', ${m}.numerator, 'denominator', ${m}.denominator,
      'note', ${m}.note, 'state', ${m}.state, 'review_comment', ${m}.review_comment,
      'version', ${m}.version, 'entered_at', ${m}.entered_at, 'submitted_at', ${m}.submitted_at,
      'reviewed_at', ${m}.reviewed_at, 'entered_by', ${userRef(`${m}.entered_by`)},
      'submitted_by', ${userRef(`${m}.submitted_by`)}, 'reviewed_by', ${userRef(`${m}.reviewed_by`)}
    ) end`;
}

/** A measurement as measurementJson reads it back (timestamps as ISO strings, which presentMeasurement takes). */
export type MeasurementJson = MeasurementView;

/** The length of one period of the KPI frequency in `column`, as an interval. */
export function periodLength(column: string): string {
  return `case ${column} when 'daily' then interval '1 day' when 'monthly' then interval '1 month'
    when 'quarterly' then interval '3 months' else interval '1 year' end`;
}

/** The year-level target (`yt`) and period override (`ot`) columns a targets join selects. */
export const targetColumns = `yt.target as year_target, yt.target_low as year_target_low,
  yt.target_high as year_target_high, ot.target as override_target,
  ot.target_low as override_target_low, ot.target_high as override_target_high`;

/** Left joins of the year's target (`yt`) and the period's override (`ot`) of KPI `k`. */
export function targetJoins(fiscalYear: string, periodStart: string): string {
  return `
    left join kpi_targets yt on yt.kpi_id = k.id and yt.fiscal_year = ${fiscalYear}
                            and yt.period_start is null
    left join kpi_targets ot on ot.kpi_id = k.id and ot.fiscal_year = ${fiscalYear}
                            and ot.period_start = ${periodStart}`;
}

export interface TargetColumns {
  year_target: number | null;
  year_target_low: number | null;
  year_target_high: number | null;
  override_target: number | null;
  override_target_low: number | null;
  override_target_high: number | null;
}
