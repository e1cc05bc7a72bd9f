/**
 * The admin's reads of departments and the plan's structure as stored: each with the version a
 * change sends back in If-Match. Always asked afresh (staleTime 0): others may edit at the same time.
 */
import type { Department, Goal, Objective } from '@civicstat/shared';
import {
  AuditList,
  DepartmentDetail,
  GoalDetail,
  ObjectiveDetail,
  Plan,
  PlanList,
} from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

/** The kinds of stored record the admin edits, by their audit entity name. */
export type StructureEntity = 'department' | 'plan' | 'goal' | 'objective';

export async function fetchDepartment(id: number, signal?: AbortSignal): Promise<Department> {
  const { code, name, version, archived } = await apiGet(`/departments/${id}`, DepartmentDetail, {
    signal,
  });
  return { id, code, name, version, archived };
}

export async function fetchGoal(id: number, signal?: AbortSignal): Promise<Goal> {
  const goal = await apiGet(`/goals/${id}`, GoalDetail, { signal });
  const { planId, number, title, description, colour, version, archived } = goal;
  return { id, planId, number, title, description, colour, version, archived };
}

export async function fetchObjective(id: number, signal?: AbortSignal): Promise<Objective> {
  const objective = await apiGet(`/objectives/${id}`, ObjectiveDetail, { signal });
  const { goal, number, title, version, archived } = objective;
  return { id, goalId: goal.id, number, title, version, archived };
}

export function fetchPlan(id: number, signal?: AbortSignal): Promise<Plan> {
  return apiGet(`/plans/${id}`, Plan, { signal });
}

const fetchers = {
  department: fetchDepartment,
  goal: fetchGoal,
  objective: fetchObjective,
  plan: fetchPlan,
} satisfies Record<StructureEntity, (id: number, signal?: AbortSignal) => Promise<unknown>>;

export type RecordOf<E extends StructureEntity> = Awaited<ReturnType<(typeof fetchers)[E]>>;

/** One record as stored now, to base a change on; read when the task opens. */
export function useStructureRecord<E extends StructureEntity>(entity: E, id: number) {
  return useQuery({
    queryKey: ['structure', entity, id],
    queryFn: ({ signal }) => fetchers[entity](id, signal) as Promise<RecordOf<E>>,
    staleTime: 0,
    gcTime: 0,
  });
}

/** Every plan, drafts and archived ones too, newest first. */
export function usePlanRecords() {
  return useQuery({
    queryKey: ['structure', 'plans'],
    queryFn: ({ signal }) => apiGet('/plans', PlanList, { signal }),
    staleTime: 0,
  });
}

/**
 * The archived departments, goals or objectives. The read API lists only live ones, so they are
 * found in the audit trail (the newest record of each is an archive) and then read by id, which
 * staff may do for archived ones too.
 */
export function useArchivedRecords<E extends 'department' | 'goal' | 'objective'>(entity: E) {
  return useQuery({
    queryKey: ['structure', entity, 'archived'],
    queryFn: async ({ signal }) => {
      const trail = await apiGet(`/audit?entity=${entity}&limit=200`, AuditList, { signal });
      const newest = new Map<string, string>();
      for (const entry of trail.data) {
        if (!newest.has(entry.entityId)) newest.set(entry.entityId, entry.action);
      }
      const ids = [...newest]
        .filter(([, action]) => action === 'archive')
        .map(([id]) => Number(id));
      const records = await Promise.all(
        ids.map((id) => fetchers[entity](id, signal) as Promise<RecordOf<E>>),
      );
      return records.filter((record) => record.archived);
    },
    staleTime: 0,
  });
}
