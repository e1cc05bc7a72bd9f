/**
 * The shared fiscal rules for one reading, each answer remembered by its arguments. A reading
 * of hundreds of KPIs asks the same few questions again and again (most share their latest
 * period, their frequency and the fiscal year), and every answer parses dates anew.
 */
import {
  fiscalYearOf,
  isStale,
  periodEndOf,
  periodIndexInFiscalYear,
  periodsPerFiscalYear,
  type KpiFrequency,
} from '@civicstat/shared';

export class FiscalCalendar {
  private readonly answers = new Map<string, number | string | boolean>();

  constructor(readonly fiscalYearStartMonth: number) {}

  /** A rule's answer, computed once per key; a rule that throws is not remembered. */
  private remember<T extends number | string | boolean>(key: string, rule: () => T): T {
    const known = this.answers.get(key);
    if (known !== undefined) return known as T;
    const answer = rule();
    this.answers.set(key, answer);
    return answer;
  }

  fiscalYearOf(date: string): number {
    return this.remember(`fy ${date}`, () => fiscalYearOf(date, this.fiscalYearStartMonth));
  }

  periodsPerFiscalYear(fiscalYear: number, frequency: KpiFrequency): number {
    return this.remember(`periods ${fiscalYear} ${frequency}`, () =>
      periodsPerFiscalYear(fiscalYear, frequency, this.fiscalYearStartMonth),
    );
  }

  periodIndexInFiscalYear(periodStart: string, frequency: KpiFrequency): number {
    return this.remember(`index ${periodStart} ${frequency}`, () =>
      periodIndexInFiscalYear(periodStart, frequency, this.fiscalYearStartMonth),
    );
  }

  periodEndOf(periodStart: string, frequency: KpiFrequency): string {
    return this.remember(`end ${periodStart} ${frequency}`, () =>
      periodEndOf(periodStart, frequency, this.fiscalYearStartMonth),
    );
  }

  /** Whether a KPI whose latest value is for `latestPeriodStart` is stale on `asOf`. */
  isStale(latestPeriodStart: string | null, frequency: KpiFrequency, asOf: string): boolean {
    return this.remember(`stale ${latestPeriodStart} ${frequency} ${asOf}`, () =>
      isStale({
        latestPeriodStart,
        frequency,
        asOf,
        fiscalYearStartMonth: this.fiscalYearStartMonth,
      }),
    );
  }
}
