/**
 * One department's submitted values: a row per value with what a reviewer needs to judge it, a
 * checkbox for the bulk actions, and Approve / Return for that value alone.
 */
import {
  formatCount,
  formatInstant,
  formatPeriod,
  formatTarget,
  formatValue,
  type QueueItem,
} from '@civicstat/shared';
import { Fragment, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge';
import { describeChange } from './change';
import { ReturnForm } from './ReturnForm';
import { itemKey, itemLabel } from './reviewActions';

interface QueueTableProps {
  department: QueueItem['kpi']['department'];
  items: readonly QueueItem[];
  selected: ReadonlySet<string>;
  onSelect: (keys: readonly string[], checked: boolean) => void;
  /** The row whose return form is open. */
  returning: string | null;
  busy: boolean;
  onApprove: (item: QueueItem) => void;
  onStartReturn: (item: QueueItem) => void;
  onReturn: (item: QueueItem, comment: string) => void;
  onCancelReturn: (item: QueueItem) => void;
  fiscalYearStartMonth: number;
  timeZone: string;
}

const columns = 8;

export const selectId = (key: string) => `review-${key}-select`;
export const returnButtonId = (key: string) => `review-${key}-return`;

export function QueueTable({
  department,
  items,
  selected,
  onSelect,
  returning,
  busy,
  onApprove,
  onStartReturn,
  onReturn,
  onCancelReturn,
  fiscalYearStartMonth,
  timeZone,
}: QueueTableProps) {
  const headingId = `review-department-${department.id}`;
  const keys = items.map(itemKey);
  const selectedHere = keys.filter((key) => selected.has(key)).length;
  const allRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allRef.current) {
      allRef.current.indeterminate = selectedHere > 0 && selectedHere < keys.length;
    }
  }, [selectedHere, keys.length]);

  return (
    <section className="queue-department" aria-labelledby={headingId}>
      <div className="queue-department__header">
        <h2 id={headingId}>
          {department.name}{' '}
          <span className="queue-department__count">
            {items.length === 1 ? '1 value' : `${formatCount(items.length)} values`}
          </span>
        </h2>
        <div className="queue-check">
          <input
            ref={allRef}
            type="checkbox"
            id={`${headingId}-all`}
            checked={selectedHere === keys.length && keys.length > 0}
            onChange={(event) => onSelect(keys, event.target.checked)}
          />
          <label htmlFor={`${headingId}-all`}>Select all in {department.name}</label>
        </div>
      </div>
      <div className="table-scroll">
        <table className="kpi-table queue-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Selected</span>
              </th>
              <th scope="col">KPI and period</th>
              <th scope="col" className="numeric">
                Value and target
              </th>
              <th scope="col">Change from last period</th>
              <th scope="col">Status</th>
              <th scope="col">Commentary</th>
              <th scope="col">Submitted</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const key = itemKey(item);
              const { kpi, measurement } = item;
              const label = itemLabel(item, fiscalYearStartMonth);
              const change = describeChange(measurement.value, item.previous?.value ?? null, kpi);
              const isReturning = returning === key;
              return (
                <Fragment key={key}>
                  <tr
                    className={[
                      'queue-row',
                      selected.has(key) && 'queue-row--selected',
                      isReturning && 'queue-row--returning',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <td>
                      <input
                        type="checkbox"
                        id={selectId(key)}
                        className="queue-row__check"
                        checked={selected.has(key)}
                        onChange={(event) => onSelect([key], event.target.checked)}
                      />
                      <label htmlFor={selectId(key)} className="visually-hidden">
                        Select {label}
                      </label>
                    </td>
                    <th scope="row">
                      <span className="kpi-table__name">
                        <Link to={`/kpis/${kpi.id}`}>{kpi.name}</Link>
                      </span>
                      <span className="kpi-table__code">{kpi.code}</span>
                      <span className="queue-row__period">
                        {formatPeriod(measurement.periodStart, kpi.frequency, fiscalYearStartMonth)}
                      </span>
                    </th>
                    <td className="numeric">
                      <span className="queue-row__value">
                        {formatValue(measurement.value, kpi, { withUnit: true })}
                      </span>
                      {measurement.numerator !== null && measurement.denominator !== null && (
                        <span className="cell-note">
                          {/* "of" reads right only for a share; a rate is a quotient. */}
                          {formatCount(measurement.numerator)}
                          {kpi.displayFormat === 'percent' ? ' of ' : ' ÷ '}
                          {formatCount(measurement.denominator)}
                        </span>
                      )}
                      <span className="cell-note">
                        Target {formatTarget(item.target, kpi, { withUnit: true })}
                      </span>
                    </td>
                    <td>
                      <span className="queue-row__change">{change.summary}</span>
                      {change.detail && (
                        <span className="cell-note">
                          {change.detail}
                          {change.judgement && ` · ${change.judgement}`}
                        </span>
                      )}
                    </td>
                    <td>
                      <StatusBadge status={item.status} />
                    </td>
                    <td className="queue-row__note">
                      {measurement.note ? (
                        measurement.note
                      ) : (
                        <span className="cell-note">No commentary</span>
                      )}
                    </td>
                    <td className="queue-row__submitted">
                      {measurement.submittedBy?.name ?? 'Not recorded'}
                      {measurement.submittedAt && (
                        <span className="cell-note">
                          {formatInstant(measurement.submittedAt, timeZone)}
                        </span>
                      )}
                    </td>
                    <td>
                      <div className="queue-row__actions">
                        <button
                          type="button"
                          className="button button--small"
                          aria-disabled={busy || undefined}
                          onClick={() => !busy && onApprove(item)}
                        >
                          Approve<span className="visually-hidden"> {label}</span>
                        </button>
                        <button
                          type="button"
                          id={returnButtonId(key)}
                          className="button button--secondary button--small"
                          aria-expanded={isReturning}
                          aria-disabled={busy || undefined}
                          onClick={() => !busy && onStartReturn(item)}
                        >
                          Return<span className="visually-hidden"> {label}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                  {isReturning && (
                    <tr className="queue-return-row">
                      <td colSpan={columns}>
                        <ReturnForm
                          id={`review-${key}-return-form`}
                          what={label}
                          submitLabel="Return to the department"
                          busy={busy}
                          onSubmit={(comment) => onReturn(item, comment)}
                          onCancel={() => onCancelReturn(item)}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
