/** Who changed the KPI's definition and targets, when, and from what to what; newest first. */
import { formatInstant, type KpiFrequency } from '@civicstat/shared';
import { useState } from 'react';
import { useKpiHistory } from '../../api/useKpiHistory';
import { useKpiTargets } from '../../api/useKpiTargets';
import { describeError } from '../../components/describeError';
import type { FieldContext } from './fieldText';
import { historyLine } from './historyEntry';

const PAGE = 20;

interface ChangeHistoryProps {
  kpiId: number;
  context: FieldContext & { frequency: KpiFrequency; fiscalYearStartMonth: number };
  timeZone: string;
}

export function ChangeHistory({ kpiId, context, timeZone }: ChangeHistoryProps) {
  const targets = useKpiTargets(kpiId);
  const history = useKpiHistory(
    kpiId,
    (targets.data?.data ?? []).map((t) => t.id),
  );
  const [shown, setShown] = useState(PAGE);
  const entries = history.entries.slice(0, shown);

  return (
    <section aria-labelledby="history-heading" className="kpi-admin__section">
      <h2 id="history-heading">Change history</h2>
      {history.isPending || targets.isPending ? (
        <p role="status">Loading the change history…</p>
      ) : history.error ? (
        <div role="alert" className="inline-error">
          <p>The change history could not be loaded: {describeError(history.error)}</p>
          <button type="button" className="button button--small" onClick={history.refetch}>
            Try again
          </button>
        </div>
      ) : history.entries.length === 0 ? (
        <p>No changes have been recorded since the KPI was loaded into civicstat.</p>
      ) : (
        <>
          <ol className="kpi-history" aria-label="Changes, newest first">
            {entries.map((entry) => {
              const line = historyLine(entry, context);
              return (
                <li key={`${entry.entity}-${entry.id}`} className="kpi-history__entry">
                  <p className="kpi-history__who">
                    <strong>{entry.actor?.name ?? 'The system'}</strong>{' '}
                    <span className="kpi-history__summary">
                      {line.summary.charAt(0).toLowerCase() + line.summary.slice(1)}
                    </span>
                    {' · '}
                    <time dateTime={entry.at}>{formatInstant(entry.at, timeZone)}</time>
                  </p>
                  {line.changes.length > 0 && (
                    <ul className="kpi-history__changes">
                      {line.changes.map((change) => (
                        <li key={change.label}>
                          <span className="kpi-history__field">{change.label}:</span>{' '}
                          <del className="kpi-history__before">
                            <span className="visually-hidden">from </span>
                            {change.before}
                          </del>{' '}
                          <span aria-hidden="true">→</span>{' '}
                          <ins className="kpi-history__after">
                            <span className="visually-hidden">to </span>
                            {change.after}
                          </ins>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
          {history.entries.length > shown && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setShown(shown + PAGE)}
            >
              Show {Math.min(PAGE, history.entries.length - shown)} older changes
            </button>
          )}
        </>
      )}
    </section>
  );
}
