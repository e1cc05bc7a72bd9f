import type { GoalSummary } from '@civicstat/shared';
import { Link } from 'react-router';
import { GoalCounts } from './GoalCounts';
import { goalAccent } from './goalAccent';

/** One goal of the plan; the whole card follows the link in its title. */
export function GoalCard({ goal }: { goal: GoalSummary }) {
  return (
    <article className="goal-card" style={goalAccent(goal.colour)}>
      <h3 className="goal-card__title">
        <Link to={`/goals/${goal.number}`} className="goal-card__link">
          <span className="goal-card__number">
            Goal {goal.number}
            <span className="visually-hidden">:</span>
          </span>{' '}
          {goal.title}
        </Link>
      </h3>
      <p className="goal-card__description">{goal.description}</p>
      <GoalCounts goal={goal} />
    </article>
  );
}
