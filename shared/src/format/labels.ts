/** The words the screens use for statuses, trends and frequencies: one place, so every screen says the same. */
import type { KpiDirection, KpiFrequency, KpiStatus } from '../schemas/enums';
import type { TrendLabel } from '../schemas/performance';

export const statusLabels: Record<KpiStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  no_target: 'No target',
  no_data: 'No data',
};

/** Worst first: the order off-track lists and sorts by status use. */
export const statusSeverity: Record<KpiStatus, number> = {
  off_track: 0,
  at_risk: 1,
  no_data: 2,
  no_target: 3,
  on_track: 4,
};

export const trendWords: Record<TrendLabel, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  flat: 'Flat',
};

export const frequencyLabels: Record<KpiFrequency, string> = {
  daily: 'Daily',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual',
};

export const directionLabels: Record<KpiDirection, string> = {
  increase: 'Higher is better',
  decrease: 'Lower is better',
  range: 'Stay within the range',
};
