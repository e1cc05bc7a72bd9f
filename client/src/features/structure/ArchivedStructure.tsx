/** The plan's archived goals and objectives, each with a button to restore it. */
import type { Goal, Objective } from '@civicstat/shared';
import { useArchivedRecords } from '../../api/useStructureRecords';
import { structureButtonId } from './GoalCard';

interface ArchivedStructureProps {
  planId: number;
  /** Every goal's number by id, archived ones included, to name objectives "3.2". */
  goalNumbers: ReadonlyMap<number, number>;
  onRestore(entity: 'goal' | 'objective', record: Goal | Objective, name: string): void;
}

export function ArchivedStructure({ planId, goalNumbers, onRestore }: ArchivedStructureProps) {
  const goals = useArchivedRecords('goal');
  const objectives = useArchivedRecords('objective');
  const numbers = new Map(goalNumbers);
  for (const goal of goals.data ?? []) numbers.set(goal.id, goal.number);

  const planGoals = (goals.data ?? []).filter((goal) => goal.planId === planId);
  const planObjectives = (objectives.data ?? []).filter((objective) =>
    numbers.has(objective.goalId),
  );
  const items = [
    ...planGoals.map((goal) => ({
      entity: 'goal' as const,
      record: goal as Goal | Objective,
      name: `goal ${goal.number}`,
      label: `Goal ${goal.number}: ${goal.title}`,
    })),
    ...planObjectives.map((objective) => ({
      entity: 'objective' as const,
      record: objective as Goal | Objective,
      name: `objective ${numbers.get(objective.goalId)}.${objective.number}`,
      label: `Objective ${numbers.get(objective.goalId)}.${objective.number}: ${objective.title}`,
    })),
  ];

  return (
    <section className="structure-section" aria-labelledby="archived-structure">
      <h2 id="archived-structure" tabIndex={-1}>
        Archived goals and objectives
      </h2>
      {(goals.isPending || objectives.isPending) && (
        <p role="status">Looking for archived goals and objectives…</p>
      )}
      {(goals.isError || objectives.isError) && (
        <p role="alert" className="inline-error">
          The archived goals and objectives could not be loaded.
        </p>
      )}
      {goals.isSuccess && objectives.isSuccess && items.length === 0 && (
        <p>No goal or objective of this plan is archived.</p>
      )}
      {items.length > 0 && (
        <ul className="structure-objectives">
          {items.map((item) => (
            <li key={`${item.entity}-${item.record.id}`} className="structure-objective">
              <span>{item.label}</span>
              <button
                type="button"
                id={structureButtonId(item.entity, item.record.id, 'restore')}
                className="button button--small button--secondary"
                onClick={() => onRestore(item.entity, item.record, item.name)}
              >
                Restore<span className="visually-hidden"> {item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
