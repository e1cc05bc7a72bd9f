import type { GoalSummary } from '@civicstat/shared';
import { countLabel } from './countLabel';

export function GoalCounts({ goal }: { goal: GoalSummary }) {
  return (
    <ul className="goal-counts">
      <li>{countLabel(goal.objectives.length, 'objective')}</li>
      <li>{countLabel(goal.kpiCount, 'KPI')}</li>
    </ul>
  );
}
