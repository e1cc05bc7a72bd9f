/** The structure page's one task at a time: edit the plan, add, edit, archive or restore. */
import type { Goal, Objective } from '@civicstat/shared';
import type { UseMutationResult } from '@tanstack/react-query';
import {
  useGoalWrite,
  useObjectiveWrite,
  usePlanWrite,
  type StructureWrite,
} from '../../api/useStructureChanges';
import { TaskPanel } from '../../components/TaskPanel';
import { ConfirmRecordAction } from './ConfirmRecordAction';
import { goalForm, objectiveForm, planForm, type RecordForm } from './recordForms';
import { RecordEditor } from './RecordEditor';
import { StoredRecord } from './StoredRecord';

export type StructureTask =
  | { kind: 'edit-plan'; planId: number }
  | { kind: 'create-goal'; planId: number }
  | { kind: 'create-objective'; goalId?: number }
  | {
      kind: 'edit' | 'archive' | 'restore';
      entity: 'goal' | 'objective';
      id: number;
      /** "goal 3", "objective 3.2". */
      name: string;
    };

export function structureTaskKey(task: StructureTask): string {
  switch (task.kind) {
    case 'edit-plan':
    case 'create-goal':
      return task.kind;
    case 'create-objective':
      return `${task.kind}-${task.goalId ?? ''}`;
    default:
      return `${task.kind}-${task.entity}-${task.id}`;
  }
}

interface StructurePanelProps {
  task: StructureTask;
  planId: number;
  /** The plan's live goals, which objectives may be under. */
  goals: readonly { id: number; number: number; title: string }[];
  close(message?: string, focusId?: string): void;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function StructurePanel({ task, planId, goals, close }: StructurePanelProps) {
  const planWrite = usePlanWrite();
  const goalWrite = useGoalWrite();
  const objectiveWrite = useObjectiveWrite();
  const goalFields = goalForm(planId);
  const objectiveFields = objectiveForm(goals);

  switch (task.kind) {
    case 'edit-plan':
      return (
        <TaskPanel id="plan-edit" title="Edit the plan’s title and vision">
          <StoredRecord entity="plan" id={task.planId}>
            {(plan) => (
              <RecordEditor
                form={planForm}
                idPrefix="plan"
                stored={plan}
                write={planWrite}
                submitLabel="Save changes"
                onSaved={() => close('The plan was saved.')}
                onCancel={() => close()}
              />
            )}
          </StoredRecord>
        </TaskPanel>
      );
    case 'create-goal':
      return (
        <TaskPanel id="goal-create" title="Add a goal">
          <RecordEditor
            form={goalFields}
            idPrefix="goal"
            write={goalWrite}
            submitLabel="Add the goal"
            onSaved={(goal) => close(`Goal ${goal.number} was added.`)}
            onCancel={() => close()}
          />
        </TaskPanel>
      );
    case 'create-objective':
      return (
        <TaskPanel id="objective-create" title="Add an objective">
          <RecordEditor
            form={objectiveFields}
            idPrefix="objective"
            initial={task.goalId === undefined ? undefined : { goalId: String(task.goalId) }}
            write={objectiveWrite}
            submitLabel="Add the objective"
            onSaved={(objective) => close(`Objective ${objective.title} was added.`)}
            onCancel={() => close()}
          />
        </TaskPanel>
      );
  }

  const title = task.kind === 'edit' ? `Edit ${task.name}` : `${capital(task.kind)} ${task.name}?`;
  return (
    <TaskPanel id={`${task.entity}-${task.kind}`} title={title}>
      {task.entity === 'goal' ? (
        <StoredRecord entity="goal" id={task.id}>
          {(goal) => (
            <RecordTask<Goal>
              task={task}
              stored={goal}
              form={goalFields}
              write={goalWrite}
              explanation={
                task.kind === 'archive'
                  ? `Goal ${goal.number}, ${goal.title}, leaves the overview, the presentation and the roll-ups. Only a goal without live objectives can be archived: archive or move its objectives first. You can restore it later.`
                  : `Goal ${goal.number}, ${goal.title}, comes back in the overview and the roll-ups. Its archived objectives stay archived until you restore them.`
              }
              close={close}
            />
          )}
        </StoredRecord>
      ) : (
        <StoredRecord entity="objective" id={task.id}>
          {(objective) => (
            <RecordTask<Objective>
              task={task}
              stored={objective}
              form={objectiveFields}
              write={objectiveWrite}
              explanation={
                task.kind === 'archive'
                  ? `The objective “${objective.title}” leaves its goal’s page and the roll-ups. Only an objective without live KPIs can be archived: move or archive its KPIs first. You can restore it later.`
                  : `The objective “${objective.title}” comes back on its goal’s page and in the roll-ups. Its goal must be live.`
              }
              close={close}
            />
          )}
        </StoredRecord>
      )}
    </TaskPanel>
  );
}

interface RecordTaskProps<Stored extends { id: number; version: number }> {
  task: Extract<StructureTask, { entity: string }>;
  stored: Stored;
  form: RecordForm<Stored, string>;
  write: UseMutationResult<Stored, Error, StructureWrite<Stored>>;
  explanation: string;
  close(message?: string, focusId?: string): void;
}

/** Editing, archiving or restoring a goal or an objective read as stored now. */
function RecordTask<Stored extends { id: number; version: number }>({
  task,
  stored,
  form,
  write,
  explanation,
  close,
}: RecordTaskProps<Stored>) {
  if (task.kind === 'edit') {
    return (
      <RecordEditor
        form={form}
        idPrefix={task.entity}
        stored={stored}
        write={write}
        submitLabel="Save changes"
        onSaved={() => close(`${capital(task.name)} was saved.`)}
        onCancel={() => close()}
      />
    );
  }
  const archive = task.kind === 'archive';
  return (
    <ConfirmRecordAction
      action={archive ? 'archive' : 'restore'}
      stored={stored}
      form={form}
      explanation={explanation}
      confirmLabel={`${archive ? 'Archive' : 'Restore'} ${task.name}`}
      write={write}
      onDone={() =>
        close(
          `${capital(task.name)} was ${archive ? 'archived' : 'restored'}.`,
          archive ? 'archived-structure' : 'goals-heading',
        )
      }
      onCancel={() => close()}
    />
  );
}
