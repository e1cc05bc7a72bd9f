/**
 * After a 412: nothing was saved. Shows what the admin typed beside what is stored now, field by
 * field, and offers to start again from the stored version.
 */
import type { Ref } from 'react';
import { displayValue, type FieldSpec, type Values } from './recordForms';

interface StaleComparisonProps<Name extends string> {
  fields: readonly FieldSpec<Name>[];
  typed: Values<Name>;
  stored: Values<Name>;
  onStartAgain(): void;
  /** Focused when the notice appears, so that it is read first. */
  ref: Ref<HTMLDivElement>;
}

export function StaleComparison<Name extends string>({
  fields,
  typed,
  stored,
  onStartAgain,
  ref,
}: StaleComparisonProps<Name>) {
  return (
    <div ref={ref} tabIndex={-1} className="stale-notice focus-target" role="alert">
      <p className="stale-notice__title">Someone changed this since you opened it.</p>
      <p>Nothing was saved. Here is what you typed beside what is stored now:</p>
      <div className="table-scroll">
        <table className="data-table stale-comparison">
          <caption>Your version and the stored version</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">What you typed</th>
              <th scope="col">Stored now</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const differs = typed[field.name] !== stored[field.name];
              return (
                <tr key={field.name}>
                  <th scope="row">
                    {field.label}
                    {differs && <span className="tag">Differs</span>}
                  </th>
                  <td className="stale-comparison__value">
                    {displayValue(field, typed[field.name])}
                  </td>
                  <td className="stale-comparison__value">
                    {displayValue(field, stored[field.name])}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>Start again from the stored version, then make your change again if it is still needed.</p>
      <button type="button" className="button" onClick={onStartAgain}>
        Start again from the stored version
      </button>
    </div>
  );
}
