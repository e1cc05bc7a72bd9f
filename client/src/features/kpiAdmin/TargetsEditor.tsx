/**
 * A KPI's targets by fiscal year with their period overrides, and one change at a time in a
 * panel: a year's target, a period's override, or a year that has none yet.
 */
import {
  formatPeriod,
  formatTarget,
  periodsOfFiscalYear,
  type KpiDetail,
  type KpiTarget,
} from '@civicstat/shared';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useKpiTargets } from '../../api/useKpiTargets';
import { describeError } from '../../components/describeError';
import { TaskPanel } from '../../components/TaskPanel';
import { TargetForm } from './TargetForm';

type Kpi = Pick<KpiDetail, 'id' | 'direction' | 'displayFormat' | 'unit' | 'frequency'> & {
  archived: boolean;
};

interface TargetsEditorProps {
  kpi: Kpi;
  planYears: { first: number; last: number };
  currentFiscalYear: number;
  fiscalYearStartMonth: number;
}

type Panel = { kind: 'year' | 'override'; fiscalYear: number } | { kind: 'new' };

const buttonId = (panel: Panel) =>
  panel.kind === 'new' ? 'target-new' : `target-${panel.kind}-${panel.fiscalYear}`;

export function TargetsEditor({
  kpi,
  planYears,
  currentFiscalYear,
  fiscalYearStartMonth,
}: TargetsEditorProps) {
  const targets = useKpiTargets(kpi.id);
  const [panel, setPanel] = useState<Panel>();
  const [announcement, setAnnouncement] = useState('');
  const returnFocusTo = useRef<string>(undefined);
  const format = { displayFormat: kpi.displayFormat, unit: kpi.unit };

  useEffect(() => {
    if (panel || !returnFocusTo.current) return;
    document.getElementById(returnFocusTo.current)?.focus();
    returnFocusTo.current = undefined;
  }, [panel]);

  function open(next: Panel) {
    setAnnouncement('');
    returnFocusTo.current = buttonId(next);
    setPanel(next);
  }

  function close(message = '') {
    setAnnouncement(message);
    setPanel(undefined);
  }

  const stored = targets.data?.data ?? [];
  const years = [...new Set(stored.map((t) => t.fiscalYear))].sort((a, b) => b - a);
  const planRange = Array.from(
    { length: planYears.last - planYears.first + 1 },
    (_, i) => planYears.first + i,
  );
  const yearsWithout = planRange.filter(
    (y) => !stored.some((t) => t.fiscalYear === y && !t.periodStart),
  );
  const upcoming = yearsWithout.filter((y) => y >= currentFiscalYear);
  const periodsOf = (year: number) =>
    periodsOfFiscalYear(year, kpi.frequency, fiscalYearStartMonth);
  const label = (target: KpiTarget) =>
    target.periodStart ? formatPeriod(target.periodStart, kpi.frequency, fiscalYearStartMonth) : '';

  return (
    <section aria-labelledby="targets-heading" className="kpi-admin__section">
      <h2 id="targets-heading">Targets</h2>
      <p>
        {kpi.direction === 'range'
          ? 'This is a range KPI: each target is a band, from low to high.'
          : 'Each fiscal year has one target; a period may override it.'}{' '}
        Targets cover the active plan, FY{planYears.first} to FY{planYears.last}. To set the next
        year’s targets of many KPIs at once, use{' '}
        <Link to={`/targets/${currentFiscalYear + 1}`}>
          FY{currentFiscalYear + 1} targets for every KPI
        </Link>
        .
      </p>
      <p role="status" className="status-note">
        {announcement}
      </p>
      {kpi.archived ? (
        <p className="note">This KPI is archived: restore it to change its targets.</p>
      ) : (
        !panel && (
          <div className="toolbar">
            <button
              type="button"
              id={buttonId({ kind: 'new' })}
              className="button"
              onClick={() => open({ kind: 'new' })}
            >
              Set a target for another year
            </button>
          </div>
        )
      )}
      {panel && (
        <TaskPanel
          id="target-panel"
          level={3}
          key={panel.kind === 'new' ? 'new' : `${panel.kind}-${panel.fiscalYear}`}
          title={
            panel.kind === 'new'
              ? 'Set a target for another year'
              : panel.kind === 'year'
                ? `Change the FY${panel.fiscalYear} target`
                : `Override one period of FY${panel.fiscalYear}`
          }
        >
          <TargetForm
            kpi={kpi}
            targets={stored}
            fiscalYears={
              panel.kind === 'new'
                ? upcoming.length > 0
                  ? upcoming
                  : yearsWithout
                : [panel.fiscalYear]
            }
            periodsOf={panel.kind === 'override' ? periodsOf : undefined}
            fiscalYearStartMonth={fiscalYearStartMonth}
            onDone={close}
            onCancel={() => close()}
          />
        </TaskPanel>
      )}
      {targets.isPending ? (
        <p role="status">Loading the targets…</p>
      ) : targets.isError ? (
        <p role="alert" className="inline-error">
          The targets could not be loaded: {describeError(targets.error)}
        </p>
      ) : years.length === 0 ? (
        <p>No targets are set yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table kpi-targets">
            <caption>Targets by fiscal year, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Fiscal year</th>
                <th scope="col">Target</th>
                <th scope="col">Period overrides</th>
                {!kpi.archived && <th scope="col">Change</th>}
              </tr>
            </thead>
            <tbody>
              {years.map((year) => {
                const yearTarget = stored.find((t) => t.fiscalYear === year && !t.periodStart);
                const overrides = stored.filter((t) => t.fiscalYear === year && t.periodStart);
                return (
                  <tr key={year}>
                    <th scope="row">FY{year}</th>
                    <td className="numeric">
                      {yearTarget
                        ? formatTarget(yearTarget.target, format, { withUnit: true })
                        : 'None'}
                    </td>
                    <td>
                      {overrides.length === 0
                        ? 'None'
                        : overrides.map((o) => (
                            <span key={o.id} className="kpi-targets__override">
                              {label(o)}: {formatTarget(o.target, format, { withUnit: true })}
                            </span>
                          ))}
                    </td>
                    {!kpi.archived && (
                      <td>
                        {year >= planYears.first && year <= planYears.last && (
                          <div className="kpi-targets__actions">
                            <button
                              type="button"
                              id={buttonId({ kind: 'year', fiscalYear: year })}
                              className="button button--secondary button--small"
                              onClick={() => open({ kind: 'year', fiscalYear: year })}
                            >
                              Change<span className="visually-hidden"> the FY{year} target</span>
                            </button>
                            <button
                              type="button"
                              id={buttonId({ kind: 'override', fiscalYear: year })}
                              className="button button--secondary button--small"
                              onClick={() => open({ kind: 'override', fiscalYear: year })}
                            >
                              Override a period<span className="visually-hidden"> of FY{year}</span>
                            </button>
                          </div>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
