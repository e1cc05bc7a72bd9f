/** Reads one record as stored now, then hands it to a task (an edit, a confirmation). */
import type { ReactNode } from 'react';
import {
  useStructureRecord,
  type RecordOf,
  type StructureEntity,
} from '../../api/useStructureRecords';
import { InlineRetry } from '../../components/InlineRetry';

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
      <InlineRetry
        what="It could not be read"
        error={record.error}
        onRetry={() => void record.refetch()}
      />
    );
  }
  return children(record.data);
}
