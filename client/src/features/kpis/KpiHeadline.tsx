import {
  fiscalYearOf,
  formatPeriod,
  formatTarget,
  formatValue,
  type KpiDetail,
  type ProjectionMethod,
} from '@civicstat/shared';
import { StatusBadge } from '../../components/StatusBadge';
import { TrendIndicator } from '../../components/TrendIndicator';

const projectionMethodWords: Record<ProjectionMethod, string> = {
  pro_rated: 'pro-rated from the periods so far',
  linear_fit: 'extending this year’s trend',
};

/** The numbers people look for first: latest value, target, fiscal year to date, trend, projection. */
export function KpiHeadline({
  kpi,
  fiscalYearStartMonth,
}: {
  kpi: KpiDetail;
  fiscalYearStartMonth: number;
}) {
  const { latest, fiscalYearToDate: fytd, trend } = kpi.performance;
  const fiscalYear = fiscalYearOf(kpi.asOf, fiscalYearStartMonth);
  return (
    <section aria-labelledby="kpi-headline-heading" className="kpi-headline">
      <h2 id="kpi-headline-heading" className="visually-hidden">
        Key figures
      </h2>
      <dl className="kpi-facts">
        <div className="kpi-fact">
          <dt>Latest</dt>
          <dd>
            {latest ? (
              <>
                <span className="kpi-fact__value" data-testid="latest-value">
                  {formatValue(latest.value, kpi, { withUnit: true })}
                </span>
                <span className="kpi-fact__detail">
                  {formatPeriod(latest.periodStart, kpi.frequency, fiscalYearStartMonth)}
                </span>
              </>
            ) : (
              <span className="kpi-fact__value">No data yet</span>
            )}
          </dd>
        </div>
        <div className="kpi-fact">
          <dt>Target</dt>
          <dd>
            <span className="kpi-fact__value">
              {formatTarget(latest?.target ?? null, kpi, { withUnit: true })}
            </span>
            <span className="kpi-fact__detail">for the latest period</span>
          </dd>
        </div>
        <div className="kpi-fact">
          <dt>FY{fytd.fiscalYear} to date</dt>
          <dd>
            <span className="kpi-fact__value">
              {fytd.value === null ? 'No data' : formatValue(fytd.value, kpi, { withUnit: true })}
            </span>
            <span className="kpi-fact__detail">
              {fytd.target ? `target ${formatTarget(fytd.target, kpi, { withUnit: true })}` : ''}
            </span>
            <StatusBadge status={fytd.status} />
          </dd>
        </div>
        <div className="kpi-fact">
          <dt>Trend</dt>
          <dd>
            <span className="kpi-fact__value">
              <TrendIndicator trend={trend} />
            </span>
            <span className="kpi-fact__detail">over the last six periods</span>
          </dd>
        </div>
        <div className="kpi-fact">
          <dt>FY{fiscalYear} projection</dt>
          <dd>
            {kpi.projection ? (
              <>
                <span className="kpi-fact__value">
                  {formatValue(kpi.projection.value, kpi, { withUnit: true })}
                </span>
                <span className="kpi-fact__detail">
                  {projectionMethodWords[kpi.projection.method]}
                </span>
                <StatusBadge status={kpi.projection.status} />
              </>
            ) : (
              <span className="kpi-fact__value">Not enough data</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
