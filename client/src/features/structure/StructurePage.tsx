/**
 * The admin's plan structure: the plan's title and vision, its goals and their objectives, and
 * the archived ones. One task at a time in a panel above them; changes are based on the version
 * read when the task opens.
 */
import type { GoalSummary } from '@civicstat/shared';
import { usePlan } from '../../api/usePlan';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { useTaskPanel } from '../../components/useTaskPanel';
import { AdminNav } from '../admin/AdminNav';
import { ArchivedStructure } from './ArchivedStructure';
import { GoalCard, structureButtonId, type StructureAction } from './GoalCard';
import { StructurePanel, structureTaskKey, type StructureTask } from './StructurePanel';
import './structure.css';

const EDIT_PLAN = 'edit-plan';
const ADD_GOAL = 'add-goal';
const ADD_OBJECTIVE = 'add-objective';

export function StructurePage() {
  usePageTitle('Plan structure');
  const plan = usePlan();
  const { panel, open, close, announcement } = useTaskPanel<StructureTask>();

  if (!plan.isSuccess) {
    return (
      <QueryState query={plan} loading="Loading the plan…" failed="The plan could not be loaded" />
    );
  }
  const { goals } = plan.data;

  function onGoal(action: StructureAction, goal: GoalSummary) {
    const from = structureButtonId('goal', goal.id, action);
    if (action === 'add-objective') open({ kind: 'create-objective', goalId: goal.id }, from);
    else open({ kind: action, entity: 'goal', id: goal.id, name: `goal ${goal.number}` }, from);
  }

  return (
    <>
      <AdminNav />
      <header className="page-header">
        <p className="eyebrow">Admin</p>
        <h1>Plan structure</h1>
        <p className="lede">
          The strategic plan the city reports against: its title and vision, its goals, and the
          objectives under each goal. Archived goals and objectives leave every page and roll-up,
          and can be restored.
        </p>
      </header>
      <p role="status" className={announcement ? 'status-note status-note--shown' : 'status-note'}>
        {announcement}
      </p>
      {panel && (
        <StructurePanel
          key={structureTaskKey(panel)}
          task={panel}
          planId={plan.data.id}
          goals={goals}
          close={close}
        />
      )}

      <section className="structure-section" aria-labelledby="plan-heading">
        <h2 id="plan-heading">The plan</h2>
        <div className="plan-summary">
          <dl>
            <dt>Title</dt>
            <dd>{plan.data.title}</dd>
            <dt>Vision</dt>
            <dd>{plan.data.vision || '(none yet)'}</dd>
            <dt>Fiscal years</dt>
            <dd>
              FY{plan.data.firstFiscalYear} to FY{plan.data.lastFiscalYear}
            </dd>
          </dl>
          <button
            type="button"
            id={EDIT_PLAN}
            className="button button--secondary"
            onClick={() => open({ kind: 'edit-plan', planId: plan.data.id }, EDIT_PLAN)}
          >
            Edit the plan’s title and vision
          </button>
        </div>
      </section>

      <section className="structure-section" aria-labelledby="goals-heading">
        <h2 id="goals-heading" tabIndex={-1}>
          Goals and objectives
        </h2>
        <div className="toolbar">
          <button
            type="button"
            id={ADD_GOAL}
            className="button"
            onClick={() => open({ kind: 'create-goal', planId: plan.data.id }, ADD_GOAL)}
          >
            Add a goal
          </button>
          {goals.length > 0 && (
            <button
              type="button"
              id={ADD_OBJECTIVE}
              className="button button--secondary"
              onClick={() => open({ kind: 'create-objective' }, ADD_OBJECTIVE)}
            >
              Add an objective
            </button>
          )}
        </div>
        {goals.length === 0 ? (
          <p>The plan has no goals yet.</p>
        ) : (
          <ul className="structure-goals">
            {goals.map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                onGoal={onGoal}
                onObjective={(action, objective, parent) =>
                  open(
                    {
                      kind: action,
                      entity: 'objective',
                      id: objective.id,
                      name: `objective ${parent.number}.${objective.number}`,
                    },
                    structureButtonId('objective', objective.id, action),
                  )
                }
              />
            ))}
          </ul>
        )}
      </section>

      <ArchivedStructure
        planId={plan.data.id}
        goalNumbers={new Map(goals.map((goal) => [goal.id, goal.number]))}
        onRestore={(entity, record, name) =>
          open(
            { kind: 'restore', entity, id: record.id, name },
            structureButtonId(entity, record.id, 'restore'),
          )
        }
      />
    </>
  );
}
