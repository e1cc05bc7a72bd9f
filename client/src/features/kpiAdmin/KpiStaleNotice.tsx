/**
 * After a 412: nothing was saved. Shows the fields where the user's version and the one stored
 * now differ, side by side, and offers to start again from the stored one.
 */
import type { DisplayFormat, KpiDefinition } from '@civicstat/shared';
import type { Ref } from 'react';
import { StaleComparison } from '../../components/StaleComparison';
import { StaleNotice } from '../../components/StaleNotice';
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
    <StaleNotice ref={ref}>
      <p>
        Nothing was saved. {current.archived && 'The KPI has been archived since. '}
        {differing.length === 0
          ? 'Their version has the same values as yours.'
          : 'Where the two versions differ:'}
      </p>
      {differing.length > 0 && (
        <StaleComparison
          caption="Your version beside the one saved now"
          headings={['Your version (not saved)', 'Saved now']}
          rows={differing.map((field) => ({
            label: definitionFields[field].label,
            yours: fieldText(field, yours[field], yourContext),
            stored: fieldText(field, current[field], currentContext),
          }))}
        />
      )}
      <p>Start again from the saved version, then make your change again if it is still needed.</p>
      <button type="button" className="button" onClick={onStartAgain}>
        Start again from the saved version
      </button>
    </StaleNotice>
  );
}
