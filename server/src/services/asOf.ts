/** "As of when" a read answers: today, or the end of a past fiscal year (`?fy=`). */
import { fiscalYearOf, fiscalYearRange } from '@civicstat/shared';
import { ValidationError } from '../errors';

export interface AsOf {
  /** Nothing after this date counts. */
  date: string;
  fiscalYear: number;
  fiscalYearStart: string;
}

export function resolveAsOf(
  fy: number | undefined,
  today: string,
  fiscalYearStartMonth: number,
): AsOf {
  const currentFiscalYear = fiscalYearOf(today, fiscalYearStartMonth);
  if (fy !== undefined && fy > currentFiscalYear) {
    throw new ValidationError(
      [
        {
          path: 'query.fy',
          message: `must not be after the current fiscal year, ${currentFiscalYear}`,
        },
      ],
      `FY${fy} has not started yet.`,
    );
  }
  const fiscalYear = fy ?? currentFiscalYear;
  const range = fiscalYearRange(fiscalYear, fiscalYearStartMonth);
  return {
    date: fiscalYear === currentFiscalYear ? today : range.end,
    fiscalYear,
    fiscalYearStart: range.start,
  };
}
