/** The deck for council: a title slide, then each goal with its KPIs, a few per slide so type stays large. */
import {
  statusSeverity,
  type GoalDetail,
  type KpiSummary,
  type PlanOverview,
} from '@civicstat/shared';

export const KPIS_PER_SLIDE = 4;

export type Slide =
  | { kind: 'title'; plan: PlanOverview }
  | { kind: 'goal'; goal: GoalDetail; kpis: KpiSummary[]; part: number; parts: number };

/** Worst first, so the KPIs the council will ask about come up first. */
function worstFirst(a: KpiSummary, b: KpiSummary): number {
  return (
    statusSeverity[a.performance.status] - statusSeverity[b.performance.status] ||
    a.name.localeCompare(b.name)
  );
}

export function buildSlides(plan: PlanOverview, goals: readonly GoalDetail[]): Slide[] {
  const slides: Slide[] = [{ kind: 'title', plan }];
  for (const goal of goals) {
    const kpis = goal.objectives.flatMap((objective) => objective.kpis).sort(worstFirst);
    const parts = Math.max(1, Math.ceil(kpis.length / KPIS_PER_SLIDE));
    for (let part = 1; part <= parts; part += 1) {
      slides.push({
        kind: 'goal',
        goal,
        kpis: kpis.slice((part - 1) * KPIS_PER_SLIDE, part * KPIS_PER_SLIDE),
        part,
        parts,
      });
    }
  }
  return slides;
}

/** What a key press asks of the deck; presentation clickers send PageUp/PageDown. */
export function deckCommandOf(
  key: string,
): 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'n':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
      return 'fullscreen';
    default:
      return null;
  }
}
