/**
 * The shared fiscal rules for one reading, with the start month of the city's fiscal year. The
 * date rules are cheap (a few hundred nanoseconds) and a series asks them for hundreds of
 * different periods, so they are asked directly; the answers worth keeping are the few a whole
 * plan of KPIs shares: periods per fiscal year (asked for every point; a daily KPI's count parses
 * the year's dates), by a number rather than a string built for each question, and staleness
 * (four date rules, once per KPI).
 */
import {
  fiscalYearOf,
  isStale,
  kpiFrequencies,
  periodEndOf,
  periodIndexInFiscalYear,
  periodsPerFiscalYear,
  type KpiFrequency,
} from '@civicstat/shared';

const frequencyIndex = new Map(kpiFrequencies.map((frequency, index) => [frequency, index]));

export class FiscalCalendar {
  /** By fiscal year × frequency. */
  private readonly periodCounts = new Map<number, number>();
  private readonly staleness = new Map<string, boolean>();

  constructor(readonly fiscalYearStartMonth: number) {}

  fiscalYearOf(date: string): number {
    return fiscalYearOf(date, this.fiscalYearStartMonth);
  }

  periodsPerFiscalYear(fiscalYear: number, frequency: KpiFrequency): number {
    const key = fiscalYear * kpiFrequencies.length + (frequencyIndex.get(frequency) ?? NaN);
    const known = this.periodCounts.get(key);
    if (known !== undefined) return known;
    // A rule that throws (an unknown frequency included) is not remembered.
    const count = periodsPerFiscalYear(fiscalYear, frequency, this.fiscalYearStartMonth);
    this.periodCounts.set(key, count);
    return count;
  }

  periodIndexInFiscalYear(periodStart: string, frequency: KpiFrequency): number {
    return periodIndexInFiscalYear(periodStart, frequency, this.fiscalYearStartMonth);
  }

  periodEndOf(periodStart: string, frequency: KpiFrequency): string {
    return periodEndOf(periodStart, frequency, this.fiscalYearStartMonth);
  }

  /** Whether a KPI whose latest value is for `latestPeriodStart` is stale on `asOf`. */
  isStale(latestPeriodStart: string | null, frequency: KpiFrequency, asOf: string): boolean {
    const key = `${latestPeriodStart} ${frequency} ${asOf}`;
    const known = this.staleness.get(key);
    if (known !== undefined) return known;
    const stale = isStale({
      latestPeriodStart,
      frequency,
      asOf,
      fiscalYearStartMonth: this.fiscalYearStartMonth,
    });
    this.staleness.set(key, stale);
    return stale;
  }
}
