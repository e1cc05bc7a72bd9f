/**
 * Archiving or restoring a record, after the admin confirms. A 412 shows the record as stored
 * now, and the admin may confirm again against that version.
 */
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { staleRecord, type StructureWrite } from '../../api/useStructureChanges';
import { Confirmation } from '../../components/Confirmation';
import { StaleNotice } from '../../components/StaleNotice';
import { StoredValues } from '../../components/StoredValues';
import { displayValue, type RecordForm } from './recordForms';

interface ConfirmRecordActionProps<Stored extends { id: number; version: number }> {
  action: 'archive' | 'restore';
  /** The record as read when the task opened. */
  stored: Stored;
  form: RecordForm<Stored, string>;
  /** What happens, in a sentence or two. */
  explanation: ReactNode;
  /** The button's words, e.g. "Archive goal 3"; the same words name it for screen readers. */
  confirmLabel: string;
  write: UseMutationResult<Stored, Error, StructureWrite<Stored>>;
  onDone(record: Stored): void;
  onCancel(): void;
}

export function ConfirmRecordAction<Stored extends { id: number; version: number }>(
  props: ConfirmRecordActionProps<Stored>,
) {
  const { action, form, explanation, confirmLabel, write, onDone, onCancel } = props;
  const [record, setRecord] = useState(props.stored);
  const [stale, setStale] = useState<Stored>();
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (stale) noticeRef.current?.focus();
  }, [stale]);

  function confirm() {
    setStale(undefined);
    write.mutate(
      { kind: action, base: record },
      {
        onSuccess: onDone,
        onError: (error) => {
          const current = staleRecord(error, form.schema);
          if (current) {
            setStale(current);
            setRecord(current);
          }
        },
      },
    );
  }

  const storedValues = stale && form.valuesOf(stale);
  return (
    <>
      <p>{explanation}</p>
      <Confirmation
        confirmLabel={confirmLabel}
        busy={write.isPending}
        danger={action === 'archive'}
        notice={
          storedValues && (
            <StaleNotice ref={noticeRef}>
              <p>Nothing was saved. These are the values stored now:</p>
              <StoredValues
                rows={form.fields.map((field) => ({
                  label: field.label,
                  value: displayValue(field, storedValues[field.name] ?? ''),
                }))}
              />
              <p>Review them, and confirm again if it is still needed.</p>
            </StaleNotice>
          )
        }
        error={write.error}
        onConfirm={confirm}
        onCancel={onCancel}
      />
    </>
  );
}
