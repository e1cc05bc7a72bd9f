/**
 * The notes departments attach to a period: mostly on periods behind target ("why, and what we
 * are doing"), now and then on good ones, and on the month something changed.
 */
import type { KpiFrequency, KpiStatus } from '@civicstat/shared';
import type { KpiDefinition, SeriesEvent } from './catalog/types';
import type { Random } from './random';

const causes = [
  'Vacancies left the team short-staffed for most of the period.',
  'Demand ran well above the usual level for this time of year.',
  'A system outage held up the work for several days.',
  'Part of the team was pulled onto urgent work for several weeks.',
  'Two experienced staff retired, and their replacements are still in training.',
  'A backlog carried over from the previous period.',
];

const responses = [
  'Overtime is approved through the end of the quarter to clear the backlog.',
  'Staff are being cross-trained so that busy weeks can be covered.',
  'The department will review the process with Budget and Management Services at the next performance review.',
  'Recruitment for the vacant positions is under way, with offers expected within 60 days.',
  'Work has been re-prioritized toward the oldest open items.',
  'A temporary contract adds capacity until permanent hires start.',
];

const watchNotes = [
  'Slightly short of target; the department is watching the trend and no change to operations is planned yet.',
  'Within the tolerance band. Seasonal demand is expected to ease next period.',
  'Short of target by a small margin, mostly from one unusually busy week.',
];

const goodNotes = [
  'Target met; process changes made earlier in the year are holding.',
  'Ahead of target with a fully staffed team this period.',
  'Met target despite higher demand than usual.',
];

/** Whether an event begins within the period that starts on `periodStart`. */
function startsIn(event: SeriesEvent, periodStart: string, nextPeriodStart: string): boolean {
  return event.from >= periodStart && event.from < nextPeriodStart;
}

export interface NoteContext {
  kpi: KpiDefinition;
  periodStart: string;
  nextPeriodStart: string;
  status: KpiStatus;
  /** 0 for the latest period, 1 for the one before, and so on. */
  periodsAgo: number;
  random: Random;
}

export function noteFor({
  kpi,
  periodStart,
  nextPeriodStart,
  status,
  periodsAgo,
  random,
}: NoteContext): string {
  // Draw the same number of values for every period, so one note never shifts the next ones.
  const [chance, first, second] = [random.next(), random.next(), random.next()];
  const event = (kpi.series.events ?? []).find(
    (e) => e.note !== undefined && startsIn(e, periodStart, nextPeriodStart),
  );
  if (event?.note) return event.note;
  const recent = periodsAgo < recentPeriods(kpi.frequency);
  const story = kpi.story ? `${kpi.story.why} ${kpi.story.action}` : undefined;
  const pickFrom = <T>(items: readonly T[], u: number): T =>
    items[Math.floor(u * items.length)] as T;
  const explained = () => `${pickFrom(causes, first)} ${pickFrom(responses, second)}`;
  if (status === 'off_track') {
    if (recent) return story ?? explained();
    return chance < 0.35 ? explained() : '';
  }
  if (status === 'at_risk') {
    if (recent && periodsAgo < 2) return story ?? pickFrom(watchNotes, first);
    return chance < 0.12 ? pickFrom(watchNotes, first) : '';
  }
  if (status === 'on_track') return chance < 0.04 ? pickFrom(goodNotes, first) : '';
  return '';
}

/** How many of the latest periods a department explains every time they are behind. */
function recentPeriods(frequency: KpiFrequency): number {
  return frequency === 'monthly' ? 3 : frequency === 'quarterly' ? 2 : 1;
}
