/**
 * The admin's writes to departments and the plan's structure: create, change, archive, restore.
 * Changes send the version they are based on as If-Match; a stale one fails with a 412 ApiError
 * whose `current` is the record as stored now (see staleRecord).
 */
import { Department, Goal, Objective, Plan } from '@civicstat/shared';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import type { Schema } from './apiGet';
import { apiSend } from './apiSend';

interface Versioned {
  id: number;
  version: number;
}

export type StructureWrite<T extends Versioned> =
  | { kind: 'create'; body: unknown }
  | { kind: 'change'; base: T; body: unknown }
  | { kind: 'archive' | 'restore'; base: T };

/** What a schema needs for staleRecord: the shared zod schemas fit. */
export interface SafeSchema<T> extends Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/** The record as stored now, from a 412 answer, or undefined for any other error. */
export function staleRecord<T>(error: unknown, schema: SafeSchema<T>): T | undefined {
  if (!isApiError(error) || error.status !== 412) return undefined;
  const parsed = schema.safeParse((error.problem as { current?: unknown }).current);
  return parsed.success ? parsed.data : undefined;
}

/** Names, numbers and titles show on nearly every screen: everything but the session is re-read. */
function refreshAfterChange(client: QueryClient) {
  return client.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'session' && query.queryKey[0] !== 'site',
  });
}

function useStructureWrite<T extends Versioned>(collection: string, schema: Schema<T>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (write: StructureWrite<T>): Promise<T> => {
      switch (write.kind) {
        case 'create':
          return apiSend('POST', collection, write.body, schema, client);
        case 'change':
          return apiSend('PATCH', `${collection}/${write.base.id}`, write.body, schema, client, {
            ifMatch: write.base.version,
          });
        case 'archive':
        case 'restore':
          return apiSend(
            'POST',
            `${collection}/${write.base.id}/${write.kind}`,
            undefined,
            schema,
            client,
            { ifMatch: write.base.version },
          );
      }
    },
    onSettled: () => refreshAfterChange(client),
  });
}

export const useDepartmentWrite = () => useStructureWrite('/departments', Department);
export const usePlanWrite = () => useStructureWrite('/plans', Plan);
export const useGoalWrite = () => useStructureWrite('/goals', Goal);
export const useObjectiveWrite = () => useStructureWrite('/objectives', Objective);
