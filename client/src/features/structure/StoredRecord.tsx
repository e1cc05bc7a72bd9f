/** Reads one record as stored now, then hands it to a task (an edit, a confirmation). */
import type { ReactNode } from 'react';
import {
  useStructureRecord,
  type RecordOf,
  type StructureEntity,
} from '../../api/useStructureRecords';
import { describeError } from '../../components/describeError';

interface StoredRecordProps<E extends StructureEntity> {
  entity: E;
  id: number;
  children(record: RecordOf<E>): ReactNode;
}

export function StoredRecord<E extends StructureEntity>({
  entity,
  id,
  children,
}: StoredRecordProps<E>) {
  const record = useStructureRecord(entity, id);
  if (record.isPending) return <p role="status">Reading what is stored now…</p>;
  if (record.isError) {
    return (
      <div role="alert" className="inline-error">
        <p>It could not be read: {describeError(record.error)}</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => void record.refetch()}
        >
          Try again
        </button>
      </div>
    );
  }
  return children(record.data);
}
