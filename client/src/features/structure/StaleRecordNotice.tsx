/**
 * After a 412: nothing was saved. Shows what the admin typed beside what is stored now, field by
 * field, and offers to start again from the stored version.
 */
import type { Ref } from 'react';
import { StaleComparison } from '../../components/StaleComparison';
import { StaleNotice } from '../../components/StaleNotice';
import { displayValue, type FieldSpec, type Values } from './recordForms';

interface StaleRecordNoticeProps<Name extends string> {
  fields: readonly FieldSpec<Name>[];
  typed: Values<Name>;
  stored: Values<Name>;
  onStartAgain(): void;
  /** Focused when the notice appears, so that it is read first. */
  ref: Ref<HTMLDivElement>;
}

export function StaleRecordNotice<Name extends string>({
  fields,
  typed,
  stored,
  onStartAgain,
  ref,
}: StaleRecordNoticeProps<Name>) {
  return (
    <StaleNotice ref={ref}>
      <p>Nothing was saved. Here is what you typed beside what is stored now:</p>
      <StaleComparison
        caption="Your version and the stored version"
        headings={['What you typed', 'Stored now']}
        rows={fields.map((field) => ({
          label: field.label,
          yours: displayValue(field, typed[field.name]),
          stored: displayValue(field, stored[field.name]),
          differs: typed[field.name] !== stored[field.name],
        }))}
      />
      <p>Start again from the stored version, then make your change again if it is still needed.</p>
      <button type="button" className="button" onClick={onStartAgain}>
        Start again from the stored version
      </button>
    </StaleNotice>
  );
}
