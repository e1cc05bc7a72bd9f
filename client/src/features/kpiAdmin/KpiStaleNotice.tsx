/**
 * After a 412: nothing was saved. Shows the fields where the user's version and the one stored
 * now differ, side by side, and offers to start again from the stored one.
 */
import type { DisplayFormat, KpiDefinition } from '@civicstat/shared';
import type { Ref } from 'react';
import { definitionFields } from './definitionForm';
import { fieldText, type FieldContext } from './fieldText';

interface KpiStaleNoticeProps {
  ref: Ref<HTMLDivElement>;
  /** The user's version, as request fields (what they were about to save). */
  yours: Record<string, unknown>;
  current: KpiDefinition;
  context: Omit<FieldContext, 'displayFormat' | 'unit'>;
  onStartAgain(): void;
}

export function KpiStaleNotice({
  ref,
  yours,
  current,
  context,
  onStartAgain,
}: KpiStaleNoticeProps) {
  // The user's bounds are in their own display format and unit.
  const yourContext = {
    ...context,
    displayFormat: (yours.displayFormat as DisplayFormat | undefined) ?? current.displayFormat,
    unit: typeof yours.unit === 'string' ? yours.unit : current.unit,
  };
  const currentContext = { ...context, displayFormat: current.displayFormat, unit: current.unit };
  const differing = (Object.keys(definitionFields) as (keyof typeof definitionFields)[]).filter(
    (field) =>
      fieldText(field, yours[field], yourContext) !==
      fieldText(field, current[field], currentContext),
  );
  return (
    <div ref={ref} tabIndex={-1} className="stale-notice focus-target" role="alert">
      <p className="stale-notice__title">Someone changed this since you opened it.</p>
      <p>
        Nothing was saved. {current.archived && 'The KPI has been archived since. '}
        {differing.length === 0
          ? 'Their version has the same values as yours.'
          : 'Where the two versions differ:'}
      </p>
      {differing.length > 0 && (
        <div className="table-scroll">
          <table className="data-table kpi-stale__table">
            <caption>Your version beside the one saved now</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Your version (not saved)</th>
                <th scope="col">Saved now</th>
              </tr>
            </thead>
            <tbody>
              {differing.map((field) => (
                <tr key={field}>
                  <th scope="row">{definitionFields[field].label}</th>
                  <td>{fieldText(field, yours[field], yourContext)}</td>
                  <td>{fieldText(field, current[field], currentContext)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>Start again from the saved version, then make your change again if it is still needed.</p>
      <button type="button" className="button" onClick={onStartAgain}>
        Start again from the saved version
      </button>
    </div>
  );
}
