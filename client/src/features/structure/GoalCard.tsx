/** One goal of the plan as the admin sees it: its fields, its objectives, and buttons for each. */
import type { GoalSummary } from '@civicstat/shared';
import { Link } from 'react-router';
import { goalAccent } from '../goals/goalAccent';

export type StructureAction = 'edit' | 'archive' | 'add-objective';

/** The id of a button, to give focus back to it when its task ends. */
export function structureButtonId(
  entity: 'goal' | 'objective',
  id: number,
  action: StructureAction | 'restore',
): string {
  return `${entity}-${id}-${action}`;
}

interface GoalCardProps {
  goal: GoalSummary;
  onGoal(action: StructureAction, goal: GoalSummary): void;
  onObjective(
    action: 'edit' | 'archive',
    objective: GoalSummary['objectives'][number],
    goal: GoalSummary,
  ): void;
}

export function GoalCard({ goal, onGoal, onObjective }: GoalCardProps) {
  const button = (action: StructureAction, label: string, danger = false) => (
    <button
      type="button"
      id={structureButtonId('goal', goal.id, action)}
      className={`button button--small ${danger ? 'button--danger-outline' : 'button--secondary'}`}
      onClick={() => onGoal(action, goal)}
    >
      {label}
    </button>
  );
  return (
    <li className="structure-goal" style={goalAccent(goal.colour)}>
      <h3 className="structure-goal__title">
        Goal {goal.number}: {goal.title}
      </h3>
      <p className="structure-goal__meta">
        <span className="colour-swatch" aria-hidden="true" />
        Colour {goal.colour} · {goal.objectives.length}{' '}
        {goal.objectives.length === 1 ? 'objective' : 'objectives'} ·{' '}
        <Link to={`/goals/${goal.number}`}>Open the page of goal {goal.number}</Link>
      </p>
      {goal.description && <p>{goal.description}</p>}
      <div className="record-actions">
        {button('edit', `Edit goal ${goal.number}`)}
        {button('add-objective', `Add an objective to goal ${goal.number}`)}
        {button('archive', `Archive goal ${goal.number}`, true)}
      </div>
      {goal.objectives.length > 0 && (
        <ul className="structure-objectives" aria-label={`Objectives of goal ${goal.number}`}>
          {goal.objectives.map((objective) => {
            const name = `objective ${goal.number}.${objective.number}`;
            return (
              <li key={objective.id} className="structure-objective">
                <span>
                  <span className="structure-objective__number">
                    {goal.number}.{objective.number}
                  </span>
                  {objective.title}
                </span>
                <span className="record-actions">
                  <button
                    type="button"
                    id={structureButtonId('objective', objective.id, 'edit')}
                    className="button button--small button--secondary"
                    onClick={() => onObjective('edit', objective, goal)}
                  >
                    Edit<span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    id={structureButtonId('objective', objective.id, 'archive')}
                    className="button button--small button--danger-outline"
                    onClick={() => onObjective('archive', objective, goal)}
                  >
                    Archive<span className="visually-hidden"> {name}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
