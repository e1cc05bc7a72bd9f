import { formatShare, type GoalSummary } from '@civicstat/shared';
import { Link } from 'react-router';
import { StatusDistribution } from '../../components/StatusDistribution';
import { GoalCounts } from './GoalCounts';
import { goalAccent } from './goalAccent';
import { ShareChange } from './ShareChange';
import { ShareHistory, type SharePoint } from './ShareHistory';

/** One goal of the plan; the whole card follows the link in its title. */
export function GoalCard({
  goal,
  fiscalYear,
  linkSearch,
  history,
}: {
  goal: GoalSummary;
  fiscalYear: number;
  /** The overview's query (`?fy=2024`) carried to the goal page, or ''. */
  linkSearch: string;
  /** Share on track at earlier fiscal years' ends, oldest first (may still be loading: empty). */
  history: SharePoint[];
}) {
  const previous = history.find((point) => point.fiscalYear === fiscalYear - 1);
  return (
    <article className="goal-card" style={goalAccent(goal.colour)}>
      <h3 className="goal-card__title">
        <Link to={`/goals/${goal.number}${linkSearch}`} className="goal-card__link">
          <span className="goal-card__number">
            Goal {goal.number}
            <span className="visually-hidden">:</span>
          </span>{' '}
          {goal.title}
        </Link>
      </h3>
      <p className="goal-card__description">{goal.description}</p>
      <div className="goal-card__performance">
        <p className="goal-card__share">
          <span className="goal-card__share-value">{formatShare(goal.rollUp.shareOnTrack)}</span>{' '}
          <span className="goal-card__share-label">on track</span>
        </p>
        <ShareHistory
          points={[...history, { fiscalYear, share: goal.rollUp.shareOnTrack }]}
          label={`Goal ${goal.number}: share of KPIs on track by fiscal year`}
        />
      </div>
      <p className="goal-card__change">
        <ShareChange
          current={goal.rollUp.shareOnTrack}
          previous={previous?.share}
          previousYear={fiscalYear - 1}
        />
      </p>
      <StatusDistribution rollUp={goal.rollUp} />
      <GoalCounts goal={goal} />
    </article>
  );
}
